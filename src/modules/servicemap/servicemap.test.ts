import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, systemClock, type Clock } from '../../domain/clock/index.js';
import { createTestApp, type Agent, type TestContext } from '../../test/app.js';
import { myWorkProviders } from '../client-work/index.js';
import { validateHsdsService } from './hsds/validate.js';
import { queryPatterns, searchLimits } from './search/queries.js';
import { helsinkiParts } from './services/time.js';

/** The app's clock: the real one (the demo data was made on the real day) unless a test fixes it. */
let fixed: Clock | null = null;
const clock: Clock = { now: () => (fixed ?? systemClock).now(), today: () => (fixed ?? systemClock).today() };

let ctx: TestContext;
let updater: Agent;
let worker: Agent;
beforeAll(async () => {
  ctx = await createTestApp({}, { clock });
  updater = await ctx.login('esihenkilo');
  worker = await ctx.login('sosiaalityontekija');
});
afterAll(async () => ctx?.close());
afterEach(() => {
  fixed = null;
});

const enc = encodeURIComponent;
const names = (res: { json(): { services: { name: { fi: string } }[] } }) => res.json().services.map((s) => s.name.fi);

const newService = (over: Record<string, unknown> = {}) => ({
  name: { fi: 'Testipalvelu Kivikko', sv: 'Testtjänst', en: 'Test service' },
  shortDescription: { fi: 'Lyhyt kuvaus' },
  categories: ['sosiaalinen-tuki'],
  themes: ['asuminen'],
  providerName: 'Testiyhdistys ry',
  providerType: 'ngo',
  status: 'published',
  lastVerifiedOn: '2025-01-10',
  locations: [
    {
      streetAddress: 'Testikatu 1',
      postalCode: '60100',
      municipality: 'Seinäjoki',
      latitude: 62.79,
      longitude: 22.84,
      hours: [{ weekday: 3, opens: '09:00', closes: '12:00' }],
    },
  ],
  internalNotes: 'Lähete sosiaalityöntekijältä',
  ...over,
});

