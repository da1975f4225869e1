// Public survey pages: the web form, kiosk mode (a fresh form after each answer), thank-you page
// and the printable paper version. Plain HTML that works without JavaScript. Their routes are at the end.
import QRCode from 'qrcode';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import { LANGUAGES, messagesFor, type Lang } from '../../../shared/i18n.js';
import { html, page, raw, type RawHtml } from '../../../server/pages/html.js';
import { UUID } from '../../../server/access/subjects.js';
import { WHAT_WE_DID_PATHS } from '../../../shared/participation/proposals.js';
import {
  AGREE_LABELS,
  GRADE_LABELS,
  type LocalizedText,
  type SurveyDefinition,
  type SurveyItem,
} from '../../../shared/contracts/participation/survey-definition.js';
import { surveyText } from './messages.js';
import { publicLimits } from '../config.js';
import { isOpen, parseAnswer, saveResponse } from './service.js';
import { surveyById, type SurveyRow } from './queries.js';

export function surveyPaths(id: string) {
  return { fi: `/kysely/${id}`, sv: `/sv/enkat/${id}`, en: `/en/survey/${id}` };
}

export interface PublicSurvey {
  id: string;
  title: LocalizedText;
  intro: LocalizedText;
  definition: SurveyDefinition;
}

const tx = (t: LocalizedText, lang: Lang, plain: boolean) => (plain && lang === 'fi' && t.selko ? t.selko : t[lang]);

export type FormState = { values: Record<string, string | string[]>; errors: Record<string, string> };

function errorText(id: string, msg: string | undefined): RawHtml | '' {
  return msg ? html`<span class="field-error" id="${id}-error" data-qa="error-${id}">${msg}</span>` : '';
}

function renderItem(item: SurveyItem, lang: Lang, plain: boolean, state: FormState): RawHtml {
  const t = messagesFor(surveyText, lang, plain);
  const err = state.errors[item.key];
  const v = state.values[item.key];
  const label = tx(item.text, lang, plain);
  const describe = raw(err ? ` aria-describedby="${item.key}-error"` : '');
  const checked = (value: string) => raw((Array.isArray(v) ? v.includes(value) : v === value) ? ' checked' : '');
  switch (item.kind) {
    case 'rating': {
      const labels = item.scale === 'grade' ? GRADE_LABELS : AGREE_LABELS;
      return html`<fieldset data-qa="item-${item.key}"${describe}><legend>${label}</legend>${errorText(item.key, err)}
${labels.map((l, i) => html`<label class="choice" for="${item.key}-${i + 1}"><input type="radio" id="${item.key}-${i + 1}" name="${item.key}" value="${i + 1}"${checked(String(i + 1))}> ${i + 1} – ${tx(l, lang, plain)}</label>`)}
</fieldset>`;
    }
    case 'single':
    case 'multiple': {
      const type = item.kind === 'single' ? 'radio' : 'checkbox';
      return html`<fieldset data-qa="item-${item.key}"${describe}><legend>${label}</legend>${errorText(item.key, err)}
${item.options.map((o) => html`<label class="choice" for="${item.key}-${o.value}"><input type="${type}" id="${item.key}-${o.value}" name="${item.key}" value="${o.value}"${checked(o.value)}> ${tx(o.label, lang, plain)}</label>`)}
</fieldset>`;
    }
    case 'year':
      return html`<label for="${item.key}">${label} <span class="hint">${t.optional}</span></label>${errorText(item.key, err)}
<input type="text" inputmode="numeric" maxlength="4" id="${item.key}" name="${item.key}" data-qa="item-${item.key}" value="${typeof v === 'string' ? v : ''}" autocomplete="off" style="max-width:8rem"${raw(err ? ` aria-invalid="true" aria-describedby="${item.key}-error"` : '')}>`;
    case 'text':
      return html`<label for="${item.key}">${label} <span class="hint" id="${item.key}-hint">${t.noNames}</span></label>${errorText(item.key, err)}
<textarea id="${item.key}" name="${item.key}" data-qa="item-${item.key}" maxlength="4000"${raw(err ? ` aria-invalid="true" aria-describedby="${item.key}-error ${item.key}-hint"` : ` aria-describedby="${item.key}-hint"`)}>${typeof v === 'string' ? v : ''}</textarea>`;
  }
}

