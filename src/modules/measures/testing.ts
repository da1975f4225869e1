// Test helpers for the measures capability: synthetic clients in the demo units, user ids, and a work
// activity path with an agreement made through the API.
import { expect } from 'vitest';
import type { Agent, TestContext } from '../../test/app.js';

export async function demoUnits(ctx: TestContext) {
  const rows = await ctx.app.db.selectFrom('unit').select(['id', 'name']).execute();
  const by = (n: string) => rows.find((r) => r.name === n)!.id;
  return { main: by('Aikuissosiaalityö, Keskusta'), other: by('Aikuissosiaalityö, Pohjoinen') };
}

let n = 0;
export async function newClient(ctx: TestContext, unitId: string, firstName = 'Testi', lastName = `Asiakas${++n}`) {
  const row = await ctx.app.db
    .insertInto('client')
    .values({ unit_id: unitId, first_name: firstName, last_name: lastName })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function userId(ctx: TestContext, username: string) {
  return (
    await ctx.app.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()
  ).id;
}

/** The id of a provider of the demo register by its name. */
export async function providerId(agent: Agent, name = 'Työpaja Verstas'): Promise<string> {
  const res = await agent.get('/api/work-activity/providers');
  return res.json().providers.find((p: { name: string }) => p.name === name).id;
}

/** A path through the situation assessment and the activation plan to an agreement with the provider. */
export async function pathWithAgreement(
  agent: Agent,
  clientId: string,
  provider: string,
  start = '2026-03-02',
  end = '2026-05-29',
) {
  const base = `/api/clients/${clientId}/work-activity`;
  const p = (await agent.post(`${base}/paths`, {})).json().path;
  await agent.post(`${base}/paths/${p.id}/steps`, {
    kind: 'situation-assessment',
    date: '2026-02-10',
    summary: 'Kokonaisvaltainen tilannearvio tehty.',
  });
  const ap = await agent.post(`${base}/paths/${p.id}/steps`, {
    kind: 'activation-plan',
    date: '2026-02-17',
    employmentWorker: 'TE-asiantuntija Testi',
    need: 'Arjen rytmi ja työkyvyn arviointi',
    suitablePlacement: 'Puutyöt',
  });
  expect(ap.statusCode).toBe(201);
  const ag = await agent.post(`${base}/paths/${p.id}/agreements`, {
    providerId: provider,
    startDate: start,
    endDate: end,
    daysPerWeek: 3,
    hoursPerDay: 5,
    goals: 'Säännöllinen päivärytmi',
    tasks: 'Puutyöt',
    interimEvaluationDate: start,
  });
  expect(ag.statusCode, ag.body).toBe(201);
  return { pathId: p.id as string, agreementId: ag.json().agreement.id as string };
}