describe('public search', () => {
  it('finds compound words with "päihde" (Päihdeklinikka, Päihdepalvelut …) without a session', async () => {
    const res = await ctx.anonymous.get(`/api/public/services?q=${enc('päihde')}&limit=100`);
    expect(res.statusCode).toBe(200);
    const found = names(res);
    expect(found).toEqual(
      expect.arrayContaining([
        'Päihdeklinikka Seinäjoki',
        'Päihdepalvelut, avovastaanotto',
        'Päihdepoliklinikka Alavus',
        'Nuorten päihdeneuvonta Ankkuri',
      ]),
    );
    expect(found).not.toContain('Hammashoitola');
  });

  it('uses Finnish stemming and Swedish texts', async () => {
    const fi = await ctx.anonymous.get(`/api/public/services?q=${enc('nuorisotilat')}`);
    expect(names(fi)).toEqual(expect.arrayContaining(['Nuorisotila Pilari']));
    const sv = await ctx.anonymous.get(`/api/public/services?q=${enc('missbruksklinik')}`);
    expect(names(sv)).toContain('Päihdeklinikka Seinäjoki');
  });

  it('filters by category, theme, municipality and language', async () => {
    const res = await ctx.anonymous.get('/api/public/services?theme=paihteet&municipality=Kurikka&limit=100');
    const list = res.json().services;
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) {
      expect(s.themes).toContain('paihteet');
      expect(s.locations.map((l: { municipality: string }) => l.municipality)).toContain('Kurikka');
    }
    const cat = await ctx.anonymous.get('/api/public/services?category=opiskelu&limit=100');
    expect(cat.json().services.every((s: { categories: string[] }) => s.categories.includes('opiskelu'))).toBe(true);
    const sv = await ctx.anonymous.get('/api/public/services?language=sv&limit=100');
    expect(sv.json().total).toBeGreaterThan(0);
    expect(sv.json().services.every((s: { languages: string[] }) => s.languages.includes('sv'))).toBe(true);
  });

  it('"open now" follows Finnish local time (fixed clock)', async () => {
    // Wednesday 2025-06-11 10:30 in Helsinki (UTC+3) = 07:30 UTC.
    fixed = fixedClock('2025-06-11T07:30:00Z');
    expect(helsinkiParts(clock.now())).toMatchObject({ weekday: 3, time: '10:30:00', date: '2025-06-11' });
    const open = await ctx.anonymous.get('/api/public/services?open=1&limit=100');
    const openNames = names(open);
    expect(openNames).toContain('Päihdeklinikka Seinäjoki'); // Mon–Fri 8–15.30
    expect(openNames).not.toContain('Nuorisotila Pilari'); // Tue–Fri from 14
    expect(open.json().services.every((s: { openNow: boolean }) => s.openNow)).toBe(true);
    // Sunday 2025-06-15 03:00 Helsinki: only round-the-clock services.
    fixed = fixedClock('2025-06-15T00:00:00Z');
    const night = names(await ctx.anonymous.get('/api/public/services?open=1&limit=100'));
    expect(night).toEqual(expect.arrayContaining(['Selviämisasema', 'Sosiaalipäivystys']));
    expect(night).not.toContain('Päihdeklinikka Seinäjoki');
  });

  it('renders the search page without JavaScript, with a shareable URL and accessible list', async () => {
    const res = await ctx.anonymous.get(`/palvelut?q=${enc('päihde')}&municipality=Seinäjoki`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('Päihdeklinikka Seinäjoki');
    expect(res.body).toMatch(/<h3 class="sm-result-title" data-qa="result-title"><a href="\/palvelut\/[0-9a-f-]{36}">/);
    expect(res.body).toContain('Tiedot tarkistettu');
    expect(res.body).not.toContain('Lähete sosiaalityöntekijältä'); // internal notes stay internal
    expect(res.body).not.toMatch(/<script(?![^>]*src=)/); // no inline script (CSP script-src 'self')
    const sv = await ctx.anonymous.get(`/sv/tjanster?q=${enc('päihde')}`);
    expect(sv.body).toContain('lang="sv"');
    expect(sv.body).toContain('Missbruksklinik Seinäjoki');
  });

  it('shows a service page with hours and a directions link; 404 for unknown or draft', async () => {
    const list = await ctx.anonymous.get(`/api/public/services?q=${enc('Päihdeklinikka Seinäjoki')}`);
    const id = list.json().services[0].id;
    const page = await ctx.anonymous.get(`/palvelut/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1 data-qa="service-name">Päihdeklinikka Seinäjoki</h1>');
    expect(page.body).toContain('maanantai');
    expect(page.body).toContain('openstreetmap.org/search?query=');
    expect((await ctx.anonymous.get('/palvelut/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const json = await ctx.anonymous.get(`/api/public/services/${id}`);
    expect(json.json().service).not.toHaveProperty('internalNotes');
  });
});

describe('search work is bounded', () => {
  it('looks for each word and its Finnish/Swedish stems, dropping patterns another one already covers', async () => {
    const [nuoriso, paihde] = await queryPatterns(ctx.app.db, ['nuorisotilat', 'päihde']);
    expect(nuoriso).toContain('nuorisotil');
    expect(nuoriso).not.toContain('nuorisotilat'); // the stem already finds it
    expect(paihde.every((p) => 'päihde'.includes(p))).toBe(true);
  });

  it('ranks at most the candidate limit for broad words and says "over N"; HSDS paging keeps the exact total', async () => {
    const all = (await ctx.anonymous.get('/api/public/services?q=palvelu&limit=100')).json();
    expect(all.total).toBeGreaterThan(5);
    const before = searchLimits.candidates;
    searchLimits.candidates = 5;
    try {
      const res = await ctx.anonymous.get('/api/public/services?q=palvelu&limit=100');
      expect(res.json().total).toBe(5);
      expect(res.json().services).toHaveLength(5);
      const page = await ctx.anonymous.get('/palvelut?q=palvelu');
      expect(page.body).toContain('Yli 5 palvelua');
      const hsds = (await ctx.anonymous.get('/api/hsds/services?per_page=10&search=palvelu')).json();
      expect(hsds.total_items).toBe(all.total);
    } finally {
      searchLimits.candidates = before;
    }
  });
});

describe('worker view and updater', () => {
  it('workers see internal notes; anonymous and clients cannot use the staff search', async () => {
    const res = await worker.get(`/api/services?q=${enc('päihdeklinikka')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().services[0].internalNotes).toBeTruthy();
    expect((await ctx.anonymous.get('/api/services')).statusCode).toBe(401);
    const client = await ctx.login('asiakas');
    expect((await client.get('/api/services')).statusCode).toBe(403);
  });

  it('only the updater (esihenkilö, ylläpitäjä) may create; every change is versioned with who and when', async () => {
    expect((await worker.post('/api/services', newService())).statusCode).toBe(403);
    const created = await updater.post('/api/services', newService());
    expect(created.statusCode).toBe(201);
    const s = created.json().service;
    const edit = await updater.put(`/api/services/${s.id}`, {
      ...newService({ name: { fi: 'Testipalvelu Kivikko 2' } }),
      version: s.version,
    });
    expect(edit.statusCode).toBe(200);
    const stale = await updater.put(`/api/services/${s.id}`, { ...newService(), version: s.version });
    expect(stale.statusCode).toBe(409);
    const versions = (await worker.get(`/api/services/${s.id}/versions`)).json().versions;
    expect(versions.map((v: { version: number; change: string }) => [v.version, v.change])).toEqual([
      [2, 'update'],
      [1, 'create'],
    ]);
    expect(versions[0].changedByName).toBe('Eeva Esihenkilö');
    // Retiring hides it from the public.
    const retired = await updater.put(`/api/services/${s.id}`, { ...newService({ status: 'retired' }), version: 2 });
    expect(retired.json().service.status).toBe('retired');
    expect((await ctx.anonymous.get(`/api/public/services/${s.id}`)).statusCode).toBe(404);
  });

  it('rejects bad input with field errors in the user’s language and changes nothing', async () => {
    const before = (await worker.get('/api/services?status=all&limit=1')).json().total;
    const bad = await updater.post(
      '/api/services',
      newService({
        name: { fi: '' },
        categories: ['ei-ole'],
        locations: [
          { streetAddress: 'X 1', municipality: 'Y', hours: [{ weekday: 1, opens: '16:00', closes: '08:00' }] },
        ],
      }),
      { 'x-lang': 'en' },
    );
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name.fi', 'locations.0.hours.0.closes']));
    const unknownCategory = await updater.post('/api/services', newService({ categories: ['ei-ole'] }));
    expect(unknownCategory.statusCode).toBe(400);
    expect(unknownCategory.json().error.fields[0]).toMatchObject({
      path: 'categories.0',
      message: 'Tuntematon valinta.',
    });
    expect((await worker.get('/api/services?status=all&limit=1')).json().total).toBe(before);
  });

  it('flags services not verified within the period, in the worker filter and on My work; verifying clears it', async () => {
    const staleList = (await updater.get('/api/services?stale=1&limit=100')).json();
    expect(staleList.total).toBeGreaterThan(0);
    expect(staleList.services.every((s: { stale: boolean }) => s.stale)).toBe(true);
    const provider = myWorkProviders().find(([name]) => name === 'servicemap')![1];
    const me = (await updater.get('/api/me')).json();
    const items = await provider({
      db: ctx.database.db,
      user: { ...me, roles: [{ unitId: me.roles[0].unitId, role: 'esihenkilo' }] },
      unitIds: [],
      today: clock.today(),
      scope: 'mine',
    });
    expect(items.length).toBe(staleList.total);
    expect(items[0]).toMatchObject({ kind: 'servicemap.verify', clientId: null });
    const workerItems = await provider({
      db: ctx.database.db,
      user: { ...me, roles: [{ unitId: me.roles[0].unitId, role: 'sosiaalityontekija' }] },
      unitIds: [],
      today: clock.today(),
      scope: 'mine',
    });
    expect(workerItems).toEqual([]);
    const first = staleList.services[0];
    const verified = await updater.post(`/api/services/${first.id}/verify`, { version: first.version });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().service).toMatchObject({ stale: false, verifiedByName: 'Eeva Esihenkilö' });
    // A shorter period makes more services stale.
    await updater.put('/api/services/settings', { staleMonths: 1 });
    expect((await updater.get('/api/services?stale=1&limit=1')).json().total).toBeGreaterThan(staleList.total);
    await updater.put('/api/services/settings', { staleMonths: 12 });
  });
});

