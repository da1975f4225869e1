// The organisation's participation settings: the first save creates them (version 0 → 1), later
// saves go through the versioned update, and a save based on an older read changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';

let ctx: TestContext;
let manager: Agent;

beforeAll(async () => {
  ctx = await createTestApp();
  manager = await ctx.login('esihenkilo');
});
afterAll(async () => ctx?.close());

const row = async (organisationId: string) =>
  ctx.database.db
    .selectFrom('participation_setting')
    .select(['feedback_min_answers', 'moderation_required', 'version'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();

describe('participation settings', () => {
  it('managers and administrators set them; other staff may not', async () => {
    expect((await manager.get('/api/feedback/settings')).statusCode).toBe(200);
    expect((await (await ctx.login('yllapitaja')).get('/api/feedback/settings')).statusCode).toBe(200);
    const worker = await ctx.login('sosiaalityontekija');
    expect((await worker.get('/api/feedback/settings')).statusCode).toBe(403);
    expect(
      (await worker.put('/api/feedback/settings', { feedbackMinAnswers: 7, moderationRequired: false, version: 1 }))
        .statusCode,
    ).toBe(403);
  });

  it('an organisation without its own settings has the defaults at version 0; the first save creates them once', async () => {
    const { organisationId } = (await manager.get('/api/feedback/settings')).json().settings;
    await ctx.database.db.deleteFrom('participation_setting').where('organisation_id', '=', organisationId).execute();
    const defaults = (await manager.get('/api/feedback/settings')).json().settings;
    expect(defaults).toEqual({ organisationId, feedbackMinAnswers: 5, moderationRequired: true, version: 0 });

    const first = await manager.put('/api/feedback/settings', {
      feedbackMinAnswers: 7,
      moderationRequired: false,
      version: 0,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().settings).toEqual({
      organisationId,
      feedbackMinAnswers: 7,
      moderationRequired: false,
      version: 1,
    });

    // A second "first save" from the same old read: someone saved in between.
    const again = await manager.put('/api/feedback/settings', {
      feedbackMinAnswers: 9,
      moderationRequired: true,
      version: 0,
    });
    expect(again.statusCode).toBe(409);
    expect(await row(organisationId)).toEqual({ feedback_min_answers: 7, moderation_required: false, version: 1 });

    const next = await manager.put('/api/feedback/settings', {
      feedbackMinAnswers: 6,
      moderationRequired: true,
      version: 1,
    });
    expect(next.json().settings.version).toBe(2);
    const logged = await ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', organisationId)
      .execute();
    expect(logged.map((r) => r.action)).toEqual(['feedback.settings.manage', 'feedback.settings.manage']);
  });
});
