import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';

let ctx: TestContext;
let worker: Agent;
let ownerId: string;

beforeAll(async () => {
  ctx = await createTestApp();
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