export function renderSurveyForm(
  survey: PublicSurvey,
  lang: Lang,
  opts: { plain: boolean; kiosk: boolean; kioskThanks?: boolean; state?: FormState },
): string {
  const t = messagesFor(surveyText, lang, opts.plain);
  const state = opts.state ?? { values: {}, errors: {} };
  const paths = surveyPaths(survey.id);
  const query = [opts.kiosk ? 'kiosk=1' : '', opts.plain ? 'selko=1' : ''].filter(Boolean).join('&');
  const action = paths[lang] + (query ? `?${query}` : '');
  const errs = Object.entries(state.errors);
  const targetOf = (key: string) => {
    const item = survey.definition.sections.flatMap((s) => s.items).find((i) => i.key === key);
    if (!item) return key.replace('.', '-');
    if (item.kind === 'rating') return `${key}-1`;
    if (item.kind === 'single' || item.kind === 'multiple') return `${key}-${item.options[0].value}`;
    return key;
  };
  const c = (k: string) => (typeof state.values[k] === 'string' ? (state.values[k] as string) : '');
  const body = html`
<h1>${tx(survey.title, lang, opts.plain)}</h1>
${opts.kioskThanks ? html`<p class="notice" role="status" data-qa="kiosk-thanks">${t.kioskThanks}</p>` : ''}
<p>${tx(survey.intro, lang, opts.plain)}</p>
${lang === 'fi' ? html`<p><a href="${paths.fi}${opts.plain ? (opts.kiosk ? '?kiosk=1' : '') : opts.kiosk ? '?kiosk=1&selko=1' : '?selko=1'}">${opts.plain ? t.normalLanguage : messagesFor(surveyText, 'fi').plainLanguage}</a></p>` : ''}
${errs.length ? html`<div class="error-summary" role="alert" id="error-summary" data-qa="error-summary"><h2>${t.errorTitle}</h2><ul>${errs.map(([k, m]) => html`<li><a href="#${targetOf(k)}">${m}</a></li>`)}</ul></div>` : ''}
<form method="post" action="${action}" novalidate data-qa="survey-form">
${survey.definition.sections.map(
  (
    s,
  ) => html`<section aria-labelledby="sec-${s.key}"><h2 id="sec-${s.key}">${tx(s.title, lang, opts.plain)}</h2>${s.intro ? html`<p>${tx(s.intro, lang, opts.plain)}</p>` : ''}
${s.items.map((i) => renderItem(i, lang, opts.plain, state))}</section>`,
)}
${
  survey.definition.contactBlock && !opts.kiosk
    ? html`<section aria-labelledby="sec-contact"><h2 id="sec-contact">${t.contactTitle}</h2><p>${t.contactIntro}</p>
<label for="contact-name">${t.name} <span class="hint">${t.optional}</span></label>${errorText('contact-name', state.errors['contact.name'])}
<input type="text" id="contact-name" name="contact_name" autocomplete="name" value="${c('contact_name')}"${raw(state.errors['contact.name'] ? ' aria-invalid="true" aria-describedby="contact-name-error"' : '')}>
<label for="contact-phone">${t.phone} <span class="hint">${t.optional}</span></label>${errorText('contact-phone', state.errors['contact.phone'])}
<input type="text" inputmode="tel" id="contact-phone" name="contact_phone" autocomplete="tel" value="${c('contact_phone')}"${raw(state.errors['contact.phone'] ? ' aria-invalid="true" aria-describedby="contact-phone-error"' : '')}>
<label for="contact-email">${t.email} <span class="hint">${t.optional}</span></label>${errorText('contact-email', state.errors['contact.email'])}
<input type="email" id="contact-email" name="contact_email" autocomplete="email" value="${c('contact_email')}"${raw(state.errors['contact.email'] ? ' aria-invalid="true" aria-describedby="contact-email-error"' : '')}>
</section>`
    : ''
}
<div class="hp" aria-hidden="true"><label for="website">${t.honeypot}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit" data-qa="submit">${t.submit}</button>
</form>`;
  const alt = (p: string) => p + (opts.kiosk ? '?kiosk=1' : '');
  return page({
    lang,
    title: (errs.length ? `${t.errorTitle} ` : '') + tx(survey.title, lang, opts.plain),
    alternates: { fi: alt(paths.fi), sv: alt(paths.sv), en: alt(paths.en) },
    body,
    noStore: true,
  });
}

