import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app.js';
import { safeNext } from './pages.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const form = (fields: Record<string, string>, headers: Record<string, string> = {}) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
});

/** Opens the form as a browser would: its token and the matching cookie. */
async function openForm(url = '/kirjaudu') {
  const res = await ctx.app.inject({ method: 'GET', url });
  const token = /name="form" value="([^"]+)"/.exec(res.body)![1];
  const cookie = res.cookies.find((c) => c.name === 'osallinen_login_form')!;
  expect(cookie.sameSite).toBe('Strict');
  return { token, cookie: `osallinen_login_form=${cookie.value}` };
}

describe('login without JavaScript', () => {
  it('shows a plain form in Finnish, Swedish and English', async () => {
    for (const [url, heading] of [
      ['/kirjaudu', 'Kirjaudu sisään'],
      ['/sv/logga-in', 'Logga in'],
      ['/en/login', 'Log in'],
    ]) {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`<h1>${heading}</h1>`);
      expect(res.body).toMatch(/<form method="post"/);
      expect(res.body).not.toContain('<script');
    }
  });

  it('re-renders with the error and sets no cookie on wrong credentials', async () => {
    const { token, cookie } = await openForm();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/kirjaudu',
      ...form({ username: 'asiakas', password: 'väärä', next: '/asiointi/suunnitelma', form: token }, { cookie }),
    });
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('Käyttäjätunnus tai salasana on väärin.');
    expect(res.body).toContain('value="asiakas"');
    expect(res.cookies.find((c) => c.name === 'osallinen_session')).toBeUndefined();
  });

  it('logs in, redirects to the requested page, and the no-JS portal page opens with the session', async () => {
    const { token, cookie: formCookie } = await openForm();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/kirjaudu',
      ...form(
        { username: 'asiakas', password: 'osallinen-demo', next: '/asiointi/katselut', form: token },
        { cookie: formCookie, origin: 'http://localhost:80' },
      ),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/asiointi/katselut');
    const cookie = res.cookies.find((c) => c.name === 'osallinen_session')!;
    expect(cookie.httpOnly).toBe(true);
    const pageRes = await ctx.app.inject({
      method: 'GET',
      url: '/asiointi/suunnitelma',
      headers: { cookie: `osallinen_session=${cookie.value}` },
    });
    expect(pageRes.statusCode).toBe(200);
  });

  it('refuses a login posted from another site or without the form token (login CSRF), and logs no one in', async () => {
    const { token, cookie } = await openForm();
    const creds = { username: 'asiakas', password: 'osallinen-demo', next: '/asiointi/suunnitelma' };
    const noToken = await ctx.app.inject({ method: 'POST', url: '/kirjaudu', ...form(creds) });
    const foreign = await ctx.app.inject({
      method: 'POST',
      url: '/kirjaudu',
      ...form({ ...creds, form: token }, { cookie, origin: 'https://evil.example' }),
    });
    const wrongToken = await ctx.app.inject({
      method: 'POST',
      url: '/sv/logga-in',
      ...form({ ...creds, form: 'x'.repeat(token.length) }, { cookie }),
    });
    for (const res of [noToken, foreign, wrongToken]) {
      expect(res.statusCode).toBe(403);
      expect(res.cookies.find((c) => c.name === 'osallinen_session')).toBeUndefined();
    }
    expect(noToken.body).toContain('Lomake oli vanhentunut');
    expect(wrongToken.body).toContain('Formuläret hade gått ut');
  });

  it('sends a visitor without a session from a portal page to this form and back', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/asiointi/suunnitelma' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/kirjaudu?next=%2Fasiointi%2Fsuunnitelma');
  });

  it('never redirects to another site', () => {
    expect(safeNext('//evil.example/x')).toBe('/asiointi/suunnitelma');
    expect(safeNext('https://evil.example/')).toBe('/asiointi/suunnitelma');
    expect(safeNext('/\\evil.example')).toBe('/asiointi/suunnitelma');
    expect(safeNext('/oma/')).toBe('/oma/');
  });
});
