import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as OTPAuth from 'otpauth';
import { createTestApp, type TestContext } from '../../test/app.js';
import { adjustableClock } from '../../domain/clock/index.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('login and session', () => {
  it('logs in, returns the user with roles and a CSRF token, sets an httpOnly SameSite cookie', async () => {
    const res = await ctx.anonymous.post('/api/auth/login', {
      username: 'sosiaalityontekija',
      password: 'osallinen-demo',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.username).toBe('sosiaalityontekija');
    expect(body.user.roles).toEqual([
      expect.objectContaining({ role: 'sosiaalityontekija', unitName: 'Aikuissosiaalityö, Keskusta' }),
    ]);
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/osallinen_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
  });

  it('gives the same 401 for a wrong username and a wrong password', async () => {
    const a = await ctx.anonymous.post('/api/auth/login', { username: 'eiole', password: 'osallinen-demo' });
    const b = await ctx.anonymous.post('/api/auth/login', { username: 'esihenkilo', password: 'wrong-password' });
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json()).toEqual(b.json());
    expect(a.json().error.code).toBe('invalid_credentials');
  });

  it('answers in the language the request asks for', async () => {
    const sv = await ctx.anonymous.post(
      '/api/auth/login',
      { username: 'x1', password: 'y' },
      { 'accept-language': 'sv-FI,sv;q=0.9' },
    );
    expect(sv.json().error.message).toBe('Användarnamnet eller lösenordet är fel.');
    const en = await ctx.anonymous.post('/api/auth/login', { username: 'x1', password: 'y' }, { cookie: 'lang=en' });
    expect(en.json().error.message).toBe('Wrong username or password.');
  });

  it('throttles repeated failures for one username with 429, even with the right password', async () => {
    for (let i = 0; i < ctx.config.loginMaxFailures; i++) {
      const r = await ctx.anonymous.post('/api/auth/login', {
        username: 'kokemusasiantuntija',
        password: `wrong-${i}`,
      });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await ctx.anonymous.post('/api/auth/login', {
      username: 'kokemusasiantuntija',
      password: 'osallinen-demo',
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('too_many_attempts');
    // Other usernames are not affected.
    const other = await ctx.anonymous.post('/api/auth/login', { username: 'esihenkilo', password: 'osallinen-demo' });
    expect(other.statusCode).toBe(200);
  });

  it('holds the limit under parallel attempts: 20 wrong passwords at once get at most the limit of 401s', async () => {
    // An app of its own: the per-address rate limit of the login route must not be what stops them.
    const own = await createTestApp();
    try {
      const attempts = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          own.anonymous.post('/api/auth/login', { username: 'sosiaaliohjaaja', password: `wrong-parallel-${i}` }),
        ),
      );
      const codes = attempts.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 401)).toHaveLength(own.config.loginMaxFailures);
      expect(codes.filter((c) => c === 429)).toHaveLength(20 - own.config.loginMaxFailures);
    } finally {
      await own.close();
    }
  });

  it('GET /api/me is 401 without a session and returns the user with one', async () => {
    const anon = await ctx.anonymous.get('/api/me');
    expect(anon.statusCode).toBe(401);
    expect(anon.json().error.code).toBe('unauthenticated');
    const agent = await ctx.login('asiakas');
    const me = await agent.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().clientId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logout ends the session; it needs the CSRF token', async () => {
    const agent = await ctx.login('sosiaaliohjaaja');
    const noToken = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: agent.cookie! },
    });
    expect(noToken.statusCode).toBe(403);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    const out = await agent.post('/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect((await agent.get('/api/me')).statusCode).toBe(401);
  });

  it('expires sessions after the idle limit', async () => {
    const agent = await ctx.login('esihenkilo');
    await ctx.database.db
      .updateTable('session')
      .set({ last_seen_at: new Date(Date.now() - (ctx.config.sessionIdleMinutes + 1) * 60_000) })
      .execute();
    expect((await agent.get('/api/me')).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request with a session cookie but no token, and changes nothing', async () => {
    const agent = await ctx.login('yllapitaja');
    const before = await agent.get('/api/admin/organisations');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/organisations',
      headers: { cookie: agent.cookie! },
      payload: { name: 'CSRF-testi', kind: 'kunta', population: 1 },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
    const wrong = await agent.post(
      '/api/admin/organisations',
      { name: 'CSRF-testi', kind: 'kunta', population: 1 },
      { 'x-csrf-token': 'nope' },
    );
    expect(wrong.statusCode).toBe(403);
    const after = await agent.get('/api/admin/organisations');
    expect(after.json().organisations).toEqual(before.json().organisations);
  });

  it('GET /api/auth/csrf returns the session token', async () => {
    const agent = await ctx.login('sosiaalityontekija');
    const res = await agent.get('/api/auth/csrf');
    expect(res.json().token).toBe(agent.csrf);
    expect((await ctx.anonymous.get('/api/auth/csrf')).json().token).toBeNull();
  });
});

