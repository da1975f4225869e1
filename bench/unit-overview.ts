// Unit overview benchmark: a unit with 10,000 clients, 200,000 meetings, plans (in force, past
// review, drafts), named-worker assignments, contacts and assessments. Times
// GET /api/units/:unitId/overview through app.inject (median of several runs) against the same SQL
// run directly through Kysely (the floor), and prints both and the ratio.
//   npx tsx bench/unit-overview.ts                               (PGlite, in memory)
//   BENCH_DATABASE_URL=postgres://… npx tsx bench/unit-overview.ts
//   BENCH_EXPLAIN=1 … also prints EXPLAIN (ANALYZE, BUFFERS) of the overview query
export {};
const { sql } = await import('kysely');
const { openBenchDatabase, BENCH_PASSWORD } = await import('./lib/database.js');
const { buildApp } = await import('../src/server/app.js');
const { loadConfig } = await import('../src/server/config.js');
const { overviewQuery, unitOverview } = await import('../src/modules/client-work/my-work/queries.js');
const { fixedClock } = await import('../src/domain/clock/index.js');
const { deadlineConfigForUnit } = await import('../src/modules/client-work/my-work/deadlines.js');

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10_000);
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 200_000);
const WORKERS = 25;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TODAY = '2026-06-15';
const PASSWORD = BENCH_PASSWORD;

const bench = await openBenchDatabase('overview', 5);
const database = bench.database;
const db = database.db;

const started = Date.now();
const org = await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
const unit = await db
  .insertInto('unit')
  .values({ organisation_id: org.id, name: 'Benchmark unit' })
  .returning('id')
  .executeTakeFirstOrThrow();
const manager = await db
  .selectFrom('app_user')
  .select(['id', 'password_hash'])
  .where('username', '=', 'esihenkilo')
  .executeTakeFirstOrThrow();
