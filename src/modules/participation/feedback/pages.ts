// The public after-meeting feedback form: plain HTML, no JavaScript, 320 px, fi/sv/en + plain Finnish;
// the thank-you page, and the printable feedback cards. The form's routes are at the end.
import QRCode from 'qrcode';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import { LANGUAGES, messagesFor, type Lang } from '../../../shared/i18n.js';
import { html, page, raw, type RawHtml } from '../../../server/pages/html.js';
import { feedbackAnswerInput, type FeedbackAnswerInput } from '../../../shared/contracts/participation/feedback.js';
import { WHAT_WE_DID_PATHS } from '../../../shared/participation/proposals.js';
import { publicLimits } from '../config.js';
import { feedbackText } from './messages.js';
import { findActiveCode, isEmptyAnswer, normaliseCode, saveAnswer } from './service.js';

/** The public form in each language for a code. */
export function feedbackPaths(code: string) {
  return { fi: `/palaute/${code}`, sv: `/sv/respons/${code}`, en: `/en/feedback/${code}` };
}

export type FormField = 'met_expectations' | 'opinion' | 'wishes' | 'rating';
export type FormValues = Partial<Record<FormField, string>>;
export type FormErrors = Partial<Record<FormField, string>>;

export interface CodeInfo {
  code: string;
  workerName: string;
  unitName: string;
}

function fieldError(id: string, message: string | undefined): RawHtml | '' {
  return message ? html`<span class="field-error" id="${id}-error" data-qa="error-${id}">${message}</span>` : '';
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
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary" data-qa="error-summary"><h2>${t.errorTitle}</h2><ul>${errorList.map(
        ([f, m]) => html`<li><a href="#${firstTarget(f)}">${m}</a></li>`,
      )}</ul></div>`
    : ''
}
<form method="post" action="${action}" novalidate data-qa="feedback-form">
  <fieldset data-qa="feedback-met"${invalidAttrs('met_expectations', errs.met_expectations)}>
    <legend>${t.q1}</legend>
    ${fieldError('met_expectations', errs.met_expectations)}
    ${choice('met_expectations', 'met-yes', 'yes', t.q1Yes)}
    ${choice('met_expectations', 'met-partly', 'partly', t.q1Partly)}
    ${choice('met_expectations', 'met-no', 'no', t.q1No)}
  </fieldset>
  <label for="opinion">${t.q2} <span class="hint" id="opinion-hint">${t.optional}</span></label>
  ${fieldError('opinion', errs.opinion)}
  <textarea id="opinion" name="opinion" data-qa="feedback-opinion" maxlength="2000"${raw(errs.opinion ? ' aria-invalid="true" aria-describedby="opinion-error opinion-hint"' : ' aria-describedby="opinion-hint"')}>${values.opinion ?? ''}</textarea>
  <label for="wishes">${t.q3} <span class="hint" id="wishes-hint">${t.optional}</span></label>
  ${fieldError('wishes', errs.wishes)}
  <textarea id="wishes" name="wishes" data-qa="feedback-wishes" maxlength="2000"${raw(errs.wishes ? ' aria-invalid="true" aria-describedby="wishes-error wishes-hint"' : ' aria-describedby="wishes-hint"')}>${values.wishes ?? ''}</textarea>
  <fieldset data-qa="feedback-rating"${invalidAttrs('rating', errs.rating)}>
    <legend>${t.rating} <span class="hint">${t.ratingHint}</span></legend>
    ${fieldError('rating', errs.rating)}
    ${t.ratings.map((label, i) => choice('rating', `rating-${i + 1}`, String(i + 1), `${i + 1} – ${label}`))}
  </fieldset>
  <div class="hp" aria-hidden="true">
    <label for="website">${t.honeypot}</label>
    <input type="text" id="website" name="website" tabindex="-1" autocomplete="off">
  </div>
  <button type="submit" data-qa="submit">${t.submit}</button>
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
  const body = html`<h1 data-qa="thanks">${t.thanksTitle}</h1>
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

/** Form posts (urlencoded strings) → an answer, or field errors in `lang`. */
function parseForm(
  body: Record<string, unknown>,
  lang: Lang,
  plain: boolean,
): { values: FormValues; answer?: FeedbackAnswerInput; errs: FormErrors } {
  const t = messagesFor(feedbackText, lang, plain);
  const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const values: FormValues = {
    met_expectations: str('met_expectations'),
    opinion: str('opinion'),
    wishes: str('wishes'),
    rating: str('rating'),
  };
  const errs: FormErrors = {};
  const parsed = feedbackAnswerInput.safeParse({
    metExpectations: values.met_expectations || null,
    opinion: values.opinion || null,
    wishes: values.wishes || null,
    rating: values.rating ? Number(values.rating) : null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      if (key === 'metExpectations') errs.met_expectations = t.invalidOption;
      else if (key === 'rating') errs.rating = t.invalidOption;
      else if (key === 'opinion' || key === 'wishes') errs[key] = issue.code === 'too_big' ? t.tooLong : t.unstorable;
    }
    return { values, errs };
  }
  if (isEmptyAnswer(parsed.data)) {
    errs.met_expectations = t.nothingAnswered;
    return { values, errs };
  }
  return { values, answer: parsed.data, errs };
}