describe('suggestions', () => {
  it('a public suggestion is not public until approved; the email is erased when handled', async () => {
    const form = await ctx.app.inject({
      method: 'POST',
      url: '/palvelut/ehdota',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `name=${enc('Kylätalo Vertaisapu')}&description=${enc('Olohuone kaikille')}&streetAddress=${enc('Kylätie 3')}&municipality=Alavus&email=${enc('ehdottaja@example.org')}&website=`,
    });
    expect(form.statusCode).toBe(303);
    expect(names(await ctx.anonymous.get(`/api/public/services?q=${enc('Vertaisapu')}`))).not.toContain(
      'Kylätalo Vertaisapu',
    );
    const queue = (await updater.get('/api/services/suggestions')).json().suggestions;
    const g = queue.find((x: { name: string }) => x.name === 'Kylätalo Vertaisapu');
    expect(g).toMatchObject({ kind: 'new', hasEmail: true, status: 'pending' });
    expect((await worker.get('/api/services/suggestions')).statusCode).toBe(403);
    const approved = await updater.post(`/api/services/suggestions/${g.id}/approve`, {});
    expect(approved.statusCode).toBe(200);
    expect(approved.json().tellSuggester).toEqual({ email: 'ehdottaja@example.org', lang: 'fi' });
    expect(approved.json().suggestion.hasEmail).toBe(false);
    const row = await ctx.database.db
      .selectFrom('service_suggestion')
      .select('email')
      .where('id', '=', g.id)
      .executeTakeFirstOrThrow();
    expect(row.email).toBeNull();
    expect(names(await ctx.anonymous.get(`/api/public/services?q=${enc('Vertaisapu')}`))[0]).toBe(
      'Kylätalo Vertaisapu',
    );
    expect((await updater.post(`/api/services/suggestions/${g.id}/approve`, {})).statusCode).toBe(409);
  });

  it('drops honeypot submissions and re-renders the form with field errors', async () => {
    const count = async () =>
      (
        await ctx.database.db
          .selectFrom('service_suggestion')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = Number(await count());
    const bot = await ctx.anonymous.post('/api/public/services/suggestions', {
      kind: 'new',
      name: 'Spam',
      website: 'http://spam.example',
    });
    expect(bot.statusCode).toBe(202);
    expect(Number(await count())).toBe(before);
    const empty = await ctx.app.inject({
      method: 'POST',
      url: '/en/services/suggest',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=&email=nope',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Please correct the following');
    expect(empty.body).toContain('href="#sg-name"');
    expect(empty.body).toContain('href="#sg-email"');
    expect(Number(await count())).toBe(before);
  });
});

describe('theme maps', () => {
  it('has a public page and an embed page that alone may be framed', async () => {
    const page = await ctx.anonymous.get('/palvelut/teema/paihde-ja-mielenterveys');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Päihde- ja mielenterveyspalvelut');
    expect(page.body).toContain('&lt;iframe src=');
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    const embed = await ctx.anonymous.get('/palvelut/upotus/paihde-ja-mielenterveys');
    expect(embed.statusCode).toBe(200);
    expect(String(embed.headers['content-security-policy'])).toContain('frame-ancestors *');
    expect(String(embed.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect(embed.body).toContain('Päihdeklinikka Seinäjoki');
    expect(embed.body).toContain('Mielenterveyden avovastaanotto');
    expect(embed.body).not.toContain('Hammashoitola');
  });
});

describe('Open Referral HSDS 3.0', () => {
  it('exports every published demo service valid against the vendored HSDS 3.0 schema, paginated', async () => {
    const first = await ctx.anonymous.get('/api/hsds/services?per_page=25');
    expect(first.statusCode).toBe(200);
    const p = first.json();
    expect(p).toMatchObject({ page_number: 1, first_page: true, size: 25, empty: false });
    expect(p.total_pages).toBe(Math.ceil(p.total_items / 25));
    const all = (await ctx.anonymous.get('/api/hsds/export')).json().services;
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const s of all) expect(validateHsdsService(s), s.name).toEqual([]);
    // The validator does reject what the schema forbids.
    expect(validateHsdsService({ ...all[0], status: 'open' }).map((e) => e.path)).toContain('status');
    expect(validateHsdsService({ id: 'x', name: 'n' }).length).toBeGreaterThan(0);
  });

  it('round trip: export → import into a fresh database reproduces the services', async () => {
    const exported = (await ctx.anonymous.get('/api/hsds/export')).json();
    const original = (await ctx.anonymous.get('/api/public/services?limit=100')).json().services;
    const other = await createTestApp();
    try {
      const admin = await other.login('yllapitaja');
      await other.database.db.deleteFrom('service').execute();
      const res = await admin.post('/api/hsds/import', exported);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ created: exported.services.length, updated: 0 });
      const back = (await other.anonymous.get('/api/public/services?limit=100')).json().services;
      const byId = (list: { id: string }[]) => Object.fromEntries(list.map((s) => [s.id, s]));
      const strip = (s: Record<string, unknown>) => ({ ...s, openNow: undefined });
      expect(Object.keys(byId(back)).sort()).toEqual(Object.keys(byId(original)).sort());
      for (const s of original) expect(strip(byId(back)[s.id])).toEqual(strip(s));
      // Importing the same data again updates instead of duplicating.
      const again = await admin.post('/api/hsds/import', exported);
      expect(again.json()).toEqual({ created: 0, updated: exported.services.length });
    } finally {
      await other.close();
    }
  });

  it('rejects a data set with a bad record, reports it per record and imports nothing', async () => {
    const exported = (await ctx.anonymous.get('/api/hsds/services?per_page=3')).json().contents;
    const good = {
      ...exported[0],
      id: '11111111-1111-4111-8111-111111111111',
      x_osallinen: undefined,
      name: 'Uusi tuotu palvelu',
    };
    const bad = { ...exported[1], id: '22222222-2222-4222-8222-222222222222', status: 'open' };
    const noName = { id: '33333333-3333-4333-8333-333333333333', status: 'active' };
    const res = await updater.post('/api/hsds/import', { services: [good, bad, noName] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.records.map((r: { index: number }) => r.index)).toEqual([1, 2]);
    expect(res.json().error.records[0].errors[0].path).toBe('status');
    expect((await worker.get(`/api/services/11111111-1111-4111-8111-111111111111`)).statusCode).toBe(404);
    expect((await worker.post('/api/hsds/import', { services: [good] })).statusCode).toBe(403);
  });
});

describe('CSV', () => {
  it('exports and re-imports (update by id); a bad row rejects the whole file', async () => {
    const csv = await worker.get('/api/services/export.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,status,name_fi/);
    const header = lines[0];
    const row = lines.find((l) => l.includes('Päihdeklinikka Seinäjoki'))!;
    const ok = await ctx.app.inject({
      method: 'POST',
      url: '/api/services/import.csv',
      headers: { cookie: updater.cookie!, 'x-csrf-token': updater.csrf!, 'content-type': 'text/csv' },
      payload: `${header}\r\n${row.replace('Päihdeklinikka Seinäjoki', 'Päihdeklinikka Seinäjoki (päivitetty)')}\r\n`,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ created: 0, updated: 1 });
    const badRow = row.replace(/"public"|"ngo"|"company"|"parish"/, '"kunta"');
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/services/import.csv',
      headers: { cookie: updater.cookie!, 'x-csrf-token': updater.csrf!, 'content-type': 'text/csv' },
      payload: `${header}\r\n${lines[1]}\r\n${badRow}\r\n`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.rows[0].row).toBe(3);
  });
});

describe('one clock', () => {
  it('marks a service checked on the app’s day and lists stale services by the day My work asks for', async () => {
    // Before every demo service was checked, so this one is the first My work lists.
    fixed = fixedClock('2020-03-01');
    const created = (
      await updater.post('/api/services', newService({ name: { fi: 'Kellopalvelu' }, lastVerifiedOn: null }))
    ).json().service;
    const verified = await updater.post(`/api/services/${created.id}/verify`, { version: created.version });
    expect(verified.json().service.lastVerifiedOn).toBe('2020-03-01');
    const provider = myWorkProviders().find(([name]) => name === 'servicemap')![1];
    const me = (await updater.get('/api/me')).json();
    const itemsOn = async (today: string) =>
      (
        await provider({
          db: ctx.database.db,
          user: { ...me, roles: [{ unitId: me.roles[0].unitId, role: 'esihenkilo' }] },
          unitIds: [],
          today,
          scope: 'mine',
        })
      ).filter((i) => i.link.endsWith(created.id));
    // Checked on 1 March 2020: not due within the 12-month period, due after it.
    expect(await itemsOn('2021-02-28')).toEqual([]);
    expect(await itemsOn('2021-03-02')).toMatchObject([{ dueDate: '2021-03-01' }]);
  });
});

describe('typed use-log events', () => {
  const lastEvent = () =>
    ctx.database.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();

  it('writes the service map’s events with its changes', async () => {
    const created = (await updater.post('/api/services', newService({ name: { fi: 'Lokipalvelu' } }))).json().service;
    expect(await lastEvent()).toEqual({ action: 'servicemap.service.create', subject_id: created.id });
    await updater.put(`/api/services/${created.id}`, {
      ...newService({ status: 'retired' }),
      version: created.version,
    });
    expect(await lastEvent()).toEqual({ action: 'servicemap.service.retire', subject_id: created.id });
    const map = await updater.post('/api/services/theme-maps', { slug: 'lokikartta', title: { fi: 'Lokikartta' } });
    expect(map.statusCode).toBe(201);
    expect(await lastEvent()).toEqual({ action: 'themeMap.create', subject_id: map.json().themeMap.id });
  });
});

describe('theme maps are edited with their version', () => {
  it('answers 409 to a stale version, 404 to an unknown map and a field error to a slug in use', async () => {
    const created = await updater.post('/api/services/theme-maps', {
      slug: 'versiokartta',
      title: { fi: 'Versiokartta' },
      themes: ['nuoret'],
    });
    const map = created.json().themeMap;
    const body = { slug: 'versiokartta', title: { fi: 'Versiokartta 2' }, themes: ['nuoret'] };
    const ok = await updater.put(`/api/services/theme-maps/${map.id}`, { ...body, version: map.version });
    expect(ok.json().themeMap).toMatchObject({ version: map.version + 1, title: { fi: 'Versiokartta 2' } });
    expect(
      (await updater.put(`/api/services/theme-maps/${map.id}`, { ...body, version: map.version })).statusCode,
    ).toBe(409);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await updater.put(`/api/services/theme-maps/${unknown}`, { ...body, version: 1 })).statusCode).toBe(404);
    const taken = await updater.put(`/api/services/theme-maps/${map.id}`, {
      ...body,
      slug: 'paihde-ja-mielenterveys',
      version: map.version + 1,
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.fields[0].path).toBe('slug');
  });
});

describe('a service, a theme map and a correction belong to an organisation', () => {
  let otherUpdater: Agent;
  let otherWorker: Agent;
  let serviceId: string;

  beforeAll(async () => {
    const db = ctx.database.db;
    const org = await db
      .insertInto('organisation')
      .values({ name: 'Toinen kunta', kind: 'kunta' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const unit = await db
      .insertInto('unit')
      .values({ organisation_id: org.id, name: 'Nuorisopalvelut' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { password_hash } = await db
      .selectFrom('app_user')
      .select('password_hash')
      .where('username', '=', 'esihenkilo')
      .executeTakeFirstOrThrow();
    for (const [username, role] of [
      ['paivittaja-toinen', 'esihenkilo'],
      ['tyontekija-toinen', 'sosiaalityontekija'],
    ] as const) {
      const user = await db
        .insertInto('app_user')
        .values({
          username,
          display_name: username,
          email: null,
          phone: null,
          password_hash,
          totp_secret: null,
          client_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.insertInto('user_role').values({ user_id: user.id, unit_id: unit.id, role }).execute();
    }
    otherUpdater = await ctx.login('paivittaja-toinen');
    otherWorker = await ctx.login('tyontekija-toinen');
    serviceId = (await updater.post('/api/services', newService({ name: { fi: 'Oman alueen palvelu' } }))).json()
      .service.id;
  });

  it('says with the service what the user may do with it', async () => {
    expect((await updater.get(`/api/services/${serviceId}`)).json().permittedActions).toEqual([
      'service.read',
      'service.update',
    ]);
    expect((await worker.get(`/api/services/${serviceId}`)).json().permittedActions).toEqual(['service.read']);
    expect((await worker.get('/api/services/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('denies another organisation’s staff the service, its edits and its place in their search', async () => {
    const current = (await updater.get(`/api/services/${serviceId}`)).json().service;
    const edit = await otherUpdater.put(`/api/services/${serviceId}`, {
      ...newService({ name: { fi: 'Kaapattu' } }),
      version: current.version,
    });
    expect(edit.statusCode).toBe(403);
    expect(
      (await otherUpdater.post(`/api/services/${serviceId}/verify`, { version: current.version })).statusCode,
    ).toBe(403);
    expect((await otherWorker.get(`/api/services/${serviceId}`)).statusCode).toBe(403);
    expect((await otherWorker.get(`/api/services/${serviceId}/versions`)).statusCode).toBe(403);
    expect((await otherWorker.get('/api/services?status=all')).json().total).toBe(0);
    expect((await updater.get(`/api/services/${serviceId}`)).json().service.name.fi).toBe('Oman alueen palvelu');
    // The other organisation's updater works on services of their own.
    const own = await otherUpdater.post('/api/services', newService({ name: { fi: 'Toisen kunnan palvelu' } }));
    expect(own.statusCode).toBe(201);
    expect(
      (await otherWorker.get('/api/services?status=all')).json().services.map((s: { id: string }) => s.id),
    ).toEqual([own.json().service.id]);
    expect((await worker.get(`/api/services/${own.json().service.id}`)).statusCode).toBe(403);
  });

  it('refuses an import that would change another organisation’s service, and imports nothing', async () => {
    const hsds = (await ctx.anonymous.get(`/api/hsds/services/${serviceId}`)).json();
    const res = await otherUpdater.post('/api/hsds/import', { services: [{ ...hsds, name: 'Kaapattu' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.records[0].errors).toContainEqual({
      path: 'id',
      message: 'the service belongs to another organisation',
    });
    const csv = (await updater.get('/api/services/export.csv')).body.replace(/^\uFEFF/, '').split('\r\n');
    const row = csv.find((l) => l.startsWith(`"${serviceId}"`))!;
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/services/import.csv',
      headers: { cookie: otherUpdater.cookie!, 'x-csrf-token': otherUpdater.csrf!, 'content-type': 'text/csv' },
      payload: `${csv[0]}\r\n${row.replace('Oman alueen palvelu', 'Kaapattu')}\r\n`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.rows[0].errors[0].message).toBe('the service belongs to another organisation');
    expect((await updater.get(`/api/services/${serviceId}`)).json().service.name.fi).toBe('Oman alueen palvelu');
  });

  it('denies another organisation’s updater the theme maps and the corrections of this organisation', async () => {
    const maps = (await updater.get('/api/services/theme-maps')).json().themeMaps;
    const demoMap = maps.find((m: { slug: string }) => m.slug === 'paihde-ja-mielenterveys');
    expect((await otherUpdater.get('/api/services/theme-maps')).json().themeMaps).toEqual([]);
    const { id: _id, version, ...body } = demoMap;
    expect((await otherUpdater.put(`/api/services/theme-maps/${demoMap.id}`, { ...body, version })).statusCode).toBe(
      403,
    );
    // The demo correction of a service of this organisation: not in the other queue, not theirs to handle.
    const queue = (await updater.get('/api/services/suggestions')).json().suggestions;
    const correction = queue.find((g: { kind: string }) => g.kind === 'correction');
    expect(correction).toBeDefined();
    const otherQueue = (await otherUpdater.get('/api/services/suggestions')).json().suggestions;
    expect(otherQueue.map((g: { id: string }) => g.id)).not.toContain(correction.id);
    expect((await otherUpdater.post(`/api/services/suggestions/${correction.id}/reject`, {})).statusCode).toBe(403);
    // A suggestion of a new service is open to every updater until one handles it.
    await ctx.anonymous.post('/api/public/services/suggestions', { kind: 'new', name: 'Uusi kylätalo' });
    const fresh = (await otherUpdater.get('/api/services/suggestions')).json().suggestions;
    expect(fresh.map((g: { name: string }) => g.name)).toContain('Uusi kylätalo');
  });
});