export function renderSurveyThanks(id: string, lang: Lang, plain: boolean): string {
  const t = messagesFor(surveyText, lang, plain);
  const p = surveyPaths(id);
  return page({
    lang,
    title: t.thanksTitle,
    alternates: { fi: `${p.fi}/kiitos`, sv: `${p.sv}/tack`, en: `${p.en}/thanks` },
    body: html`<h1 data-qa="thanks">${t.thanksTitle}</h1><p class="notice">${t.thanks}</p><p><a href="${WHAT_WE_DID_PATHS[lang]}">${t.whatWeDid}</a></p>`,
  });
}

export function renderSurveyMessage(lang: Lang, alternates: Record<Lang, string>, title: string, text: string): string {
  return page({ lang, title, alternates, body: html`<h1>${title}</h1><p>${text}</p>` });
}

/** The paper version: the same questions with boxes to tick, and a QR code to the web form. */
export function renderSurveyPrint(survey: PublicSurvey, lang: Lang, qrSvg: string, url: string): string {
  const t = messagesFor(surveyText, lang);
  const item = (i: SurveyItem): RawHtml => {
    switch (i.kind) {
      case 'rating': {
        const labels = i.scale === 'grade' ? GRADE_LABELS : AGREE_LABELS;
        return html`<li><p>${i.text[lang]}</p><p class="scale">${labels.map((l, n) => html`<span>☐ ${n + 1} ${l[lang]}</span> `)}</p></li>`;
      }
      case 'single':
      case 'multiple':
        return html`<li><p>${i.text[lang]}</p><p class="scale">${i.options.map((o) => html`<span>☐ ${o.label[lang]}</span> `)}</p></li>`;
      case 'year':
        return html`<li><p>${i.text[lang]} ____________</p></li>`;
      case 'text':
        return html`<li><p>${i.text[lang]}</p><div class="lines"></div></li>`;
    }
  };
  const style = `@page { size: A4; margin: 15mm; } .scale span { display: inline-block; margin: 0 1rem .25rem 0; }
.lines { height: 8rem; border: 1px solid #999; } .qr svg { width: 30mm; height: auto; float: right; }`;
  const body = html`<style>${raw(style)}</style>
<div class="qr" role="img" aria-label="QR: ${url}">${raw(qrSvg)}</div>
<h1>${survey.title[lang]}</h1>
<p>${survey.intro[lang]}</p>
<p>${t.printHint}</p>
<p>${t.answerOnline}: <strong>${url}</strong></p>
${survey.definition.sections.map((s) => html`<h2>${s.title[lang]}</h2><ol>${s.items.map(item)}</ol>`)}
${survey.definition.contactBlock ? html`<div class="slip"><p>✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -</p><h2>${t.contactTitle}</h2><p>${t.contactIntro}</p><p><strong>${t.slipHint}</strong></p><p>${t.name}: ______________________ ${t.phone}: ______________ ${t.email}: ______________________</p></div>` : ''}`;
  const p = surveyPaths(survey.id);
  return page({
    lang,
    title: survey.title[lang],
    alternates: { fi: `${p.fi}/tulosta`, sv: `${p.sv}/skriv-ut`, en: `${p.en}/print` },
    body,
  });
}