describe('password change', () => {
  it('validates, changes the password and ends other sessions', async () => {
    const a = await ctx.login('sosiaalityontekija2');
    const b = await ctx.login('sosiaalityontekija2');
    const short = await a.post('/api/auth/password', { currentPassword: 'osallinen-demo', newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields[0]).toEqual({ path: 'newPassword', message: 'Vähintään 12 merkkiä.' });
    const wrongCurrent = await a.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'uusi-salasana-123',
    });
    expect(wrongCurrent.statusCode).toBe(400);
    const ok = await a.post('/api/auth/password', {
      currentPassword: 'osallinen-demo',
      newPassword: 'uusi-salasana-123',
    });
    expect(ok.statusCode).toBe(204);
    expect((await a.get('/api/me')).statusCode).toBe(200);
    expect((await b.get('/api/me')).statusCode).toBe(401);
    await ctx.login('sosiaalityontekija2', 'uusi-salasana-123');
  });
});

describe('TOTP second factor', () => {
  it('enables TOTP with a valid code, then login requires a code, and each code works once', async () => {
    // A clock the test moves on by one TOTP period at a time.
    const clock = adjustableClock('2027-03-01T08:00:00Z');
    const own = await createTestApp({}, { clock });
    try {
      const agent = await own.login('esihenkilo');
      const setup = await agent.post('/api/auth/totp/setup');
      expect(setup.statusCode).toBe(200);
      const { secret, qrSvg } = setup.json();
      expect(qrSvg).toContain('<svg');
      const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });
      const code = () => totp.generate({ timestamp: clock.now().getTime() });
      expect(
        (await agent.post('/api/auth/totp/enable', { code: code() === '000000' ? '111111' : '000000' })).statusCode,
      ).toBe(400);
      expect((await agent.post('/api/auth/totp/enable', { code: code() })).statusCode).toBe(204);

      const login = (totpCode?: string) =>
        own.anonymous.post('/api/auth/login', { username: 'esihenkilo', password: 'osallinen-demo', totp: totpCode });
      const noCode = await login();
      expect(noCode.statusCode).toBe(401);
      expect(noCode.json().error.code).toBe('totp_required');
      // The code that enabled TOTP was used already.
      expect((await login(code())).json().error.code).toBe('totp_invalid');
      clock.advance(30_000);
      const fresh = code();
      const withCode = await login(fresh);
      expect(withCode.statusCode).toBe(200);
      expect(withCode.json().user.totpEnabled).toBe(true);
      // Replaying the same code — from a shoulder-surfer or a proxy log — is refused.
      const replay = await login(fresh);
      expect(replay.statusCode).toBe(401);
      expect(replay.json().error.code).toBe('totp_invalid');

      // Turning it off needs the password as well as a fresh code.
      clock.advance(30_000);
      const noPassword = await agent.post('/api/auth/totp/disable', { code: code() });
      expect(noPassword.statusCode).toBe(400);
      const wrongPassword = await agent.post('/api/auth/totp/disable', { code: code(), password: 'arvaus' });
      expect(wrongPassword.statusCode).toBe(400);
      expect(wrongPassword.json().error.fields[0].path).toBe('password');
      const off = await agent.post('/api/auth/totp/disable', { code: code(), password: 'osallinen-demo' });
      expect(off.statusCode).toBe(204);
      expect((await login()).statusCode).toBe(200);
    } finally {
      await own.close();
    }
  });

  it('is for staff only: a client account cannot set it up', async () => {
    const client = await ctx.login('asiakas');
    expect((await client.post('/api/auth/totp/setup')).statusCode).toBe(403);
  });
});

describe('headers and errors', () => {
  it('sends security headers with a CSP that has no unsafe-inline scripts', async () => {
    const res = await ctx.anonymous.get('/api/health');
    expect(res.json()).toEqual({ status: 'ok', database: ctx.database.kind });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('rejects oversized bodies with 413 and a localized JSON error', async () => {
    const res = await ctx.anonymous.post('/api/auth/login', { username: 'x', password: 'y'.repeat(1_100_000) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({ code: 'payload_too_large', message: 'Lähetetty tieto on liian suuri.' });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await ctx.anonymous.get('/api/does-not-exist');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('names the invalid fields in the user language', async () => {
    const res = await ctx.anonymous.post('/api/auth/login', { username: '' }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .error.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(['password', 'username']);
    expect(res.json().error.fields.find((f: { path: string }) => f.path === 'username').message).toBe(
      'This is required.',
    );
  });
});