/** Printable cards (A6 or A5) of one worker: the questions, the code and a QR code to the form. */
export async function renderCards(
  lang: Lang,
  origin: string,
  size: 'a6' | 'a5',
  worker: { workerName: string; codes: string[] },
): Promise<string> {
  const t = messagesFor(feedbackText, lang);
  const cards = [];
  for (const code of worker.codes) {
    const url = `${origin}${feedbackPaths(code)[lang]}`;
    const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    cards.push(html`<article class="card">
  <h2>${t.cardTitle}</h2>
  <div class="qr" role="img" aria-label="QR: ${url}">${raw(svg)}</div>
  <p class="small">${t.cardAnswerOnline}: <strong>${url}</strong></p>
  <p class="small">${t.cardCode}: <strong>${code.toUpperCase()}</strong> · ${worker.workerName}</p>
  <ol>
    <li>${t.q1} <span class="line"></span></li>
    <li>${t.q2} <span class="line"></span><span class="line"></span></li>
    <li>${t.q3} <span class="line"></span><span class="line"></span></li>
  </ol>
  <p class="small">${t.rating} 1 2 3 4 5</p>
  <p class="small">${t.cardBox}</p>
</article>`);
  }
  const style = `@page { size: ${size === 'a6' ? 'A6' : 'A5'}; margin: 8mm; }
.card { page-break-after: always; break-after: page; max-width: ${size === 'a6' ? '105mm' : '148mm'}; border: 1px dashed #999; padding: 4mm; margin: 0 auto 1rem; }
.card h2 { margin-top: 0; } .qr svg { width: ${size === 'a6' ? '30mm' : '40mm'}; height: auto; float: right; margin-left: 3mm; }
.small { font-size: .85rem; } .line { display: block; border-bottom: 1px solid #666; height: 1.4em; }`;
  const body = html`<h1 class="no-print">${t.cardsTitle}</h1><style>${raw(style)}</style>${cards}`;
  return page({ lang, title: t.cardsTitle, alternates: { fi: '?lang=fi', sv: '?lang=sv', en: '?lang=en' }, body });
}

/** The public form, one route per language: no session, no CSRF token, rate limited per address. */
export async function feedbackPageRoutes(app: App) {
  const limits = publicLimits();
  const rateLimit = { max: limits.feedbackMax, timeWindow: limits.timeWindow };
  for (const lang of LANGUAGES) {
    const formPath = feedbackPaths(':code')[lang];
    const thanksPath = thanksPaths(':code')[lang];
    const sendHtml = (reply: FastifyReply, status: number, body: string) =>
      reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
    const plainOf = (request: FastifyRequest) =>
      lang === 'fi' && (request.query as Record<string, unknown>)?.selko === '1';
    const codeOf = (request: FastifyRequest) => normaliseCode((request.params as { code: string }).code);

    app.get(formPath, { config: { action: 'publicPage.read' }, schema: { hide: true } }, async (request, reply) => {
      const info = await findActiveCode(app.db, codeOf(request));
      if (!info) return sendHtml(reply, 404, renderNotFound(lang, feedbackPaths(codeOf(request))));
      return sendHtml(reply, 200, renderFeedbackForm(lang, plainOf(request), info));
    });

    app.post(
      formPath,
      { config: { action: 'feedback.public.submit', rateLimit }, schema: { hide: true } },
      async (request, reply) => {
        const plain = plainOf(request);
        const info = await findActiveCode(app.db, codeOf(request));
        if (!info) return sendHtml(reply, 404, renderNotFound(lang, feedbackPaths(codeOf(request))));
        const body = (request.body ?? {}) as Record<string, unknown>;
        const thanks = thanksPaths(info.code)[lang] + (plain ? '?selko=1' : '');
        // A filled honeypot is a bot: it gets the same thank-you page, and nothing is saved.
        if (typeof body.website === 'string' && body.website.trim() !== '') return reply.redirect(thanks, 303);
        const { values, answer, errs } = parseForm(body, lang, plain);
        if (!answer) return sendHtml(reply, 400, renderFeedbackForm(lang, plain, info, values, errs));
        await saveAnswer(app.db, info, answer, { channel: 'web', answeredOn: app.clock.today() });
        return reply.redirect(thanks, 303);
      },
    );

    app.get(thanksPath, { config: { action: 'publicPage.read' }, schema: { hide: true } }, async (request, reply) =>
      sendHtml(reply, 200, renderThanks(lang, plainOf(request), codeOf(request))),
    );
  }
}
