// Public service map pages: server-rendered HTML that works without JavaScript (plain GET search
// form, so every search has a shareable URL), one service's page and the printable handout. With
// JavaScript, /servicemap-static/map.js adds a Leaflet map beside the list, built from the same list
// items (data-lat/data-lon).
import type { FastifyReply } from 'fastify';
import { html, page, raw, type RawHtml } from '../../../server/pages/html.js';
import type { App } from '../../../server/types.js';
import { LANGUAGES, type Lang } from '../../../shared/i18n.js';
import { printPageQuery, searchPageQuery } from '../../../shared/contracts/servicemap/search.js';
import { MAP_SCRIPTS, MAP_STYLES, STYLES } from '../assets.js';
import { rateLimits } from '../limits.js';
import { LANGUAGE_NAMES, PATHS, PROVIDER_TYPES, publicText } from '../messages.js';
import { pick, type ServiceView, type TaxonomyTerm } from '../services/model.js';
import { getService, loadTaxonomy, municipalities } from '../services/queries.js';
import { searchServices, type SearchFilters } from './queries.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZE = 20;

const fmtDate = (d: string | null) => (d ? `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}` : '');
const arr = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean);

/** The directions link: an address search, since no routing service is configured. */
function directionsUrl(s: { streetAddress: string; postalCode: string; municipality: string }) {
  const template = process.env.SERVICEMAP_DIRECTIONS_URL || 'https://www.openstreetmap.org/search?query={address}';
  return template.replace(
    '{address}',
    encodeURIComponent(`${s.streetAddress}, ${s.postalCode} ${s.municipality}`.trim()),
  );
}

const termLabel = (taxonomy: TaxonomyTerm[], kind: 'category' | 'theme', code: string, lang: Lang) =>
  taxonomy.find((t) => t.kind === kind && t.code === code)?.label[lang] ?? code;

export function resultItem(s: ServiceView, lang: Lang, headingLevel: 'h2' | 'h3' = 'h3'): RawHtml {
  const t = publicText[lang];
  const l = s.locations[0];
  const hasHours = s.locations.some((x) => x.hours.length);
  const href = PATHS.service(s.id)[lang];
  const heading = raw(headingLevel);
  return html`<li class="sm-result"${raw(
    l && l.latitude !== null && l.longitude !== null
      ? html` data-lat="${l.latitude}" data-lon="${l.longitude}" data-name="${pick(s.name, lang)}" data-href="${href}"`
          .value
      : '',
  )}>
<article>
<${heading} class="sm-result-title" data-qa="result-title"><a href="${href}">${pick(s.name, lang)}</a></${heading}>
${pick(s.shortDescription, lang) ? html`<p>${pick(s.shortDescription, lang)}</p>` : ''}
${l ? html`<p class="sm-address">${l.streetAddress}, ${l.postalCode} ${l.municipality}</p>` : ''}
${hasHours ? html`<p class="${s.openNow ? 'sm-open' : 'sm-closed'}">${s.openNow ? t.open : t.closed}</p>` : ''}
<p class="sm-verified">${s.lastVerifiedOn ? t.verified(fmtDate(s.lastVerifiedOn)) : t.notVerified}</p>
</article>
</li>`;
}

function select(
  name: string,
  label: string,
  allLabel: string,
  options: { value: string; label: string }[],
  selected: string,
) {
  return html`<div class="sm-field">
<label for="sm-${name}">${label}</label>
<select id="sm-${name}" name="${name}">
<option value="">${allLabel}</option>
${options.map((o) => html`<option value="${o.value}"${raw(o.value === selected ? ' selected' : '')}>${o.label}</option>`)}
</select>
</div>`;
}

export function mapBlock(app: App, lang: Lang): RawHtml {
  const t = publicText[lang];
  return html`<div class="sm-map-wrap" hidden data-map-wrap>
<h2 class="visually-hidden">${t.map}</h2>
<div id="service-map" class="sm-map" data-qa="map" data-tile-url="${app.config.tileUrl}" role="region" aria-label="${t.map}"></div>
<p class="sm-map-note">${t.mapNote}</p>
</div>`;
}

export function send(reply: FastifyReply, body: string) {
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(body);
}