/** The public pages in each language: no session, no CSRF token, answers rate limited per address. */
export async function surveyPageRoutes(app: App) {
  const limits = publicLimits();
  const rateLimit = { max: limits.surveyMax, timeWindow: limits.timeWindow };
  const load = async (id: string) => (UUID.test(id) ? surveyById(app.db, id) : undefined);
  for (const lang of LANGUAGES) {
    const base = surveyPaths(':id')[lang];
    const thanks = { fi: '/kiitos', sv: '/tack', en: '/thanks' }[lang];
    const printSuffix = { fi: '/tulosta', sv: '/skriv-ut', en: '/print' }[lang];
    const sendHtml = (reply: FastifyReply, status: number, body: string) =>
      reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
    const flags = (request: FastifyRequest) => {
      const q = (request.query ?? {}) as Record<string, unknown>;
      return { plain: lang === 'fi' && q.selko === '1', kiosk: q.kiosk === '1', kioskThanks: q.kiitos === '1' };
    };
    const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;
    const m = messagesFor(surveyText, lang);
    const unavailable = (reply: FastifyReply, id: string, s: SurveyRow | undefined) =>
      !s || s.status === 'draft'
        ? sendHtml(reply, 404, renderSurveyMessage(lang, surveyPaths(id), m.notFoundTitle, m.closed))
        : sendHtml(reply, 410, renderSurveyMessage(lang, surveyPaths(id), m.closedTitle, m.closed));

    app.get(base, { config: { action: 'publicPage.read' }, schema: { hide: true } }, async (request, reply) => {
      const s = await load(idOf(request));
      if (!s || !isOpen(s, app.clock.today())) return unavailable(reply, idOf(request), s);
      return sendHtml(reply, 200, renderSurveyForm(s, lang, flags(request)));
    });

    app.post(
      base,
      { config: { action: 'survey.public.use', rateLimit }, schema: { hide: true } },
      async (request, reply) => {
        const today = app.clock.today();
        const s = await load(idOf(request));
        if (!s || !isOpen(s, today)) return unavailable(reply, idOf(request), s);
        const f = flags(request);
        const body = (request.body ?? {}) as Record<string, unknown>;
        const next = f.kiosk
          ? `${surveyPaths(s.id)[lang]}?kiosk=1&kiitos=1${f.plain ? '&selko=1' : ''}`
          : `${surveyPaths(s.id)[lang]}${thanks}${f.plain ? '?selko=1' : ''}`;
        // Honeypot: thanked, nothing saved.
        if (typeof body.website === 'string' && body.website.trim()) return reply.redirect(next, 303);
        // No contact block on a shared lobby tablet.
        const contactInput = f.kiosk
          ? null
          : { name: body.contact_name, phone: body.contact_phone, email: body.contact_email };
        const parsed = parseAnswer(s.definition, body, contactInput, Number(today.slice(0, 4)));
        if (Object.keys(parsed.errors).length) {
          const values: Record<string, string | string[]> = {};
          for (const [k, v] of Object.entries(body))
            if (typeof v === 'string' || Array.isArray(v)) values[k] = v as string | string[];
          const errs = Object.fromEntries(Object.entries(parsed.errors).map(([k, msg]) => [k, msg[lang]]));
          return sendHtml(
            reply,
            400,
            renderSurveyForm(s, lang, { ...f, kioskThanks: false, state: { values, errors: errs } }),
          );
        }
        await saveResponse(app.db, s.id, parsed, { channel: f.kiosk ? 'kiosk' : 'web', answeredOn: today });
        return reply.redirect(next, 303);
      },
    );

    app.get(
      `${base}${thanks}`,
      { config: { action: 'publicPage.read' }, schema: { hide: true } },
      async (request, reply) => sendHtml(reply, 200, renderSurveyThanks(idOf(request), lang, flags(request).plain)),
    );

    app.get(
      `${base}${printSuffix}`,
      { config: { action: 'publicPage.read' }, schema: { hide: true } },
      async (request, reply) => {
        const s = await load(idOf(request));
        if (!s || s.status === 'draft') return unavailable(reply, idOf(request), s);
        const url = `${request.protocol}://${request.host}${surveyPaths(s.id)[lang]}`;
        const svg = await QRCode.toString(url, { type: 'svg', margin: 1 });
        return sendHtml(reply, 200, renderSurveyPrint(s, lang, svg, url));
      },
    );
  }
}
