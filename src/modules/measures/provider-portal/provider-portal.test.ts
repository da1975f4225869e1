import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { demoUnits, newClient, pathWithAgreement, providerId as providerOf, userId } from '../testing.js';

let ctx: TestContext;
let ohjaaja: Agent;
let units: { main: string; other: string };
let providerId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  ohjaaja = await ctx.login('sosiaaliohjaaja');
  units = await demoUnits(ctx);
  providerId = await providerOf(ohjaaja);
});
afterAll(() => ctx.close());

describe('provider account', () => {
  it('sees only its own provider’s agreements, with first name and initial only, and enters attendance', async () => {
    const clientId = await newClient(ctx, units.main, 'Pirkko', 'Polkunen');
    const { agreementId } = await pathWithAgreement(ohjaaja, clientId, providerId);
    // An agreement with another provider is invisible.
    const other = await newClient(ctx, units.main, 'Matti', 'Muualla');
    const otherAg = await pathWithAgreement(ohjaaja, other, await providerOf(ohjaaja, 'Kunnan puistotoimi'));

    const provider = await ctx.login('tyotoiminta');
    const me = await provider.get('/api/work-activity/provider/me');
    expect(me.json().providers).toEqual([{ id: providerId, name: 'Työpaja Verstas' }]);
    const list = await provider.get('/api/work-activity/provider/agreements');
    expect(list.statusCode).toBe(200);
    const mine = list.json().agreements.find((a: { id: string }) => a.id === agreementId);
    expect(mine.participant).toBe('Pirkko P.');
    expect(JSON.stringify(list.json())).not.toContain('Polkunen');
    expect(JSON.stringify(list.json())).not.toContain(clientId);
    expect(JSON.stringify(list.json())).not.toContain('Päivärytmi'); // goals stay with the counsellor
    expect(list.json().agreements.some((a: { id: string }) => a.id === otherAg.agreementId)).toBe(false);

    const base = `/api/work-activity/provider/agreements/${agreementId}/attendance`;
    const put = await provider.put(`${base}/2026-03-05`, { attended: false, absenceReason: 'sick' });
    expect(put.statusCode).toBe(200);
    const task = await ctx.app.db
      .selectFrom('task')
      .select(['assignee_id', 'kind'])
      .where('source_id', '=', put.json().id)
      .executeTakeFirstOrThrow();
    expect(task).toEqual({ assignee_id: await userId(ctx, 'sosiaaliohjaaja'), kind: 'work-activity.absence' });
    const days = (await provider.get(`${base}?month=2026-03`)).json().attendance;
    expect(days).toEqual([expect.objectContaining({ day: '2026-03-05', attended: false, absenceReason: 'sick' })]);
    expect(days[0]).not.toHaveProperty('absenceNote');
    expect(days[0]).not.toHaveProperty('teInformedAt');

    const otherBase = `/api/work-activity/provider/agreements/${otherAg.agreementId}/attendance`;
    expect((await provider.get(otherBase)).statusCode).toBe(403);
    expect((await provider.put(`${otherBase}/2026-03-05`, { attended: true, hours: 4 })).statusCode).toBe(403);
    expect((await provider.get(`/api/clients/${clientId}/work-activity/paths`)).statusCode).toBe(403);
    expect((await provider.get('/api/work-activity/providers')).statusCode).toBe(403);
    expect((await provider.get('/api/work-activity/allowances?month=2026-03')).statusCode).toBe(403);
  });

  it('a denied attempt at another provider’s agreement is in the use log, with the client', async () => {
    const clientId = await newClient(ctx, units.main);
    const { agreementId } = await pathWithAgreement(
      ohjaaja,
      clientId,
      await providerOf(ohjaaja, 'Seurakunnan keittiö'),
    );
    const provider = await ctx.login('tyotoiminta');
    expect((await provider.get(`/api/work-activity/provider/agreements/${agreementId}/attendance`)).statusCode).toBe(
      403,
    );
    const denied = await ctx.app.db
      .selectFrom('audit_log')
      .select(['action', 'subject_type', 'subject_id', 'actor_username'])
      .where('client_id', '=', clientId)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toEqual([
      {
        action: 'workActivity.providerAttendance.read',
        subject_type: 'workActivityAgreement',
        subject_id: agreementId,
        actor_username: 'tyotoiminta',
      },
    ]);
    expect(
      (await provider.get('/api/work-activity/provider/agreements/8f4e0c3a-5b1d-4c2e-9a7f-1d2e3f4a5b6c/attendance'))
        .statusCode,
    ).toBe(404);
  });

  it('a staff member who is not linked to the provider gets 403 in the provider portal', async () => {
    const clientId = await newClient(ctx, units.main);
    const { agreementId } = await pathWithAgreement(ohjaaja, clientId, providerId);
    const res = await ohjaaja.get(`/api/work-activity/provider/agreements/${agreementId}/attendance`);
    expect(res.statusCode).toBe(403);
    expect((await ohjaaja.get('/api/work-activity/provider/agreements')).json().agreements).toEqual([]);
    expect((await ohjaaja.get('/api/work-activity/provider/me')).json().providers).toEqual([]);
  });
});
