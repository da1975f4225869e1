// Server-rendered public pages: plain HTML that works without JavaScript, on a cheap phone and with a
// screen reader. Every value goes through `html` escaping; raw HTML needs `raw()` explicitly.
import type { Lang } from '../../shared/i18n.js';
import { defineMessages, LANGUAGES } from '../../shared/i18n.js';

export class RawHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

export const raw = (value: string) => new RawHtml(value);

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Part = RawHtml | string | number | boolean | null | undefined | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (Array.isArray(part)) return part.map(render).join('');
  if (part instanceof RawHtml) return part.value;
  return escapeHtml(part);
}

/** Tagged template: interpolated values are escaped, arrays are joined, RawHtml passes through. */
export function html(strings: TemplateStringsArray, ...values: Part[]): RawHtml {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new RawHtml(out);
}

const layoutText = defineMessages({
  fi: {
    skip: 'Siirry pääsisältöön',
    product: 'Osallinen',
    languages: 'Kieli',
    accessibility: 'Saavutettavuusseloste',
    staffLogin: 'Kirjaudu',
    footer: 'Osallinen – avoimen lähdekoodin sosiaalipalvelujen järjestelmä',
  },
  sv: {
    skip: 'Hoppa till huvudinnehållet',
    product: 'Osallinen',
    languages: 'Språk',
    accessibility: 'Tillgänglighetsutlåtande',
    staffLogin: 'Logga in',
    footer: 'Osallinen – ett system med öppen källkod för socialtjänsten',
  },
  en: {
    skip: 'Skip to main content',
    product: 'Osallinen',
    languages: 'Language',
    accessibility: 'Accessibility statement',
    staffLogin: 'Log in',
    footer: 'Osallinen – open-source software for social services',
  },
});

const LANG_NAMES: Record<Lang, string> = { fi: 'suomi', sv: 'svenska', en: 'English' };

/** The same page in each language, e.g. {fi: '/palvelut', sv: '/sv/tjanster', en: '/en/services'}. */
export type Alternates = Record<Lang, string>;

export const ACCESSIBILITY_PATHS: Alternates = {
  fi: '/saavutettavuus',
  sv: '/sv/tillganglighet',
  en: '/en/accessibility',
};

export interface PageOptions {
  lang: Lang;
  title: string;
  alternates: Alternates;
  body: RawHtml;
  /** Extra stylesheet or script URLs (same origin) for progressive enhancement. */
  styles?: string[];
  scripts?: string[];
  /** Set for pages that must not be indexed or cached (forms with tokens). */
  noStore?: boolean;
}

export function page(opts: PageOptions): string {
  const t = layoutText[opts.lang];
  const langLinks = LANGUAGES.map(
    (l) =>
      html`<li><a href="${opts.alternates[l]}" lang="${l}" hreflang="${l}"${raw(
        l === opts.lang ? ' aria-current="true"' : '',
      )}>${LANG_NAMES[l]}</a></li>`,
  );
  return (
    '<!doctype html>\n' +
    html`<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} – ${t.product}</title>
<link rel="stylesheet" href="/public/public.css">
${(opts.styles ?? []).map((s) => html`<link rel="stylesheet" href="${s}">`)}
${LANGUAGES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${opts.alternates[l]}">`)}
</head>
<body>
<a class="skip-link" href="#main">${t.skip}</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/">${t.product}</a>
    <nav aria-label="${t.languages}"><ul class="lang-list">${langLinks}</ul></nav>
  </div>
</header>
<main id="main" tabindex="-1" class="wrap">
${opts.body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${t.footer}</p>
    <p><a href="${ACCESSIBILITY_PATHS[opts.lang]}">${t.accessibility}</a></p>
  </div>
</footer>
${(opts.scripts ?? []).map((s) => html`<script type="module" src="${s}"></script>`)}
</body>
</html>
`.value
  );
}
