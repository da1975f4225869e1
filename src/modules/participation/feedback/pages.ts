// The public after-meeting feedback form: plain HTML, no JavaScript, 320 px, fi/sv/en + plain Finnish.
import type { Lang } from '../../../shared/i18n.js';
import { messagesFor } from '../../../shared/i18n.js';
import { html, page, raw, type RawHtml } from '../../../server/pages/html.js';
import { feedbackText } from './messages.js';
import { feedbackPaths } from './service.js';

export const WHAT_WE_DID_PATHS = { fi: '/mita-teimme', sv: '/sv/vad-vi-gjorde', en: '/en/what-we-did' } as const;

export type FormField = 'met_expectations' | 'opinion' | 'wishes' | 'rating';
export type FormValues = Partial<Record<FormField, string>>;
export type FormErrors = Partial<Record<FormField, string>>;

export interface CodeInfo {
  code: string;
  workerName: string;
  unitName: string;
}

function fieldError(id: string, message: string | undefined): RawHtml | '' {
  return message ? html`<span class="field-error" id="${id}-error">${message}</span>` : '';
}

// A fieldset cannot be aria-invalid; it points to its error text instead.
const invalidAttrs = (id: string, message: string | undefined) => raw(message ? ` aria-describedby="${id}-error"` : '');

export function renderFeedbackForm(
  lang: Lang,
  plain: boolean,
  info: CodeInfo,
  values: FormValues = {},
  errs: FormErrors = {},
): string {
  const t = messagesFor(feedbackText, lang, plain);
  const paths = feedbackPaths(info.code);
  const action = paths[lang] + (plain ? '?selko=1' : '');
  const errorList = Object.entries(errs) as [FormField, string][];
  const firstTarget = (f: FormField) => (f === 'met_expectations' ? 'met-yes' : f === 'rating' ? 'rating-1' : f);
  const choice = (name: FormField, id: string, value: string, label: string) =>
    html`<label class="choice" for="${id}"><input type="radio" id="${id}" name="${name}" value="${value}"${raw(
      values[name] === value ? ' checked' : '',
    )}> ${label}</label>`;
  const body = html`
<h1>${t.title}</h1>
<p>${t.intro}</p>
<p><strong>${t.forWorker}:</strong> ${info.workerName}, ${info.unitName}</p>
${lang === 'fi' ? html`<p><a href="${paths.fi}${plain ? '' : '?selko=1'}">${plain ? t.normalLanguage : messagesFor(feedbackText, 'fi').plainLanguage}</a></p>` : ''}
${
  errorList.length
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary"><h2>${t.errorTitle}</h2><ul>${errorList.map(
        ([f, m]) => html`<li><a href="#${firstTarget(f)}">${m}</a></li>`,
      )}</ul></div>`
    : ''
}
<form method="post" action="${action}" novalidate>
  <fieldset${invalidAttrs('met_expectations', errs.met_expectations)}>
    <legend>${t.q1}</legend>
    ${fieldError('met_expectations', errs.met_expectations)}
    ${choice('met_expectations', 'met-yes', 'yes', t.q1Yes)}
    ${choice('met_expectations', 'met-partly', 'partly', t.q1Partly)}
    ${choice('met_expectations', 'met-no', 'no', t.q1No)}
  </fieldset>
  <label for="opinion">${t.q2} <span class="hint" id="opinion-hint">${t.optional}</span></label>
  ${fieldError('opinion', errs.opinion)}
  <textarea id="opinion" name="opinion" maxlength="2000"${raw(errs.opinion ? ' aria-invalid="true" aria-describedby="opinion-error opinion-hint"' : ' aria-describedby="opinion-hint"')}>${values.opinion ?? ''}</textarea>
  <label for="wishes">${t.q3} <span class="hint" id="wishes-hint">${t.optional}</span></label>
  ${fieldError('wishes', errs.wishes)}
  <textarea id="wishes" name="wishes" maxlength="2000"${raw(errs.wishes ? ' aria-invalid="true" aria-describedby="wishes-error wishes-hint"' : ' aria-describedby="wishes-hint"')}>${values.wishes ?? ''}</textarea>
  <fieldset${invalidAttrs('rating', errs.rating)}>
    <legend>${t.rating} <span class="hint">${t.ratingHint}</span></legend>
    ${fieldError('rating', errs.rating)}
    ${t.ratings.map((label, i) => choice('rating', `rating-${i + 1}`, String(i + 1), `${i + 1} – ${label}`))}
  </fieldset>
  <div class="hp" aria-hidden="true">
    <label for="website">${t.honeypot}</label>
    <input type="text" id="website" name="website" tabindex="-1" autocomplete="off">
  </div>
  <button type="submit">${t.submit}</button>
</form>`;
  const alternates = { fi: paths.fi, sv: paths.sv, en: paths.en };
  return page({
    lang,
    title: errorList.length ? `${t.errorTitle} ${t.title}` : t.title,
    alternates,
    body,
    noStore: true,
  });
}

export function thanksPaths(code: string) {
  const p = feedbackPaths(code);
  return { fi: `${p.fi}/kiitos`, sv: `${p.sv}/tack`, en: `${p.en}/thanks` };
}

export function renderThanks(lang: Lang, plain: boolean, code: string): string {
  const t = messagesFor(feedbackText, lang, plain);
  const body = html`<h1>${t.thanksTitle}</h1>
<p class="notice">${t.thanks}</p>
<p><a href="${WHAT_WE_DID_PATHS[lang]}">${t.whatWeDid}</a></p>`;
  return page({ lang, title: t.thanksTitle, alternates: thanksPaths(code), body });
}

export function renderNotFound(lang: Lang, alternates: Record<Lang, string>): string {
  const t = messagesFor(feedbackText, lang);
  return page({
    lang,
    title: t.notFoundTitle,
    alternates,
    body: html`<h1>${t.notFoundTitle}</h1><p>${t.notFound}</p>`,
  });
}
