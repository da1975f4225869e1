import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { fixedClock } from '../../../domain/clock/index.js';

let ctx: TestContext;
let worker: Agent;
let ownerId: string;

beforeAll(async () => {
  // An interview cannot be dated after the app's today.
  ctx = await createTestApp({}, { clock: fixedClock('2027-03-01') });
  worker = await ctx.login('sosiaalityontekija');
  ownerId = (await (await ctx.login('sosiaaliohjaaja')).get('/api/me')).json().id;
});
afterAll(async () => ctx?.close());

const base = {
  heldOn: '2025-05-20',
  goal: 'Selvittää, miten asiakkaat kokevat ajanvarauksen.',
  questions: [{ theme: 'Ajanvaraus', questions: ['Mitä mieltä olet ajanvarauksesta?', 'Miten kehittäisit sitä?'] }],
  participantCount: 7,
  interviewerKind: 'external',
  interviewerCount: 2,
  strengths: 'Ystävällinen vastaanotto',
  weaknesses: 'Puhelinaika lyhyt',
  opportunities: 'Sähköinen ajanvaraus',
  threats: 'Henkilöstövaje',
};

describe('group interviews', () => {
  it('records the interview and SWOT; each action becomes a task for its owner with the due date', async () => {
    const res = await worker.post('/api/group-interviews', {
      ...base,
      actions: [{ description: 'Selvitä iltapäivän puhelinaika', ownerId, dueDate: '2025-09-01' }],
    });
    expect(res.statusCode).toBe(201);
    const g = res.json().interview;
    expect(g.interviewerKind).toBe('external');
    expect(g.questions[0].questions).toHaveLength(2);
    expect(g.actions).toEqual([
      expect.objectContaining({
        description: 'Selvitä iltapäivän puhelinaika',
        ownerName: 'Olli Ohjaaja',
        dueDate: '2025-09-01',
        done: false,
      }),
    ]);
    const task = await ctx.database.db
      .selectFrom('task')
      .selectAll()
      .where('id', '=', g.actions[0].taskId)
      .executeTakeFirstOrThrow();
    expect(task.assignee_id).toBe(ownerId);
    expect(task.due_date).toBe('2025-09-01');
    expect(task.kind).toBe('group-interview.action');
    expect(task.source_id).toBe(g.id);
    expect(task.client_id).toBeNull();

    const more = await worker.patch(`/api/group-interviews/${g.id}`, {
      threats: 'Lisää sijaisia tarvitaan',
      addActions: [{ description: 'Kokeile tekstiviestimuistutusta', ownerId, dueDate: '2025-10-01' }],
      version: g.version,
    });
    expect(more.statusCode).toBe(200);
    expect(more.json().interview.actions).toHaveLength(2);
    const stale = await worker.patch(`/api/group-interviews/${g.id}`, { threats: 'x', version: g.version });
    expect(stale.statusCode).toBe(409);
    const detail = (await worker.get(`/api/group-interviews/${g.id}`)).json();
    expect(detail.interview.threats).toBe('Lisää sijaisia tarvitaan');
    expect(detail.permittedActions).toEqual(['groupInterview.read', 'groupInterview.update']);
    const logged = await ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', g.id)
      .orderBy('seq')
      .execute();
    expect(logged.map((r) => r.action)).toEqual(['groupInterview.create', 'groupInterview.update']);
  });

  it('an owner from another unit or bad input changes nothing', async () => {
    const other = await ctx.login('sosiaalityontekija2');
    const otherId = (await other.get('/api/me')).json().id;
    const countTasks = async () =>
      Number(
        (
          await ctx.database.db
            .selectFrom('task')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const countInterviews = async () =>
      Number(
        (
          await ctx.database.db
            .selectFrom('group_interview')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const [t0, g0] = [await countTasks(), await countInterviews()];
    const res = await worker.post('/api/group-interviews', {
      ...base,
      actions: [{ description: 'x', ownerId: otherId, dueDate: '2025-09-01' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('actions.0.ownerId');
    const bad = await worker.post('/api/group-interviews', { ...base, participantCount: 0, interviewerKind: 'friend' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['participantCount', 'interviewerKind']),
    );
    const future = await worker.post('/api/group-interviews', { ...base, heldOn: '2027-03-02' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0].path).toBe('heldOn');
    // Adding an action later: the same rule, named by the field it came in, and nothing changes.
    const mine = (await worker.get('/api/group-interviews')).json().interviews[0];
    const later = await worker.patch(`/api/group-interviews/${mine.id}`, {
      goal: 'Muutettu',
      addActions: [{ description: 'x', ownerId: otherId, dueDate: '2027-09-01' }],
      version: mine.version,
    });
    expect(later.statusCode).toBe(400);
    expect(later.json().error.fields[0].path).toBe('addActions.0.ownerId');
    const unchanged = (await worker.get(`/api/group-interviews/${mine.id}`)).json().interview;
    expect([unchanged.goal, unchanged.version, unchanged.actions.length]).toEqual([
      mine.goal,
      mine.version,
      mine.actions.length,
    ]);
    expect([await countTasks(), await countInterviews()]).toEqual([t0, g0]);
  });

  it('experts by experience read, others are denied; other units see nothing', async () => {
    const expert = await ctx.login('kokemusasiantuntija');
    expect((await expert.get('/api/group-interviews')).statusCode).toBe(200);
    expect((await expert.post('/api/group-interviews', base)).statusCode).toBe(403);
    const ek = await ctx.login('etuuskasittelija');
    expect((await ek.get('/api/group-interviews')).statusCode).toBe(403);
    const other = await ctx.login('sosiaalityontekija2');
    const mine = (await worker.get('/api/group-interviews')).json().interviews[0];
    expect((await other.get(`/api/group-interviews/${mine.id}`)).statusCode).toBe(403);
    expect(
      (await other.patch(`/api/group-interviews/${mine.id}`, { threats: 'x', version: mine.version })).statusCode,
    ).toBe(403);
  });
});
