// The client portal's pages without JavaScript (/asiointi/…): the plan in force and who has viewed
// my data, readable on any phone, authenticated by the session cookie. A browser without a session
// is sent to the server-rendered login form and back.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import { AppError } from '../../../server/errors.js';
import { html, page, type Alternates } from '../../../server/pages/html.js';
import { messagesFor, type Lang } from '../../../shared/i18n.js';
import { portalLangQuery } from '../../../shared/contracts/client-work/portal.js';
import { fiDate, planHtml, printText } from '../client-plan/print.js';
import { portalText } from './messages.js';
import { portalCaller } from './caller.js';
import * as portal from './service.js';

/** The HTML pages send a browser without a session to the login page instead of a JSON error. */
function htmlErrors(error: Error & { statusCode?: number }, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError && error.statusCode === 401)
    return reply.redirect(`/kirjaudu?next=${encodeURIComponent(request.url.split('?')[0])}`, 303);
  throw error;
}

const alternates = (path: string): Alternates => ({
  fi: `${path}?lang=fi`,
  sv: `${path}?lang=sv`,
  en: `${path}?lang=en`,
});

export default async function portalPages(app: App) {
  const options = { schema: { hide: true, querystring: portalLangQuery }, errorHandler: htmlErrors };

  app.get('/asiointi/suunnitelma', { ...options, config: { action: 'portal.read' } }, async (request, reply) => {
    const lang: Lang = request.query.lang ?? request.lang;
    const t = messagesFor(portalText, lang, true);
    const title = messagesFor(printText, lang, true).title;
    const body = await portal.ownCopy(app.db, portalCaller(app, request), { lang, event: 'portal.plan.read' }, (d) =>
      d
        ? html`${planHtml(d, { pdf: `/api/portal/plan/pdf?lang=${lang}` })}<p class="no-print"><a href="/oma/">${t.back}</a></p>`
        : html`<h1>${title}</h1><p data-qa="no-plan">${t.noPlan}</p><p><a href="/oma/">${t.back}</a></p>`,
    );
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    return page({ lang, title, alternates: alternates('/asiointi/suunnitelma'), body, noStore: true });
  });

  app.get('/asiointi/katselut', { ...options, config: { action: 'portal.read' } }, async (request, reply) => {
    const lang: Lang = request.query.lang ?? request.lang;
    const t = messagesFor(portalText, lang, true);
    const entries = await portal.accessLog(app.db, portalCaller(app, request), { lang, plain: true });
    const body = html`<h1>${t.logTitle}</h1>
<p>${t.logIntro}</p>
${
  entries.length === 0
    ? html`<p data-qa="access-log-empty">${t.empty}</p>`
    : html`<div class="table-wrap" role="region" aria-label="${t.logTitle}" tabindex="0"><table data-qa="access-log">
<thead><tr><th scope="col">${t.when}</th><th scope="col">${t.who}</th><th scope="col">${t.what}</th><th scope="col">${t.times}</th></tr></thead>
<tbody>${entries.map((e) => html`<tr data-qa="access-log-entry"><td>${fiDate(e.date)}</td><td>${e.who}${e.role ? html`<br><span class="hint">${e.role}${e.unit ? `, ${e.unit}` : ''}</span>` : ''}</td><td>${e.what}</td><td>${e.times}</td></tr>`)}</tbody>
</table></div>`
}
<p><a href="/oma/">${t.back}</a></p>`;
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    return page({ lang, title: t.logTitle, alternates: alternates('/asiointi/katselut'), body, noStore: true });
  });
}
