// Theme maps: a saved selection of services ("Päihde- ja mielenterveyspalvelut") with its own
// public page and an embed page for a municipality's website. Only the embed page may be framed:
// its own CSP names the allowed sites (frame-ancestors), every other page keeps 'none'.
import type { FastifyReply } from 'fastify';
import { escapeHtml, html, page, raw } from '../../../server/pages/html.js';
import type { App } from '../../../server/types.js';
import { LANGUAGES, type Lang } from '../../../shared/i18n.js';
import { themeMapPageParams, themeMapSlug } from '../../../shared/contracts/servicemap/theme-maps.js';
import { MAP_SCRIPTS, MAP_STYLES } from '../assets.js';
import { rateLimits } from '../limits.js';
import { PATHS, publicText } from '../messages.js';
import { resultItem } from '../search/pages.js';
import { searchServices } from '../search/queries.js';
import { pick } from '../services/model.js';
import { loadThemeMaps, type ThemeMapView } from './queries.js';

async function servicesOf(app: App, map: ThemeMapView, lang: Lang) {
  const filters = {
    themes: map.themes.length ? map.themes : undefined,
    categories: map.categories.length ? map.categories : undefined,
    ids: map.serviceIds.length ? map.serviceIds : undefined,
  };
  const results = await searchServices(app.db, filters, {
    public: true,
    lang,
    limit: 100,
    offset: 0,
    now: app.clock.now(),
  });
  return map.municipalities.length
    ? results.services.filter((s) => s.locations.some((l) => map.municipalities.includes(l.municipality)))
    : results.services;
}

async function findMap(app: App, params: unknown) {
  const slug = themeMapPageParams.safeParse(params).data?.slug;
  if (!slug || !themeMapSlug.safeParse(slug).success) return undefined;
  return (await loadThemeMaps(app.db, { slug }))[0];
}

function notFound(reply: FastifyReply, lang: Lang) {
  const t = publicText[lang];
  return reply
    .status(404)
    .type('text/html; charset=utf-8')
    .send(
      page({
        lang,
        title: t.notFound,
        alternates: PATHS.search,
        body: html`<h1>${t.notFound}</h1><p><a href="${PATHS.search[lang]}">${t.backToSearch}</a></p>`,
      }),
    );
}

export default async function themeMapPages(app: App) {
  const opts = {
    config: { action: 'servicemap.public.read' as const, rateLimit: rateLimits.page },
    schema: { hide: true },
  };
  for (const lang of LANGUAGES) {
    const t = publicText[lang];

    app.get(PATHS.theme(':slug')[lang], opts, async (request, reply) => {
      const map = await findMap(app, request.params);
      if (!map) return notFound(reply, lang);
      const services = await servicesOf(app, map, lang);
      const origin = `${request.protocol}://${request.host}`;
      const snippet = `<iframe src="${origin}${PATHS.embed(map.slug)[lang]}" title="${escapeHtml(pick(map.title, lang))}" width="100%" height="600" style="border:0"></iframe>`;
      const body = html`<h1 data-qa="theme-map-title">${pick(map.title, lang)}</h1>
${pick(map.description, lang) ? html`<p>${pick(map.description, lang)}</p>` : ''}
<div class="sm-layout">
<section class="sm-list" aria-labelledby="sm-results-title">
<h2 id="sm-results-title">${t.results(services.length)}</h2>
<ol class="sm-results" data-qa="results">${services.map((s) => resultItem(s, lang))}</ol>
</section>
<div class="sm-map-wrap" hidden data-map-wrap>
<div id="service-map" class="sm-map" data-qa="map" data-tile-url="${app.config.tileUrl}" role="region" aria-label="${t.map}"></div>
<p class="sm-map-note">${t.mapNote}</p>
</div>
</div>
<h2>${t.embedTitle}</h2>
<p><label for="sm-embed">${t.embedText}</label></p>
<textarea id="sm-embed" readonly rows="3" class="sm-embed">${snippet}</textarea>
<p><a href="${PATHS.search[lang]}">${t.backToSearch}</a></p>`;
      return reply.type('text/html; charset=utf-8').send(
        page({
          lang,
          title: pick(map.title, lang),
          alternates: PATHS.theme(map.slug),
          body,
          styles: MAP_STYLES,
          scripts: MAP_SCRIPTS,
        }),
      );
    });

    app.get(PATHS.embed(':slug')[lang], opts, async (request, reply) => {
      const map = await findMap(app, request.params);
      if (!map) return notFound(reply, lang);
      const services = await servicesOf(app, map, lang);
      const csp = reply.getHeader('content-security-policy');
      const ancestors = map.embedOrigins.length ? map.embedOrigins.map((o) => new URL(o).origin).join(' ') : '*';
      // This page alone may be framed by other sites.
      reply.header(
        'content-security-policy',
        String(csp ?? "default-src 'self'").replace(/frame-ancestors [^;]*/, `frame-ancestors ${ancestors}`),
      );
      reply.removeHeader('x-frame-options');
      const links = html`<base target="_top">`;
      const doc = `<!doctype html>\n${
        html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pick(map.title, lang)}</title>
${links}
<link rel="stylesheet" href="/public/public.css">
<link rel="stylesheet" href="/servicemap-leaflet/leaflet.css">
<link rel="stylesheet" href="/servicemap-static/servicemap.css">
</head>
<body class="sm-embed-body">
<main id="main" class="wrap">
<h1 data-qa="theme-map-title">${pick(map.title, lang)}</h1>
<div class="sm-layout">
<section class="sm-list" aria-labelledby="sm-results-title">
<h2 id="sm-results-title">${t.results(services.length)}</h2>
<ol class="sm-results" data-qa="results">${services.map((s) => resultItem(s, lang))}</ol>
</section>
<div class="sm-map-wrap" hidden data-map-wrap>
<div id="service-map" class="sm-map" data-qa="map" data-tile-url="${app.config.tileUrl}" role="region" aria-label="${t.map}"></div>
</div>
</div>
<p><a href="${PATHS.theme(map.slug)[lang]}">${t.openInServiceMap}</a></p>
</main>
${raw('<script type="module" src="/servicemap-static/map.js"></script>')}
</body>
</html>`.value
      }`;
      return reply.type('text/html; charset=utf-8').send(doc);
    });
  }
}
