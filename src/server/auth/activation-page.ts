// The page where a person sets their own password with the one-time code of their letter: a staff
// member after a password reset, a client given portal access. Server-rendered and works without
// JavaScript (the letter may be read on a cheap phone).
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { App } from '../types.js';
import { defineMessages, type Lang } from '../../shared/i18n.js';
import { MIN_PASSWORD_LENGTH } from '../../shared/contracts/foundation/auth.js';
import { isStorableText } from '../../shared/contracts/common.js';
import { html, page, type Alternates } from '../pages/html.js';
import { audit } from '../audit/audit.js';
import { redeemInvitation } from './invitations.js';

export const ACTIVATION_PATHS: Alternates = { fi: '/aktivoi', sv: '/sv/aktivera', en: '/en/activate' };
const LOGIN_PATHS: Alternates = { fi: '/kirjaudu', sv: '/sv/logga-in', en: '/en/login' };

const text = defineMessages({
  fi: {
    title: 'Aseta salasana',
    intro: 'Kirjoita käyttäjätunnuksesi ja kirjeen kertakäyttökoodi, ja valitse itsellesi salasana.',
    username: 'Käyttäjätunnus',
    code: 'Kertakäyttökoodi',
    codeHint: 'Kirjeessä, esimerkiksi ABCD-EFGH-JKMN. Isot ja pienet kirjaimet käyvät.',
    password: 'Uusi salasana',
    passwordHint: `Vähintään ${MIN_PASSWORD_LENGTH} merkkiä. Pitkä lause on hyvä salasana.`,
    repeat: 'Uusi salasana uudelleen',
    submit: 'Tallenna salasana',
    errorTitle: 'Salasanaa ei tallennettu',
    invalid: 'Käyttäjätunnus tai koodi ei kelpaa, tai koodi on jo käytetty tai vanhentunut.',
    short: `Salasanassa pitää olla vähintään ${MIN_PASSWORD_LENGTH} merkkiä.`,
    mismatch: 'Salasanat eivät ole samat.',
    done: 'Salasana on tallennettu. Voit nyt kirjautua.',
    toLogin: 'Kirjaudu',
  },
  sv: {
    title: 'Välj lösenord',
    intro: 'Skriv ditt användarnamn och engångskoden i brevet, och välj ett lösenord.',
    username: 'Användarnamn',
    code: 'Engångskod',
    codeHint: 'I brevet, till exempel ABCD-EFGH-JKMN. Stora och små bokstäver går bra.',
    password: 'Nytt lösenord',
    passwordHint: `Minst ${MIN_PASSWORD_LENGTH} tecken. En lång mening är ett bra lösenord.`,
    repeat: 'Nytt lösenord en gång till',
    submit: 'Spara lösenordet',
    errorTitle: 'Lösenordet sparades inte',
    invalid: 'Användarnamnet eller koden duger inte, eller koden har redan använts eller gått ut.',
    short: `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken.`,
    mismatch: 'Lösenorden är inte lika.',
    done: 'Lösenordet har sparats. Du kan nu logga in.',
    toLogin: 'Logga in',
  },
  en: {
    title: 'Set your password',
    intro: 'Type your username and the one-time code from your letter, and choose a password.',
    username: 'Username',
    code: 'One-time code',
    codeHint: 'In the letter, for example ABCD-EFGH-JKMN. Capital or small letters both work.',
    password: 'New password',
    passwordHint: `At least ${MIN_PASSWORD_LENGTH} characters. A long sentence makes a good password.`,
    repeat: 'New password again',
    submit: 'Save the password',
    errorTitle: 'The password was not saved',
    invalid: 'The username or code is not valid, or the code has been used or has expired.',
    short: `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    mismatch: 'The passwords are not the same.',
    done: 'Your password is saved. You can now log in.',
    toLogin: 'Log in',
  },
});

function render(reply: FastifyReply, lang: Lang, status = 200, error?: string, username = '') {
  const t = text[lang];
  const body = html`<h1>${t.title}</h1>
<p>${t.intro}</p>
${error ? html`<div class="error-summary" role="alert" data-qa="activation-error"><h2>${t.errorTitle}</h2><p>${error}</p></div>` : ''}
<form method="post" action="${ACTIVATION_PATHS[lang]}" data-qa="activation-form">
  <label for="username">${t.username}</label>
  <input type="text" id="username" name="username" autocomplete="username" required value="${username}">
  <label for="code">${t.code}</label>
  <p class="hint" id="code-hint">${t.codeHint}</p>
  <input type="text" id="code" name="code" autocomplete="one-time-code" autocapitalize="characters" aria-describedby="code-hint" required>
  <label for="password">${t.password}</label>
  <p class="hint" id="password-hint">${t.passwordHint}</p>
  <input type="password" id="password" name="password" autocomplete="new-password" aria-describedby="password-hint" required>
  <label for="repeat">${t.repeat}</label>
  <input type="password" id="repeat" name="repeat" autocomplete="new-password" required>
  <button type="submit">${t.submit}</button>
</form>`;
  reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8');
  return page({ lang, title: t.title, alternates: ACTIVATION_PATHS, body, noStore: true });
}

export default async function activationPageRoutes(app: App) {
  for (const lang of ['fi', 'sv', 'en'] as Lang[]) {
    app.get(
      ACTIVATION_PATHS[lang],
      { config: { action: 'publicPage.read' }, schema: { hide: true } },
      async (_request, reply) => render(reply, lang),
    );
    app.post(
      ACTIVATION_PATHS[lang],
      {
        config: { action: 'account.activate', rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          hide: true,
          body: z.object({
            username: z.string().max(64).default(''),
            code: z.string().max(40).default(''),
            password: z.string().max(200).default(''),
            repeat: z.string().max(200).default(''),
          }),
        },
      },
      async (request, reply) => {
        const t = text[lang];
        const { username, code, password, repeat } = request.body;
        if (password.length < MIN_PASSWORD_LENGTH || !isStorableText(password))
          return render(reply, lang, 400, t.short, username);
        if (password !== repeat) return render(reply, lang, 400, t.mismatch, username);
        const userId = await app.db.transaction().execute(async (trx) => {
          const id = await redeemInvitation(trx, { username, code, password, clock: app.clock });
          if (id)
            await audit(trx, {
              actor: { id, username: username.trim().toLowerCase() },
              action: 'account.activate',
              subjectType: 'app_user',
              subjectId: id,
              purpose: 'oma tili',
            });
          return id;
        });
        if (!userId) return render(reply, lang, 400, t.invalid, username);
        const body = html`<h1>${t.title}</h1>
<p role="status" data-qa="activation-done">${t.done}</p>
<p><a href="${LOGIN_PATHS[lang]}">${t.toLogin}</a></p>`;
        reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
        return page({ lang, title: t.title, alternates: ACTIVATION_PATHS, body, noStore: true });
      },
    );
  }
}