function queryString(params: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of arr(v)) q.append(k, x);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export default async function searchPages(app: App) {
  const pageOpts = {
    config: { action: 'servicemap.public.read' as const, rateLimit: rateLimits.page },
    schema: { hide: true },
  };

  for (const lang of LANGUAGES) {
    const t = publicText[lang];

    // ---- search ----
    app.get(PATHS.search[lang], pageOpts, async (request, reply) => {
      const query = searchPageQuery.parse(request.query ?? {});
      const [taxonomy, towns] = await Promise.all([loadTaxonomy(app.db), municipalities(app.db)]);
      const filters: SearchFilters = {
        q: query.q,
        categories: arr(query.category),
        themes: arr(query.theme),
        municipality: query.municipality || undefined,
        language: query.language || undefined,
        openNow: query.open === '1',
      };
      const { total, capped, services } = await searchServices(app.db, filters, {
        public: true,
        lang,
        limit: PAGE_SIZE,
        offset: (query.page - 1) * PAGE_SIZE,
        now: app.clock.now(),
      });
      const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
      const base = {
        q: query.q,
        category: query.category,
        theme: query.theme,
        municipality: query.municipality,
        language: query.language,
        open: query.open,
      };
      const pageLink = (p: number) =>
        `${PATHS.search[lang]}${queryString({ ...base, page: p > 1 ? String(p) : undefined })}`;
      const options = (kind: 'category' | 'theme') =>
        taxonomy.filter((x) => x.kind === kind).map((x) => ({ value: x.code, label: x.label[lang] }));
      const body = html`<h1>${t.title}</h1>
<p>${t.intro}</p>
<form method="get" action="${PATHS.search[lang]}" class="sm-search" role="search" data-qa="search-form">
<div class="sm-field sm-q" data-qa="search-q">
<label for="sm-q">${t.searchLabel} <span class="hint">${t.searchHint}</span></label>
<input type="search" id="sm-q" name="q" value="${query.q ?? ''}">
</div>
<div class="sm-filters">
${select('category', t.category, t.all, options('category'), arr(query.category)[0] ?? '')}
${select('theme', t.theme, t.all, options('theme'), arr(query.theme)[0] ?? '')}
${select(
  'municipality',
  t.municipality,
  t.all,
  towns.map((m) => ({ value: m, label: m })),
  query.municipality ?? '',
)}
${select(
  'language',
  t.language,
  t.all,
  ['fi', 'sv', 'en'].map((c) => ({ value: c, label: LANGUAGE_NAMES[c][lang] })),
  query.language ?? '',
)}
</div>
<label class="choice"><input type="checkbox" name="open" value="1"${raw(query.open === '1' ? ' checked' : '')}> ${t.openNow}</label>
<p><button type="submit" data-qa="search-submit">${t.search}</button></p>
</form>
<div class="sm-layout">
<section class="sm-list" aria-labelledby="sm-results-title">
<h2 id="sm-results-title" aria-live="polite">${capped ? t.resultsMany(total) : t.results(total)}</h2>
${services.length ? html`<ol class="sm-results" data-qa="results">${services.map((s) => resultItem(s, lang))}</ol>` : html`<p>${t.noResults}</p>`}
${
  pages > 1
    ? html`<nav aria-label="${t.pages}" class="sm-pages">
${query.page > 1 ? html`<a href="${pageLink(query.page - 1)}" rel="prev">${t.previous}</a>` : ''}
<span>${query.page} / ${pages}</span>
${query.page < pages ? html`<a href="${pageLink(query.page + 1)}" rel="next">${t.next}</a>` : ''}
</nav>`
    : ''
}
</section>
${mapBlock(app, lang)}
</div>
<p><a href="${PATHS.suggest[lang]}">${t.suggestLink}</a></p>`;
      const qs = queryString({ ...base, page: query.page > 1 ? String(query.page) : undefined });
      return send(
        reply,
        page({
          lang,
          title: query.q ? `${query.q} – ${t.title}` : t.title,
          alternates: { fi: PATHS.search.fi + qs, sv: PATHS.search.sv + qs, en: PATHS.search.en + qs },
          body,
          styles: MAP_STYLES,
          scripts: MAP_SCRIPTS,
        }),
      );
    });

    // ---- print handout (chosen services, no client data) ----
    app.get(PATHS.print[lang], pageOpts, async (request, reply) => {
      const ids = arr(printPageQuery.parse(request.query ?? {}).id)
        .filter((id) => UUID.test(id))
        .slice(0, 30);
      const now = app.clock.now();
      const all = (await Promise.all(ids.map((id) => getService(app.db, id, now)))).filter(
        (s): s is ServiceView => !!s && s.status === 'published',
      );
      const taxonomy = await loadTaxonomy(app.db);
      const qs = queryString({ id: ids });
      const body = html`<h1>${t.printTitle}</h1>
<p class="sm-no-print">${t.printHint} <button type="button" class="secondary" data-print hidden>${t.printButton}</button></p>
${all.length ? all.map((s) => serviceDetails(s, lang, taxonomy, { compact: true })) : html`<p>${t.printEmpty}</p>`}`;
      return send(
        reply,
        page({
          lang,
          title: t.printTitle,
          alternates: { fi: PATHS.print.fi + qs, sv: PATHS.print.sv + qs, en: PATHS.print.en + qs },
          body,
          styles: STYLES,
          scripts: MAP_SCRIPTS,
        }),
      );
    });

    // ---- service page ----
    app.get(`${PATHS.search[lang]}/:id`, pageOpts, async (request, reply) => {
      const { id } = request.params as { id: string };
      const s = UUID.test(id) ? await getService(app.db, id, app.clock.now()) : undefined;
      if (!s || s.status !== 'published') {
        reply.status(404);
        return send(
          reply,
          page({
            lang,
            title: t.notFound,
            alternates: PATHS.search,
            styles: STYLES,
            body: html`<h1>${t.notFound}</h1><p>${t.notFoundText}</p><p><a href="${PATHS.search[lang]}">${t.backToSearch}</a></p>`,
          }),
        );
      }
      const taxonomy = await loadTaxonomy(app.db);
      const body = html`<p><a href="${PATHS.search[lang]}">${t.backToSearch}</a></p>
${serviceDetails(s, lang, taxonomy, { compact: false })}
<div class="sm-layout-single">
<ol class="sm-results sm-hidden-list">${resultItem(s, lang)}</ol>
${mapBlock(app, lang)}
</div>
<p><a href="${PATHS.suggest[lang]}?service=${s.id}">${t.suggestCorrection}</a></p>`;
      return send(
        reply,
        page({
          lang,
          title: pick(s.name, lang),
          alternates: PATHS.service(s.id),
          body,
          styles: MAP_STYLES,
          scripts: MAP_SCRIPTS,
        }),
      );
    });
  }
}

