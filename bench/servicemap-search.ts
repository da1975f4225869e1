// Service map search benchmark: 20,000 generated services, 100 concurrent clients (autocannon)
// against GET /api/public/services?q=…, p50/p95 latency, and the ratio to the floor: the same
// full-text SQL run directly (through a pg pool at the same concurrency on PostgreSQL; on PGlite,
// which serves one query at a time, sequentially).
//   npx tsx bench/servicemap-search.ts                       (PGlite, in memory)
//   BENCH_DATABASE_URL=postgres://… npx tsx bench/servicemap-search.ts
export {};
process.env.SERVICEMAP_RATE_LIMIT = '100000000';
const { sql } = await import('kysely');
// @ts-expect-error autocannon ships no type declarations
const autocannon = (await import('autocannon')).default;
const { openBenchDatabase } = await import('./lib/database.js');
const { buildApp } = await import('../src/server/app.js');
const { loadConfig } = await import('../src/server/config.js');
const { buildSearchText, loadTaxonomy } = await import('../src/modules/servicemap/services/queries.js');
const { queryPatterns, queryTokens, searchIdsQuery, tokenCondition } =
  await import('../src/modules/servicemap/search/queries.js');

const N = Number(process.env.BENCH_SERVICES ?? 20_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const QUERIES = [
  'päihde',
  'mielenterveys',
  'nuoret',
  'velka',
  'asuminen',
  'työ',
  'kriisi',
  'seinäjoki',
  'missbruk',
  'terveysneuvonta',
];

const bench = await openBenchDatabase('search', 20);
// Everything below runs in try/finally so the bench database is dropped even when a step fails.
try {
  const database = bench.database;

  // Generate services straight into the tables (fast), with search text built like the app does.
  const taxonomy = await loadTaxonomy(database.db);
  const org = await database.db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
  const WORDS = [
    'Päihde',
    'Mielenterveys',
    'Nuorten',
    'Työ',
    'Asumis',
    'Velka',
    'Kriisi',
    'Perhe',
    'Terveys',
    'Liikunta',
    'Opinto',
    'Vertais',
  ];
  const KINDS = ['palvelu', 'klinikka', 'neuvonta', 'keskus', 'ryhmä', 'piste', 'paja', 'tuki'];
  const TOWNS = ['Seinäjoki', 'Kurikka', 'Alavus', 'Kuortane', 'Ähtäri'];
  const cats = taxonomy.filter((t) => t.kind === 'category').map((t) => t.code);
  const themes = taxonomy.filter((t) => t.kind === 'theme').map((t) => t.code);
  const started = Date.now();
  for (let i = 0; i < N; i += 500) {
    const rows = [];
    for (let j = i; j < Math.min(N, i + 500); j++) {
      const fi = `${WORDS[j % WORDS.length]}${KINDS[(j >> 3) % KINDS.length]} ${j}`;
      const input = {
        name: { fi, sv: `Tjänst ${j}`, en: `Service ${j}` },
        shortDescription: {
          fi: `${WORDS[(j * 7) % WORDS.length]} ja ${WORDS[(j * 5) % WORDS.length].toLowerCase()}palvelut aikuisille`,
          sv: '',
          en: '',
        },
        description: { fi: '', sv: '', en: '' },
        targetGroup: { fi: 'Aikuiset', sv: '', en: '' },
        categories: [cats[j % cats.length]],
        themes: [themes[j % themes.length]],
        providerName: `Tuottaja ${j % 300}`,
        locations: [
          { streetAddress: `Katu ${j % 100}`, municipality: TOWNS[j % TOWNS.length], name: { fi: '', sv: '', en: '' } },
        ],
      };
      rows.push({
        organisation_id: org.id,
        name: JSON.stringify(input.name),
        short_description: JSON.stringify(input.shortDescription),
        categories: input.categories,
        themes: input.themes,
        provider_name: input.providerName,
        provider_type: 'public' as const,
        status: 'published' as const,
        municipalities: [input.locations[0].municipality],
        search_text: buildSearchText(input as never, taxonomy),
        description: '{}',
        target_group: '{}',
        how_to_access: '{}',
        accessibility: '{}',
        age_min: null,
        age_max: null,
        phone: null,
        email: null,
        homepage: null,
        internal_notes: null,
        professional_contact: null,
        last_verified_on: null,
        verified_by: null,
        verified_by_name: null,
      });
    }
    await database.db.insertInto('service').values(rows).execute();
  }
  await sql`analyze service`.execute(database.db);
  console.log(`generated ${N} services in ${((Date.now() - started) / 1000).toFixed(1)} s on ${database.kind}`);

  const app = await buildApp({
    database,
    config: { ...loadConfig({}, []), demo: false, webDir: '/nonexistent', logLevel: 'warn' },
    logger: false,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });

  const requests = QUERIES.map((q) => ({
    method: 'GET' as const,
    path: `/api/public/services?q=${encodeURIComponent(q)}&limit=20`,
  }));
  const result = await autocannon({ url: address, connections: 100, duration: DURATION, requests });
  const p = (r: typeof result) => ({
    p50: r.latency.p50,
    p95: r.latency.p97_5 ?? r.latency.p99,
    rps: r.requests.average,
    errors: r.errors + r.non2xx,
  });
  const product = p(result);
  // autocannon reports p97.5, not p95; compute p95 from its histogram when present.
  const hist = (result as unknown as { latency: Record<string, number> }).latency;
  const p95 = hist.p95 ?? product.p95;

  // Floor: the product's search SQL (page of ids with the total, same WHERE/ORDER BY, built by the
  // same function) run directly, without HTTP, loading the rows or rendering.
  async function floorQuery(db: typeof database.db, q: string) {
    const patterns = await queryPatterns(db, queryTokens(q));
    const where = [sql<boolean>`s.status = 'published'`, ...patterns.map((p) => tokenCondition(p))];
    await searchIdsQuery(db, where, patterns, { lang: 'fi', limit: 20, offset: 0 }).execute();
  }
  const floorLat: number[] = [];
  const floorEnd = Date.now() + DURATION * 1000;
  let k = 0;
  const concurrency = database.kind === 'postgresql' ? 100 : 1;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < floorEnd) {
        const t0 = performance.now();
        await floorQuery(database.db, QUERIES[k++ % QUERIES.length]);
        floorLat.push(performance.now() - t0);
      }
    }),
  );
  floorLat.sort((a, b) => a - b);
  const pct = (x: number) => floorLat[Math.min(floorLat.length - 1, Math.floor((x / 100) * floorLat.length))];
  const floor = { p50: pct(50), p95: pct(95), rps: floorLat.length / DURATION };

  console.log(`\nservice map search, ${N} services, ${database.kind}, ${DURATION} s per run`);
  console.log(
    `product  (HTTP, 100 connections): p50 ${product.p50.toFixed(1)} ms  p95 ${Number(p95).toFixed(1)} ms  ${product.rps.toFixed(0)} req/s  errors ${product.errors}`,
  );
  console.log(
    `floor (same SQL direct, ${concurrency === 1 ? 'sequential (PGlite serves one query at a time)' : '100 concurrent via the pg pool'}): p50 ${floor.p50.toFixed(1)} ms  p95 ${floor.p95.toFixed(1)} ms  ${floor.rps.toFixed(0)} q/s`,
  );
  console.log(
    `ratio product/floor: p50 ${(product.p50 / floor.p50).toFixed(2)}x  throughput ${(floor.rps / product.rps).toFixed(2)}x`,
  );

  await app.close();
} finally {
  await bench.close();
}