await db.insertInto('user_role').values({ user_id: manager.id, unit_id: unit.id, role: 'esihenkilo' }).execute();
const workerIds: string[] = [];
for (let w = 0; w < WORKERS; w++) {
  const u = await db
    .insertInto('app_user')
    .values({
      username: `bench-worker-${w}`,
      display_name: `Työntekijä ${w}`,
      email: null,
      phone: null,
      password_hash: manager.password_hash,
      totp_secret: null,
      client_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('user_role').values({ user_id: u.id, unit_id: unit.id, role: 'sosiaalityontekija' }).execute();
  workerIds.push(u.id);
}
const workers = sql.raw(`array[${workerIds.map((id) => `'${id}'::uuid`).join(',')}]`);

// Clients: 1 in 7 youth, 1 in 20 ended.
await sql`
  insert into client (unit_id, first_name, last_name, client_group, status, ended_on)
  select ${unit.id}, 'Etu' || i, 'Suku' || i,
    case when i % 7 = 0 then 'youth' else 'adult' end,
    case when i % 20 = 0 then 'ended' else 'active' end,
    case when i % 20 = 0 then date '2026-03-01' end
  from generate_series(1, ${CLIENTS}) i`.execute(db);
await sql`create temporary table bench_client as select id, row_number() over (order by id) as rn from client where unit_id = ${unit.id}`.execute(
  db,
);
// Named worker for 9 in 10; 1 in 50 "not needed".
await sql`
  insert into named_worker_assignment (client_id, worker_id, status, assigned_on)
  select id, case when rn % 50 = 0 then null else (${workers})[1 + (rn % ${WORKERS})::int] end,
    case when rn % 50 = 0 then 'not-needed' else 'assigned' end, date '2025-06-01'
  from bench_client where rn % 10 <> 0`.execute(db);
// Plans for 7 in 10: version 1 accepted (review dates spread around today), 1 in 8 of those with a review draft.
await sql`
  insert into client_plan (client_id, unit_id, meeting_interval_weeks, created_at)
  select id, ${unit.id}, case when rn % 3 = 0 then null else 2 + (rn % 6)::int end, now() from bench_client where rn % 10 < 7`.execute(
  db,
);
await sql`
  insert into client_plan_version (plan_id, client_id, number, status, review_date, accepted_on, content)
  select p.id, p.client_id, 1, 'accepted', ${TODAY}::date - 120 + (b.rn % 365)::int, ${TODAY}::date - 200 + (b.rn % 150)::int, '{}'::jsonb
  from client_plan p join bench_client b on b.id = p.client_id where p.unit_id = ${unit.id}`.execute(db);
await sql`
  update client_plan p set current_version_id = v.id, current_accepted_on = v.accepted_on, current_review_date = v.review_date
  from client_plan_version v where v.plan_id = p.id and p.unit_id = ${unit.id}`.execute(db);
await sql`
  insert into client_plan_version (plan_id, client_id, number, status, review_date, content)
  select p.id, p.client_id, 2, 'draft', ${TODAY}::date + 200, '{}'::jsonb
  from client_plan p join bench_client b on b.id = p.client_id where p.unit_id = ${unit.id} and b.rn % 8 = 0`.execute(
  db,
);
// Contacts: one per client over the last year; assessments for 8 in 10 (1 in 4 of them still drafts).
await sql`
  insert into contact (client_id, unit_id, contact_date, assessment_required)
  select id, ${unit.id}, ${TODAY}::date - (rn % 365)::int, rn % 5 <> 0 from bench_client`.execute(db);
await sql`
  insert into assessment (client_id, contact_id, status, started_on, completed_on)
  select c.client_id, c.id, case when b.rn % 4 = 0 then 'draft' else 'completed' end, c.contact_date + 3,
    case when b.rn % 4 = 0 then null else c.contact_date + 20 end
  from contact c join bench_client b on b.id = c.client_id where c.unit_id = ${unit.id} and b.rn % 10 < 8`.execute(db);
// Meetings: 200,000 over ±200 days; future ones planned, past ones mostly held.
for (let offset = 0; offset < MEETINGS; offset += 50_000) {
  await sql`
    insert into meeting (client_id, unit_id, meeting_date, start_time, kind, status, participants, worker_id)
    select b.id, ${unit.id}, ${TODAY}::date - 200 + (g % 400)::int, '10:00',
      (array['face-to-face','phone','video','home-visit','network-meeting'])[1 + (g % 5)::int],
      case when g % 400 >= 200 then 'planned' when g % 13 = 0 then 'cancelled' else 'held' end,
      '[]'::jsonb, (${workers})[1 + (g % ${WORKERS})::int]
    from generate_series(${offset + 1}::int, ${Math.min(MEETINGS, offset + 50_000)}::int) g
    join bench_client b on b.rn = 1 + (g * 7919 % ${CLIENTS})`.execute(db);
}
await sql`analyze`.execute(db);
console.log(
  `[bench] ${database.kind}: generated ${CLIENTS} clients, ${MEETINGS} meetings in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

const app = await buildApp({
  database,
  config: { ...loadConfig({}, []), demo: true, webDir: '/nonexistent' },
  logger: false,
  clock: fixedClock(TODAY),
});
await app.ready();
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { username: 'esihenkilo', password: PASSWORD },
});
const cookie = login.cookies.find((c) => c.name === 'osallinen_session')!;
const config = await deadlineConfigForUnit(db, unit.id);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let body: { totals: Record<string, number> } | null = null;
const viaApi = async () => {
  const res = await app.inject({
    method: 'GET',
    url: `/api/units/${unit.id}/overview`,
    cookies: { osallinen_session: cookie.value },
  });
  if (res.statusCode !== 200) throw new Error(`overview failed: ${res.statusCode} ${res.body}`);
  body = res.json();
};
const viaSql = () => overviewQuery(db, { unitId: unit.id, today: TODAY, config }).execute(db);
const viaService = () => unitOverview(db, { unitId: unit.id, today: TODAY, config });
// Interleaved, so cache warmth and machine noise hit all three alike.
const apiTimes: number[] = [];
const sqlTimes: number[] = [];
const serviceTimes: number[] = [];
for (let i = 0; i < RUNS + 2; i++) {
  for (const [fn, out] of [
    [viaApi, apiTimes],
    [viaSql, sqlTimes],
    [viaService, serviceTimes],
  ] as const) {
    const t0 = performance.now();
    await fn();
    if (i >= 2) out.push(performance.now() - t0); // the first two rounds warm up
  }
}

if (process.env.BENCH_EXPLAIN) {
  const compiled = overviewQuery(db, { unitId: unit.id, today: TODAY, config }).compile(db);
  const plan = await db.executeQuery({ ...compiled, sql: `explain (analyze, buffers) ${compiled.sql}` });
  console.log((plan.rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n'));
}
const api = median(apiTimes);
const floor = median(sqlTimes);
console.log(`[bench] totals: ${JSON.stringify(body!.totals)}`);
console.log(
  `[bench] GET /api/units/:unitId/overview  median ${api.toFixed(1)} ms  (runs: ${apiTimes.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(
  `[bench] same SQL through Kysely (floor)   median ${floor.toFixed(1)} ms  (runs: ${sqlTimes.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(`[bench] service function (SQL + worker names) median ${median(serviceTimes).toFixed(1)} ms`);
console.log(`[bench] ratio API / floor: ${(api / floor).toFixed(2)}`);

await app.close();
await bench.close();
