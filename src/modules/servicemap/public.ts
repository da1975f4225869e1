// Public service map pages: server-rendered HTML that works without JavaScript (plain GET search
// form, so every search has a shareable URL). With JavaScript, /servicemap-static/map.js adds a
// Leaflet map beside the list, built from the same list items (data-lat/data-lon).
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { registerWithAction } from '../../server/access/plugin.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { html, page, raw, type RawHtml } from '../../server/pages/html.js';
import type { App } from '../../server/types.js';
import { LANGUAGES, type Lang } from '../../shared/i18n.js';
import { LANGUAGE_NAMES, PATHS, PROVIDER_TYPES, publicText } from './messages.js';
import { suggestionInput } from './schemas.js';
import {
  getService,
  loadTaxonomy,
  municipalities,
  pick,
  searchServices,
  type SearchFilters,
  type ServiceView,
  type TaxonomyTerm,
} from './service.js';
import { storeSuggestion } from './suggestions.js';
import { rateLimits } from './limits.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZE = 20;
const STYLES = ['/servicemap-static/servicemap.css'];
const MAP_STYLES = ['/servicemap-leaflet/leaflet.css', ...STYLES];
const MAP_SCRIPTS = ['/servicemap-static/map.js'];

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
<${heading} class="sm-result-title"><a href="${href}">${pick(s.name, lang)}</a></${heading}>
${pick(s.shortDescription, lang) ? html`<p>${pick(s.shortDescription, lang)}</p>` : ''}
${l ? html`<p class="sm-address">${l.streetAddress}, ${l.postalCode} ${l.municipality}</p>` : ''}
${hasHours ? html`<p class="${s.openNow ? 'sm-open' : 'sm-closed'}">${s.openNow ? t.open : t.closed}</p>` : ''}
<p class="sm-verified">${s.lastVerifiedOn ? t.verified(fmtDate(s.lastVerifiedOn)) : t.notVerified}</p>
</article>
</li>`;
}

function mapBlock(app: App, lang: Lang): RawHtml {
  const t = publicText[lang];
  return html`<div class="sm-map-wrap" hidden data-map-wrap>
<h2 class="visually-hidden">${t.map}</h2>
<div id="service-map" class="sm-map" data-tile-url="${app.config.tileUrl}" role="region" aria-label="${t.map}"></div>
<p class="sm-map-note">${t.mapNote}</p>
</div>`;
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

const searchQuerySchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  category: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined),
  theme: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined),
  municipality: z.string().max(100).optional().catch(undefined),
  language: z.string().max(3).optional().catch(undefined),
  open: z.string().max(5).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

function send(reply: FastifyReply, body: string) {
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(body);
}

function queryString(params: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of arr(v)) q.append(k, x);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export default async function servicemapPublicPages(app: App) {
  await registerWithAction(app, 'publicAsset.read', async (assets) => {
    await assets.register(fastifyStatic, {
      root: path.join(here, 'static'),
      prefix: '/servicemap-static/',
      decorateReply: false,
      maxAge: '1h',
    });
    await assets.register(fastifyStatic, {
      root: path.join(path.dirname(require.resolve('leaflet/package.json')), 'dist'),
      prefix: '/servicemap-leaflet/',
      decorateReply: false,
      maxAge: '1d',
    });
  });

  const pageOpts = {
    config: { action: 'servicemap.public.read' as const, rateLimit: rateLimits.page },
    schema: { hide: true },
  };

  for (const lang of LANGUAGES) {
    const t = publicText[lang];

    // ---- search ----
    app.get(PATHS.search[lang], pageOpts, async (request, reply) => {
      const query = searchQuerySchema.parse(request.query ?? {});
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
<form method="get" action="${PATHS.search[lang]}" class="sm-search" role="search">
<div class="sm-field sm-q">
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
<p><button type="submit">${t.search}</button></p>
</form>
<div class="sm-layout">
<section class="sm-list" aria-labelledby="sm-results-title">
<h2 id="sm-results-title" aria-live="polite">${capped ? t.resultsMany(total) : t.results(total)}</h2>
${services.length ? html`<ol class="sm-results">${services.map((s) => resultItem(s, lang))}</ol>` : html`<p>${t.noResults}</p>`}
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
      const ids = arr((request.query as { id?: string | string[] }).id)
        .filter((id) => UUID.test(id))
        .slice(0, 30);
      const all = (await Promise.all(ids.map((id) => getService(app.db, id)))).filter(
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

    // ---- suggestion form ----
    app.get(
      PATHS.suggest[lang],
      { ...pageOpts, config: { ...pageOpts.config, action: 'servicemap.suggestion.submit' as const } },
      async (request, reply) => {
        const q = request.query as { service?: string; sent?: string };
        const service = q.service && UUID.test(q.service) ? await getService(app.db, q.service) : undefined;
        if (q.sent === '1') {
          return send(
            reply,
            page({
              lang,
              title: t.thanksTitle,
              alternates: PATHS.suggest,
              styles: STYLES,
              body: html`<h1>${t.thanksTitle}</h1><p class="notice">${t.thanksText}</p><p><a href="${PATHS.search[lang]}">${t.backToSearch}</a></p>`,
            }),
          );
        }
        return send(reply, suggestionPage(lang, service?.status === 'published' ? service : undefined, {}, []));
      },
    );

    app.post(
      PATHS.suggest[lang],
      { config: { action: 'servicemap.suggestion.submit', rateLimit: rateLimits.suggest }, schema: { hide: true } },
      async (request: FastifyRequest, reply) => {
        const form = (request.body ?? {}) as Record<string, string>;
        const input = {
          ...form,
          kind: form.serviceId ? 'correction' : 'new',
          serviceId: form.serviceId || null,
        };
        const parsed = suggestionInput.safeParse(input);
        const service =
          form.serviceId && UUID.test(form.serviceId) ? await getService(app.db, form.serviceId) : undefined;
        if (!parsed.success) {
          const fields = parsed.error.issues.map((i) => String(i.path[0] ?? ''));
          reply.status(400);
          return send(reply, suggestionPage(lang, service, form, [...new Set(fields)]));
        }
        await storeSuggestion(app.db, parsed.data, lang);
        return reply.redirect(`${PATHS.suggest[lang]}?sent=1`, 303);
      },
    );

    // ---- service page ----
    app.get(`${PATHS.search[lang]}/:id`, pageOpts, async (request, reply) => {
      const { id } = request.params as { id: string };
      const s = UUID.test(id) ? await getService(app.db, id) : undefined;
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
  return html`<article class="sm-service">
