import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app.js';
import { safeNext } from './pages.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const form = (fields: Record<string, string>) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

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
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/kirjaudu',
      ...form({ username: 'asiakas', password: 'väärä', next: '/asiointi/suunnitelma' }),
    });
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('Käyttäjätunnus tai salasana on väärin.');
    expect(res.body).toContain('value="asiakas"');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('logs in, redirects to the requested page, and the no-JS portal page opens with the session', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/kirjaudu',
      ...form({ username: 'asiakas', password: 'osallinen-demo', next: '/asiointi/katselut' }),
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
