// A server-rendered login form for people without JavaScript (cheap phones, locked-down kiosks,
// some screen-reader setups). It uses the same credential check and session as the app's login and
// leads to the server-rendered pages of the client portal (/asiointi/…) or any same-site path.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { App } from '../types.js';
import { defineMessages, type Lang } from '../../shared/i18n.js';
import { AppError, localize } from '../errors.js';
import { html, page, raw, type Alternates } from '../pages/html.js';
import { authenticate, startSession } from './routes.js';

const PATHS: Alternates = { fi: '/kirjaudu', sv: '/sv/logga-in', en: '/en/login' };
// Login CSRF: another site must not be able to post its own credentials through a visitor's browser
// (the visitor would then work in the attacker's account). The form carries a token that must match
// a SameSite=Strict cookie set when the form was shown, and a foreign Origin is refused.
const FORM_COOKIE = 'osallinen_login_form';
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
    expired: 'Lomake oli vanhentunut tai se lähetettiin toiselta sivustolta. Kirjaudu uudelleen tällä lomakkeella.',
  },
  sv: {
    title: 'Logga in',
    intro: 'Den här inloggningssidan fungerar utan JavaScript. Efter inloggningen ser du din plan.',
    username: 'Användarnamn',
    password: 'Lösenord',
    totp: 'Engångskod (om den används)',
    submit: 'Logga in',
    errorTitle: 'Inloggningen misslyckades',
    expired:
      'Formuläret hade gått ut eller skickades från en annan webbplats. Logga in på nytt med det här formuläret.',
  },
  en: {
    title: 'Log in',
    intro: 'This login page works without JavaScript. After logging in you will see your plan.',
    username: 'Username',
    password: 'Password',
    totp: 'One-time code (if in use)',
    submit: 'Log in',
    errorTitle: 'Login failed',
    expired: 'The form had expired or was sent from another site. Please log in again with this form.',
  },
});

/** Only same-site paths: never an open redirect to another site. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?!\/)[\w\-/.?=&%]*$/.test(next) && !next.includes('\\') ? next : DEFAULT_NEXT;
}

function render(
  reply: FastifyReply,
  cookieSecure: boolean,
  lang: Lang,
  next: string,
  status = 200,
  error?: string,
  username = '',
) {
  const t = text[lang];
  const token = randomBytes(24).toString('base64url');
  reply.setCookie(FORM_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: cookieSecure });
  const body = html`<h1>${t.title}</h1>
<p>${t.intro}</p>
${error ? html`<div class="error-summary" role="alert"><h2>${t.errorTitle}</h2><p>${error}</p></div>` : ''}
<form method="post" action="${PATHS[lang]}">
  <input type="hidden" name="next" value="${next}">
  <input type="hidden" name="form" value="${token}">
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

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** A browser tells where a form was sent from; an Origin of another site is refused. */
function foreignOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return false;
  try {
    const own = new URL(`${new URL(origin).protocol}//${host ?? ''}`).host;
    return new URL(origin).host !== own;
  } catch {
    return true;
  }
}

export default async function loginPageRoutes(app: App) {
  const secure = app.config.cookieSecure;
  for (const lang of ['fi', 'sv', 'en'] as Lang[]) {
    app.get(
      PATHS[lang],
      {
        config: { action: 'publicPage.read' },
        schema: { hide: true, querystring: z.object({ next: z.string().max(300).optional() }) },
      },
      async (request, reply) => render(reply, secure, lang, safeNext(request.query.next)),
    );
    app.post(
      PATHS[lang],
      {
        config: { action: 'auth.login', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          hide: true,
          body: z.object({
            username: z.string().max(64).default(''),
            password: z.string().max(1024).default(''),
            totp: z.string().max(12).optional(),
            next: z.string().max(300).optional(),
            form: z.string().max(100).optional(),
          }),
        },
      },
      async (request, reply) => {
        const { username, password, totp, next, form } = request.body;
        const target = safeNext(next);
        if (foreignOrigin(request.headers.origin, request.host) || !sameToken(form, request.cookies[FORM_COOKIE]))
          return render(reply, secure, lang, target, 403, text[lang].expired, username);
        try {
          const userId = await authenticate(app, { username, password, totp: totp || undefined });
          await startSession(app, reply, userId);
          return reply.redirect(target, 303);
        } catch (error) {
          if (error instanceof AppError)
            return render(reply, secure, lang, target, error.statusCode, localize(error.localized, lang), username);
          throw error;
        }
      },
    );
  }
}