<${H}>${pick(s.name, lang)}</${H}>
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
<table class="sm-hours"><caption>${t.openingHours}</caption>
<thead><tr><th scope="col">${t.weekday}</th><th scope="col">${t.hours}</th></tr></thead>
<tbody>${l.hours.map(
        (x) =>
          html`<tr><th scope="row">${t.days[x.weekday - 1]}</th><td>${x.opens === '00:00' && x.closes === '24:00' ? t.alwaysOpen : `${x.opens}–${x.closes}`}</td></tr>`,
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

const FIELD_ORDER = [
  'name',
  'description',
  'streetAddress',
  'municipality',
  'contact',
  'homepage',
  'message',
  'email',
] as const;

function suggestionPage(
  lang: Lang,
  service: ServiceView | undefined,
  values: Record<string, string>,
  invalid: string[],
): string {
  const t = publicText[lang];
  const labels: Record<(typeof FIELD_ORDER)[number], string> = {
    name: t.name,
    description: t.descriptionField,
    streetAddress: t.streetAddress,
    municipality: t.municipalityField,
    contact: t.contactField,
    homepage: t.homepageField,
    message: t.message,
    email: t.yourEmail,
  };
  const errorText: Record<Lang, string> = {
    fi: 'Tarkista tämä kenttä.',
    sv: 'Kontrollera detta fält.',
    en: 'Check this field.',
  };
  const field = (
    name: (typeof FIELD_ORDER)[number],
    opts: { textarea?: boolean; type?: string; required?: boolean; hint?: string; autocomplete?: string } = {},
  ) => {
    const bad = invalid.includes(name);
    const describedBy = [opts.hint ? `sg-${name}-hint` : '', bad ? `sg-${name}-error` : ''].filter(Boolean).join(' ');
    const attrs = raw(
      `${opts.required ? ' required' : ''}${bad ? ' aria-invalid="true"' : ''}${describedBy ? ` aria-describedby="${describedBy}"` : ''}${opts.autocomplete ? ` autocomplete="${opts.autocomplete}"` : ''}`,
    );
    const value = values[name] ?? (name === 'name' && service ? pick(service.name, lang) : '');
    return html`<div class="sm-field">
<label for="sg-${name}">${labels[name]} <span class="hint">(${opts.required ? t.required : t.optional})</span></label>
${opts.hint ? html`<span class="hint" id="sg-${name}-hint">${opts.hint}</span>` : ''}
${bad ? html`<span class="field-error" id="sg-${name}-error">${errorText[lang]}</span>` : ''}
${
  opts.textarea
    ? html`<textarea id="sg-${name}" name="${name}"${attrs}>${value}</textarea>`
    : html`<input type="${opts.type ?? 'text'}" id="sg-${name}" name="${name}" value="${value}"${attrs}>`
}
</div>`;
  };
  const body = html`<h1>${t.suggestTitle}</h1>
<p>${t.suggestIntro}</p>
${
  invalid.length
    ? html`<div class="error-summary" role="alert" tabindex="-1"><p><strong>${t.errorSummary}</strong></p><ul>${invalid
        .filter((f): f is (typeof FIELD_ORDER)[number] => (FIELD_ORDER as readonly string[]).includes(f))
        .map((f) => html`<li><a href="#sg-${f}">${labels[f]}</a></li>`)}</ul></div>`
    : ''
}
${service ? html`<p class="notice">${t.correctionFor(pick(service.name, lang))}</p>` : ''}
<form method="post" action="${PATHS.suggest[lang]}" novalidate>
${service ? html`<input type="hidden" name="serviceId" value="${service.id}">` : ''}
${field('name', { required: true })}
${field('description', { textarea: true })}
${field('streetAddress', { autocomplete: 'street-address' })}
${field('municipality', { autocomplete: 'address-level2' })}
${field('contact')}
${field('homepage', { type: 'url' })}
${field('message', { textarea: true })}
${field('email', { type: 'email', hint: t.yourEmailHint, autocomplete: 'email' })}
<div class="hp" aria-hidden="true"><label for="sg-website">${t.honeypot}</label><input type="text" id="sg-website" name="website" tabindex="-1" autocomplete="off"></div>
<p><button type="submit">${t.send}</button></p>
</form>`;
  return page({ lang, title: t.suggestTitle, alternates: PATHS.suggest, body, styles: STYLES, noStore: true });
}
