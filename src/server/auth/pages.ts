// A server-rendered login form for people without JavaScript (cheap phones, locked-down kiosks,
// some screen-reader setups). It uses the same credential check and session as the app's login and
// leads to the server-rendered pages of the client portal (/asiointi/…) or any same-site path.
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { App } from '../types.js';
import { defineMessages, type Lang } from '../../shared/i18n.js';
import { AppError, localize } from '../errors.js';
import { html, page, raw, type Alternates } from '../pages/html.js';
import { authenticate, startSession } from './routes.js';

const PATHS: Alternates = { fi: '/kirjaudu', sv: '/sv/logga-in', en: '/en/login' };
const DEFAULT_NEXT = '/asiointi/suunnitelma';

const text = defineMessages({
  fi: {
    title: 'Kirjaudu sisään',
    intro: 'Tämä kirjautumissivu toimii ilman JavaScriptiä. Kirjautumisen jälkeen näet oman suunnitelmasi.',
    username: 'Käyttäjätunnus',
    password: 'Salasana',
    totp: 'Kertakäyttökoodi (jos käytössä)',
    submit: 'Kirjaudu',
    errorTitle: 'Kirjautuminen ei onnistunut',
  },
  sv: {
    title: 'Logga in',
    intro: 'Den här inloggningssidan fungerar utan JavaScript. Efter inloggningen ser du din plan.',
    username: 'Användarnamn',
    password: 'Lösenord',
    totp: 'Engångskod (om den används)',
    submit: 'Logga in',
    errorTitle: 'Inloggningen misslyckades',
  },
  en: {
    title: 'Log in',
    intro: 'This login page works without JavaScript. After logging in you will see your plan.',
    username: 'Username',
    password: 'Password',
    totp: 'One-time code (if in use)',
    submit: 'Log in',
    errorTitle: 'Login failed',
  },
});

/** Only same-site paths: never an open redirect to another site. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[\w\-/.?=&%]*$/.test(next) && !next.includes('\\') ? next : DEFAULT_NEXT;
}

function render(reply: FastifyReply, lang: Lang, next: string, status = 200, error?: string, username = '') {
  const t = text[lang];
  const body = html`<h1>${t.title}</h1>
<p>${t.intro}</p>
${error ? html`<div class="error-summary" role="alert"><h2>${t.errorTitle}</h2><p>${error}</p></div>` : ''}
<form method="post" action="${PATHS[lang]}">
  <input type="hidden" name="next" value="${next}">
  <label for="username">${t.username}</label>
  <input type="text" id="username" name="username" autocomplete="username" required value="${username}"${raw(error ? ' aria-invalid="true"' : '')}>
  <label for="password">${t.password}</label>
  <input type="password" id="password" name="password" autocomplete="current-password" required>
  <label for="totp">${t.totp}</label>
  <input type="text" id="totp" name="totp" inputmode="numeric" autocomplete="one-time-code">
  <button type="submit">${t.submit}</button>
</form>`;
  const alternates = Object.fromEntries(
    Object.entries(PATHS).map(([l, p]) => [l, `${p}?next=${encodeURIComponent(next)}`]),
  ) as Alternates;
  reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8');
  return page({ lang, title: t.title, alternates, body, noStore: true });
}

export default async function loginPageRoutes(app: App) {
  for (const lang of ['fi', 'sv', 'en'] as Lang[]) {
    app.get(
      PATHS[lang],
      {
        config: { action: 'publicPage.read' },
        schema: { hide: true, querystring: z.object({ next: z.string().max(300).optional() }) },
      },
      async (request, reply) => render(reply, lang, safeNext(request.query.next)),
    );
    app.post(
      PATHS[lang],
      {
        config: { action: 'publicPage.read', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          hide: true,
          body: z.object({
            username: z.string().max(64).default(''),
            password: z.string().max(1024).default(''),
            totp: z.string().max(12).optional(),
            next: z.string().max(300).optional(),
          }),
        },
      },
      async (request, reply) => {
        const { username, password, totp, next } = request.body;
        const target = safeNext(next);
        try {
          const userId = await authenticate(app, { username, password, totp: totp || undefined });
          await startSession(app, reply, userId);
          return reply.redirect(target, 303);
        } catch (error) {
          if (error instanceof AppError)
            return render(reply, lang, target, error.statusCode, localize(error.localized, lang), username);
          throw error;
        }
      },
    );
  }
}
