// After-meeting feedback benchmark: anonymous answers posted concurrently to the public endpoint
// (POST /api/public/feedback/:code, autocannon, 100 connections) against the floor — the same
// number of rows inserted directly with Kysely at the same concurrency. Prints answers per second
// for both and the ratio, and checks that every 2xx answer was stored (nothing lost).
//   npx tsx bench/feedback-post.ts                                (PGlite, in memory)
//   BENCH_DATABASE_URL=postgres://… npx tsx bench/feedback-post.ts  (PostgreSQL)
// The endpoint's rate limit is raised through configuration (FEEDBACK_RATE_LIMIT_MAX), not code.
export {};
const AMOUNT = Number(process.env.BENCH_REQUESTS ?? 5000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
process.env.FEEDBACK_RATE_LIMIT_MAX = String(AMOUNT * 2);

const { sql } = await import('kysely');
const { openBenchDatabase } = await import('./lib/database.js');
const { buildApp } = await import('../src/server/app.js');
const { systemClock } = await import('../src/domain/clock/index.js');
const { loadConfig } = await import('../src/server/config.js');
const { ensureCode, findActiveCode, saveAnswer } = await import('../src/modules/participation/feedback/service.js');
// autocannon ships no types; a computed specifier keeps the type check quiet without a shim file.
const autocannonName = 'autocannon';
const autocannon = (await import(autocannonName)).default as (opts: Record<string, unknown>) => Promise<{
  requests: { average: number };
  duration: number;
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
}>;

const bench = await openBenchDatabase('fb', 10);
const database = bench.database;
const db = database.db;

const unit = await db
  .selectFrom('unit')
  .select('id')
  .where('name', '=', 'Aikuissosiaalityö, Keskusta')
  .executeTakeFirstOrThrow();
const worker = await db
  .selectFrom('app_user')
  .select('id')
  .where('username', '=', 'sosiaaliohjaaja')
  .executeTakeFirstOrThrow();
const floorWorker = await db
  .selectFrom('app_user')
  .select('id')
  .where('username', '=', 'sosiaalityontekija')
  .executeTakeFirstOrThrow();
const code = await ensureCode(db, worker.id, unit.id);
const floorCode = await ensureCode(db, floorWorker.id, unit.id);
const count = async (c: string) =>
  Number(
    (await sql<{ n: number }>`select count(*)::int as n from feedback_answer where code = ${c}`.execute(db)).rows[0].n,
  );
const before = await count(code);

const app = await buildApp({
  database,
  config: { ...loadConfig({}, []), demo: false, webDir: '/nonexistent' },
  logger: false,
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
const body = JSON.stringify({
  metExpectations: 'yes',
  opinion: 'Hyvä tapaaminen, sain apua.',
  wishes: 'Lisää aikaa ensi kerralla.',
  rating: 4,
});

console.log(`feedback-post: ${AMOUNT} answers, ${CONNECTIONS} connections, ${database.kind}`);
const result = await autocannon({
  url: `${address}/api/public/feedback/${code}`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
  connections: CONNECTIONS,
  amount: AMOUNT,
  // A slow embedded database queues requests; a client-side timeout would hide stored answers.
  timeout: 120,
});
const stored = (await count(code)) - before;
const appRate = result['2xx'] / result.duration;
await app.close();

// Floor: the endpoint's own work without HTTP — look up the code and insert the row — at the same concurrency.
const floorBefore = await count(floorCode);
const answer = {
  metExpectations: 'yes' as const,
  opinion: 'Hyvä tapaaminen, sain apua.',
  wishes: 'Lisää aikaa ensi kerralla.',
  rating: 4,
};
const t0 = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONNECTIONS }, async () => {
    while (next < AMOUNT) {
      next++;
      const info = await findActiveCode(db, floorCode);
      await saveAnswer(db, info!, answer, { channel: 'web', answeredOn: systemClock.today() });
    }
  }),
);
const floorSeconds = (performance.now() - t0) / 1000;
const floorStored = (await count(floorCode)) - floorBefore;
const floorRate = floorStored / floorSeconds;

console.log(
  `app:   ${result['2xx']} × 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts in ${result.duration.toFixed(2)} s → ${appRate.toFixed(0)} answers/s`,
);
console.log(
  `floor: ${floorStored} rows in ${floorSeconds.toFixed(2)} s → ${floorRate.toFixed(0)} answers/s (Kysely, no HTTP)`,
);
console.log(`ratio app/floor: ${(appRate / floorRate).toFixed(2)}`);
const lost = result['2xx'] - stored;
console.log(
  `rows stored ${stored} = 2xx responses ${result['2xx']}: ${lost === 0 ? 'OK, nothing lost' : `MISMATCH (${lost})`}`,
);

await bench.close();
process.exit(lost === 0 && result['2xx'] === AMOUNT ? 0 : 1);