/** All details of one service: used by the service page and the printable handout. */
export function serviceDetails(
  s: ServiceView,
  lang: Lang,
  taxonomy: TaxonomyTerm[],
  opts: { compact: boolean },
): RawHtml {
  const t = publicText[lang];
  const H = opts.compact ? raw('h2') : raw('h1');
  const h = opts.compact ? raw('h3') : raw('h2');
  const age = t.age(s.ageMin, s.ageMax);
  const target = [pick(s.targetGroup, lang), age].filter(Boolean).join(', ');
  return html`<article class="sm-service" data-qa="service">
<${H} data-qa="service-name">${pick(s.name, lang)}</${H}>
${pick(s.shortDescription, lang) ? html`<p class="sm-lead">${pick(s.shortDescription, lang)}</p>` : ''}
${!opts.compact && pick(s.description, lang) ? html`<p>${pick(s.description, lang)}</p>` : ''}
<dl class="sm-facts">
<dt>${t.provider}</dt><dd>${s.providerName} (${PROVIDER_TYPES[s.providerType][lang]})</dd>
${target ? html`<dt>${t.targetGroup}</dt><dd>${target}</dd>` : ''}
<dt>${t.howToAccess}</dt><dd>${s.referralRequired ? t.referralNeeded : t.noReferral} ${s.freeOfCharge ? t.free : t.fee} ${pick(s.howToAccess, lang)}</dd>
<dt>${t.languages}</dt><dd>${s.languages.map((c) => LANGUAGE_NAMES[c]?.[lang] ?? c).join(', ')}</dd>
${pick(s.accessibility, lang) ? html`<dt>${t.accessibility}</dt><dd>${pick(s.accessibility, lang)}</dd>` : ''}
${s.categories.length ? html`<dt>${t.categories}</dt><dd>${s.categories.map((c) => termLabel(taxonomy, 'category', c, lang)).join(', ')}</dd>` : ''}
${s.themes.length ? html`<dt>${t.themes}</dt><dd>${s.themes.map((c) => termLabel(taxonomy, 'theme', c, lang)).join(', ')}</dd>` : ''}
</dl>
<${h}>${t.contact}</${h}>
<ul class="sm-contact">
${s.phone ? html`<li>${t.phone}: <a href="tel:${s.phone.replace(/\s+/g, '')}">${s.phone}</a></li>` : ''}
${s.email ? html`<li>${t.email}: <a href="mailto:${s.email}">${s.email}</a></li>` : ''}
${s.homepage ? html`<li>${t.homepage}: <a href="${s.homepage}">${s.homepage}</a></li>` : ''}
</ul>
${s.locations.map(
  (l) => html`<section class="sm-location">
<${h}>${pick(l.name, lang) || l.streetAddress}</${h}>
<p>${l.streetAddress}, ${l.postalCode} ${l.municipality}</p>
${
  l.hours.length
    ? html`<p class="${l.openNow ? 'sm-open' : 'sm-closed'}">${l.openNow ? t.open : t.closed}</p>
<table class="sm-hours" data-qa="hours"><caption>${t.openingHours}</caption>
<thead><tr><th scope="col">${t.weekday}</th><th scope="col">${t.hours}</th></tr></thead>
<tbody>${l.hours.map(
        (x) =>
          html`<tr data-qa="hours-${x.weekday}"><th scope="row">${t.days[x.weekday - 1]}</th><td>${x.opens === '00:00' && x.closes === '24:00' ? t.alwaysOpen : `${x.opens}–${x.closes}`}</td></tr>`,
      )}</tbody></table>`
    : html`<p>${t.noHours}</p>`
}
${pick(l.transportNote, lang) ? html`<p><strong>${t.transport}:</strong> ${pick(l.transportNote, lang)}</p>` : ''}
${opts.compact ? '' : html`<p><a href="${directionsUrl(l)}" rel="noopener">${t.directions}</a> <span class="hint">${t.directionsNote}</span></p>`}
</section>`,
)}
<p class="sm-verified">${s.lastVerifiedOn ? t.verified(fmtDate(s.lastVerifiedOn)) : t.notVerified}</p>
</article>`;
}
