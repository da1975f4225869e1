// Administration: the rules that keep an administrator from reaching client data by themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../test/app.js';

let ctx: TestContext;
let admin: Agent;
let unitId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await ctx.login('yllapitaja');
  unitId = (
    await ctx.database.db
      .selectFrom('unit')
      .select('id')
      .where('name', '=', 'Aikuissosiaalityö, Keskusta')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => ctx?.close());

const events = (action: string) =>
  ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();

describe('roles', () => {
  it('an administrator cannot grant a role to themselves, and changes nothing trying', async () => {
    const me = (await admin.get('/api/admin/users?q=yllapitaja')).json().users[0];
    const res = await admin.patch(`/api/admin/users/${me.id}`, {
      roles: [
        ...me.roles.map((r: { unitId: string; role: string }) => ({ unitId: r.unitId, role: r.role })),
        { unitId, role: 'sosiaalityontekija' },
      ],
      version: me.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('roles');
    const after = (await admin.get('/api/admin/users?q=yllapitaja')).json().users[0];
    expect(after.roles).toEqual(me.roles);
    expect(after.version).toBe(me.version);
  });

  it('writes one use-log event for each granted role that reaches client data', async () => {
    const before = (await events('user.role.grant')).length;
    const created = await admin.post('/api/admin/users', {
      username: `rooli${Date.now()}`,
      displayName: 'Rooli Testi',
      roles: [
        { unitId, role: 'sosiaaliohjaaja' },
        { unitId, role: 'kokemusasiantuntija' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const user = created.json().user;
    // No password from the administrator: a one-time code for the letter instead.
    expect(created.json().invitation.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const grants = (await events('user.role.grant')).slice(before);
    // The counsellor's role reaches client data; the expert by experience's does not.
    expect(grants.map((g) => g.subject_id)).toEqual([`${user.id}:${unitId}:sosiaaliohjaaja`]);
    const again = await admin.patch(`/api/admin/users/${user.id}`, {
      roles: [
        { unitId, role: 'sosiaaliohjaaja' },
        { unitId, role: 'etuuskasittelija' },
      ],
      version: user.version,
    });
    expect(again.statusCode).toBe(200);
    const more = (await events('user.role.grant')).slice(before + 1);
    expect(more.map((g) => g.subject_id)).toEqual([`${user.id}:${unitId}:etuuskasittelija`]);
    expect(more[0].actor_username).toBe('yllapitaja');
  });
});

describe('password reset', () => {
  it('the administrator cannot set a password; a one-time code lets the user choose their own', async () => {
    const target = (await admin.get('/api/admin/users?q=sosiaalityontekija2')).json().users[0];
    const setByAdmin = await admin.patch(`/api/admin/users/${target.id}`, {
      password: 'yllapitajan-valitsema',
      version: target.version,
    });
    expect(setByAdmin.statusCode).toBe(400);

    const reset = await admin.post(`/api/admin/users/${target.id}/password-reset`);
    expect(reset.statusCode).toBe(201);
    const { code } = reset.json().invitation;
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(code).not.toMatch(/[01ILO]/);
    expect((await events('user.passwordReset')).at(-1)?.subject_id).toBe(target.id);

    const form = (fields: Record<string, string>) =>
      ctx.app.inject({
        method: 'POST',
        url: '/aktivoi',
        payload: new URLSearchParams(fields).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    const password = 'oma-uusi-salasana-42';
    // Someone else's username with the code: refused.
    expect((await form({ username: 'esihenkilo', code, password, repeat: password })).statusCode).toBe(400);
    // Too short, or not repeated the same: refused, and the code still works afterwards.
    expect((await form({ username: 'sosiaalityontekija2', code, password: 'lyhyt', repeat: 'lyhyt' })).statusCode).toBe(
      400,
    );
    const ok = await form({
      username: 'sosiaalityontekija2',
      code: code.toLowerCase().replace(/-/g, ' '),
      password,
      repeat: password,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('Salasana on tallennettu');
    await ctx.login('sosiaalityontekija2', password);
    // The code works once.
    const reused = await form({
      username: 'sosiaalityontekija2',
      code,
      password: 'toinen-salasana-99',
      repeat: 'toinen-salasana-99',
    });
    expect(reused.statusCode).toBe(400);
    expect((await events('account.activate')).at(-1)?.subject_id).toBe(target.id);
  });

  it('a new code cancels the earlier one', async () => {
    const target = (await admin.get('/api/admin/users?q=kokemusasiantuntija')).json().users[0];
    const first = (await admin.post(`/api/admin/users/${target.id}/password-reset`)).json().invitation.code;
    await admin.post(`/api/admin/users/${target.id}/password-reset`);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/en/activate',
      payload: new URLSearchParams({
        username: 'kokemusasiantuntija',
        code: first,
        password: 'uusi-salasana-123',
        repeat: 'uusi-salasana-123',
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('has been used or has expired');
  });
});
