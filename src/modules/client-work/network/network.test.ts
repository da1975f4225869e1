import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { fixedClock } from '../../../domain/clock/index.js';

/** The app's today: "not in the future", defaults and deadlines are counted from it. */
const TODAY = '2027-03-01';
let ctx: TestContext;
let sw: Agent;

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: fixedClock(TODAY) });
  sw = await ctx.login('sosiaalityontekija');
});
afterAll(async () => ctx?.close());

async function newClient() {
  return (await sw.post('/api/clients', { firstName: 'Verkosto', lastName: 'Asiakas', confirmDuplicate: true })).json()
    .client.id as string;
}
const person = {
  name: 'Maija Sisko',
  relationship: 'sisar',
  supportRole: 'Auttaa asioinnissa',
  ownSupportNeeds: 'Uupunut',
};

describe('close-network mapping (SHL 43 §)', () => {
  it('is blocked without a consent, with a clear message', async () => {
    const clientId = await newClient();
    const res = await sw.post(`/api/clients/${clientId}/network/persons`, person);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('network_consent_required');
    expect(res.json().error.message).toMatch(/suostumusta/);
    const count = await ctx.database.db
      .selectFrom('network_person')
      .select('id')
      .where('client_id', '=', clientId)
      .execute();
    expect(count).toEqual([]);
  });

  it('works after a consent, and is blocked again once the consent is withdrawn', async () => {
    const clientId = await newClient();
    const today = TODAY;
    const missingGiver = await sw.post(`/api/clients/${clientId}/network/consents`, {
      basis: 'consent',
      givenOn: today,
      scope: 'Läheisverkoston kartoitus',
    });
    expect(missingGiver.json().error.fields[0].path).toBe('givenBy');
    const c = await sw.post(`/api/clients/${clientId}/network/consents`, {
      basis: 'consent',
      givenOn: today,
      givenBy: 'Asiakas itse',
      scope: 'Läheisverkoston kartoitus',
    });
    expect(c.statusCode, c.body).toBe(201);
    const p = await sw.post(`/api/clients/${clientId}/network/persons`, person);
    expect(p.statusCode, p.body).toBe(201);
    expect(p.json().person).toMatchObject({ ...person, consentId: c.json().consent.id });
    const edit = await sw.patch(`/api/clients/${clientId}/network/persons/${p.json().person.id}`, {
      ...person,
      relationship: 'sisko',
      version: 1,
    });
    expect(edit.statusCode).toBe(200);
    const stale = await sw.patch(`/api/clients/${clientId}/network/persons/${p.json().person.id}`, {
      ...person,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const w = await sw.post(`/api/clients/${clientId}/network/consents/${c.json().consent.id}/withdraw`, {
      withdrawnAt: today,
    });
    expect(w.statusCode).toBe(200);
    expect(w.json().consent.withdrawnAt).toBe(today);
    const blocked = await sw.post(`/api/clients/${clientId}/network/persons`, person);
    expect(blocked.json().error.code).toBe('network_consent_required');
    const read = await sw.get(`/api/clients/${clientId}/network`);
    expect(read.json()).toMatchObject({ canMap: false, persons: [expect.objectContaining({ relationship: 'sisko' })] });
  });

  it('allows a statutory exception only with a written justification', async () => {
    const clientId = await newClient();
    const today = TODAY;
    const bare = await sw.post(`/api/clients/${clientId}/network/consents`, {
      basis: 'exception-unable-to-care',
      givenOn: today,
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields[0].path).toBe('justification');
    const ok = await sw.post(`/api/clients/${clientId}/network/consents`, {
      basis: 'exception-child-interest',
      givenOn: today,
      justification: 'Lapsen edun vuoksi välttämätöntä.',
    });
    expect(ok.statusCode).toBe(201);
    expect((await sw.post(`/api/clients/${clientId}/network/persons`, person)).statusCode).toBe(201);
  });

  it("does not edit a person through another client's id (404), and leaves the person as it was", async () => {
    const clientId = await newClient();
    await sw.post(`/api/clients/${clientId}/network/consents`, {
      basis: 'consent',
      givenOn: TODAY,
      givenBy: 'Asiakas itse',
    });
    const p = (await sw.post(`/api/clients/${clientId}/network/persons`, person)).json().person;
    const other = await newClient();
    await sw.post(`/api/clients/${other}/network/consents`, { basis: 'consent', givenOn: TODAY, givenBy: 'Asiakas' });
    const res = await sw.patch(`/api/clients/${other}/network/persons/${p.id}`, {
      ...person,
      name: 'Väärä',
      version: p.version,
    });
    expect(res.statusCode).toBe(404);
    const read = await sw.get(`/api/clients/${clientId}/network`);
    expect(read.json().persons).toEqual([expect.objectContaining({ name: 'Maija Sisko', version: p.version })]);
  });

  it('denies the benefit handler and another unit', async () => {
    const clientId = await newClient();
    for (const u of ['etuuskasittelija', 'sosiaalityontekija2', 'kokemusasiantuntija', 'yllapitaja']) {
      const agent = await ctx.login(u);
      expect((await agent.get(`/api/clients/${clientId}/network`)).statusCode, u).toBe(403);
      expect(
        (
          await agent.post(`/api/clients/${clientId}/network/consents`, {
            basis: 'consent',
            givenOn: '2026-01-01',
            givenBy: 'x',
          })
        ).statusCode,
        u,
      ).toBe(403);
    }
  });
});
