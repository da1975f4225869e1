// The participation subjects: each resolver names the unit that holds its subject, the access plugin
// decides on that unit, and a worker of another unit is refused before any handler runs. Participation
// data is kept apart from client files, so a refusal names no client and writes no client-data denial.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../test/app.js';
import type { SubjectKind } from '../../shared/access/rules.js';

let ctx: TestContext;
let unitId: string;
let otherUnitId: string;
let other: Agent;
const ids = {} as Record<Exclude<SubjectKind, 'unit' | 'client'>, string>;
const NO_SUCH = '8f4e0c3a-5b1d-4c2e-9a7f-1d2e3f4a5b6c';

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  const unit = (name: string) => db.selectFrom('unit').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  unitId = (await unit('Aikuissosiaalityö, Keskusta')).id;
  const worker2 = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'sosiaalityontekija2')
    .executeTakeFirstOrThrow();
  otherUnitId = (
    await db.selectFrom('user_role').select('unit_id').where('user_id', '=', worker2.id).executeTakeFirstOrThrow()
  ).unit_id;
  const survey = await db
    .selectFrom('survey')
    .select('id')
    .where('owner_unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  ids.survey = survey.id;
  ids.surveyFreeText = (
    await db
      .selectFrom('survey_free_text as f')
      .innerJoin('survey as s', 's.id', 'f.survey_id')
      .select('f.id')
      .where('s.owner_unit_id', '=', unitId)
      .executeTakeFirstOrThrow()
  ).id;
  ids.proposal = (
    await db.selectFrom('proposal').select('id').where('owner_unit_id', '=', unitId).executeTakeFirstOrThrow()
  ).id;
  ids.groupInterview = (
    await db.selectFrom('group_interview').select('id').where('unit_id', '=', unitId).executeTakeFirstOrThrow()
  ).id;
  ids.feedbackAnswer = (
    await db.selectFrom('feedback_answer').select('id').where('unit_id', '=', unitId).executeTakeFirstOrThrow()
  ).id;
  ids.feedbackWorker = (
    await db.selectFrom('app_user').select('id').where('username', '=', 'sosiaaliohjaaja').executeTakeFirstOrThrow()
  ).id;
  other = await ctx.login('sosiaalityontekija2');
});
afterAll(async () => ctx?.close());

describe('participation subject resolvers', () => {
  it('name the unit holding each demo subject, no client, and nothing for an unknown id', async () => {
    const user = null as never;
    for (const [kind, id] of Object.entries(ids)) {
      const resolver = ctx.app.subjectResolvers[kind as SubjectKind]!;
      const resolved = await resolver.resolve(ctx.database.db, id, user);
      expect(resolved, kind).toEqual({ unitIds: [unitId] });
      expect(await resolver.resolve(ctx.database.db, NO_SUCH, user), kind).toBeNull();
    }
  });

  it('a worker is held by the units where they work in a feedback role, and only those', async () => {
    const resolver = ctx.app.subjectResolvers.feedbackWorker!;
    const worker2 = (await other.get('/api/me')).json().id;
    expect(await resolver.resolve(ctx.database.db, worker2, null as never)).toEqual({ unitIds: [otherUnitId] });
    // The expert by experience receives no feedback: not a feedback worker anywhere.
    const expert = await ctx.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'kokemusasiantuntija')
      .executeTakeFirstOrThrow();
    expect(await resolver.resolve(ctx.database.db, expert.id, null as never)).toBeNull();
  });

  it("refuse another unit's worker on every kind with 403 (404 when there is no such subject) and log no client", async () => {
    const denied = async () =>
      Number(
        (
          await ctx.database.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('outcome', '=', 'denied')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await denied();
    const requests: [string, string][] = [
      ['GET', `/api/surveys/${ids.survey}`],
      ['GET', `/api/surveys/${ids.survey}/results`],
      ['POST', `/api/surveys/free-texts/${ids.surveyFreeText}/moderation`],
      ['GET', `/api/proposals/${ids.proposal}`],
      ['GET', `/api/group-interviews/${ids.groupInterview}`],
      ['POST', `/api/feedback/answers/${ids.feedbackAnswer}/moderation`],
      ['GET', `/api/feedback/workers/${ids.feedbackWorker}/results`],
    ];
    for (const [method, url] of requests) {
      const res = await other.request(method, url, method === 'GET' ? undefined : { decision: 'approve', version: 1 });
      expect(res.statusCode, url).toBe(403);
      const none = await other.request(
        method,
        url.replace(/[0-9a-f-]{36}/, NO_SUCH),
        method === 'GET' ? undefined : { decision: 'approve', version: 1 },
      );
      expect(none.statusCode, `${url} (no such subject)`).toBe(404);
    }
    // Participation data holds no client: the refusals are not client-data denials in the use log.
    expect(await denied()).toBe(before);
  });
});
