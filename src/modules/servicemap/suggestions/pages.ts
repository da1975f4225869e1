// The public suggestion form (no JavaScript): anyone, signed in or not, suggests a new service or a
// correction to a published one. Its action is public, so it needs no CSRF proof even when a worker's
// session rides along. Bad input re-renders the form with the fields marked and changes nothing.
import type { FastifyRequest } from 'fastify';
import { html, page, raw } from '../../../server/pages/html.js';
import type { App } from '../../../server/types.js';
import { LANGUAGES, type Lang } from '../../../shared/i18n.js';
import { suggestionInput, suggestionPageQuery } from '../../../shared/contracts/servicemap/suggestions.js';
import { STYLES } from '../assets.js';
import { rateLimits } from '../limits.js';
import { PATHS, publicText } from '../messages.js';
import { pick, type ServiceView } from '../services/model.js';
import { getService } from '../services/queries.js';
import { send } from '../search/pages.js';
import { storeSuggestion } from './queries.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function suggestionPages(app: App) {
  for (const lang of LANGUAGES) {
    const t = publicText[lang];

    app.get(
      PATHS.suggest[lang],
      { config: { action: 'serviceSuggestion.submit', rateLimit: rateLimits.page }, schema: { hide: true } },
      async (request, reply) => {
        const q = suggestionPageQuery.parse(request.query ?? {});
        const service =
          q.service && UUID.test(q.service) ? await getService(app.db, q.service, app.clock.now()) : undefined;
        if (q.sent === '1') {
          return send(
            reply,
            page({
              lang,
              title: t.thanksTitle,
              alternates: PATHS.suggest,
              styles: STYLES,
              body: html`<h1 data-qa="suggest-thanks">${t.thanksTitle}</h1><p class="notice">${t.thanksText}</p><p><a href="${PATHS.search[lang]}">${t.backToSearch}</a></p>`,
            }),
          );
        }
        return send(reply, suggestionPage(lang, service?.status === 'published' ? service : undefined, {}, []));
      },
    );

    app.post(
      PATHS.suggest[lang],
      { config: { action: 'serviceSuggestion.submit', rateLimit: rateLimits.suggest }, schema: { hide: true } },
      async (request: FastifyRequest, reply) => {
        const form = (request.body ?? {}) as Record<string, string>;
        const input = {
          ...form,
          kind: form.serviceId ? 'correction' : 'new',
          serviceId: form.serviceId || null,
        };
        const parsed = suggestionInput.safeParse(input);
        const service =
          form.serviceId && UUID.test(form.serviceId)
            ? await getService(app.db, form.serviceId, app.clock.now())
            : undefined;
        if (!parsed.success) {
          const fields = parsed.error.issues.map((i) => String(i.path[0] ?? ''));
          reply.status(400);
          return send(reply, suggestionPage(lang, service, form, [...new Set(fields)]));
        }
        await storeSuggestion(app.db, parsed.data, lang);
        return reply.redirect(`${PATHS.suggest[lang]}?sent=1`, 303);
      },
    );
  }
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
    return html`<div class="sm-field" data-qa="suggest-${name}">
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
<form method="post" action="${PATHS.suggest[lang]}" novalidate data-qa="suggest-form">
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
<p><button type="submit" data-qa="suggest-submit">${t.send}</button></p>
</form>`;
  return page({ lang, title: t.suggestTitle, alternates: PATHS.suggest, body, styles: STYLES, noStore: true });
}
