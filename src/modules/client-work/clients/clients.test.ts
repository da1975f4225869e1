import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { checkCharacter } from './henkilotunnus.js';
import { addDays, deadline } from '../../../domain/calendar/index.js';
import { fixedClock, systemClock } from '../../../domain/clock/index.js';
import { auditEventLabel } from '../../../server/audit/events/index.js';
import { assessmentStartItems, taskItems } from './my-work.js';

/** The app's today: deadlines, "not in the future" and defaults are counted from it. */
const TODAY = '2027-03-01';

let ctx: TestContext;
let sw: Agent;
let so: Agent;
let ek: Agent;
let sw2: Agent;
let demoClientId: string;
let unitId: string;
let otherUnitId: string;

/** A synthetic valid identity code (temporary 9xx individual numbers). */
function hetu(dd: string, mm: string, yy: string, sign: string, ind: string) {
  return `${dd}${mm}${yy}${sign}${ind}${checkCharacter(dd + mm + yy, ind)}`;
}

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: fixedClock(TODAY) });
  [sw, so, ek, sw2] = await Promise.all([
    ctx.login('sosiaalityontekija'),
    ctx.login('sosiaaliohjaaja'),
    ctx.login('etuuskasittelija'),
    ctx.login('sosiaalityontekija2'),
  ]);
  const db = ctx.database.db;
  demoClientId = (
    await db.selectFrom('app_user').select('client_id').where('username', '=', 'asiakas').executeTakeFirstOrThrow()
  ).client_id!;
  unitId = (
    await db.selectFrom('unit').select('id').where('name', '=', 'Aikuissosiaalityö, Keskusta').executeTakeFirstOrThrow()
  ).id;
  otherUnitId = (
    await db
      .selectFrom('unit')
      .select('id')
      .where('name', '=', 'Aikuissosiaalityö, Pohjoinen')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => ctx?.close());

async function newClient(agent: Agent, body: Record<string, unknown>) {
  const res = await agent.post('/api/clients', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().client as { id: string; version: number; henkilotunnus: string | null; birthDate: string | null };
}

describe('client record', () => {
  it('creates a client with a validated identity code, derives the birth date and masks the code', async () => {
    const code = hetu('12', '03', '85', '-', '901');
    const c = await newClient(sw, { firstName: 'Testi', lastName: 'Henkilö', henkilotunnus: code });
    expect(c.birthDate).toBe('1985-03-12');
    expect(c.henkilotunnus).toBe('120385-****');
    const read = await sw.get(`/api/clients/${c.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain(code);
    const reveal = await sw.post(`/api/clients/${c.id}/identity-code/reveal`);
    expect(reveal.json().henkilotunnus).toBe(code);
    const logged = await ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('client_id', '=', c.id)
      .execute();
    expect(logged.map((l) => l.action)).toEqual(
      expect.arrayContaining(['client.create', 'client.read', 'client.identity.reveal']),
    );
  });

  it('refuses an invalid identity code with a field error that does not echo it', async () => {
    const res = await sw.post('/api/clients', { firstName: 'A', lastName: 'B', henkilotunnus: '131052-308U' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'henkilotunnus', message: expect.stringContaining('Henkilötunnus ei ole kelvollinen') },
    ]);
    expect(res.body).not.toContain('131052-308U');
  });

  it('refuses a birth date that contradicts the identity code', async () => {
    const res = await sw.post('/api/clients', {
      firstName: 'A',
      lastName: 'B',
      henkilotunnus: hetu('01', '01', '90', '-', '902'),
      birthDate: '1991-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('birthDate');
  });

  it('warns of a possible duplicate (same name + birth date) and creates it only when confirmed', async () => {
    const first = await newClient(sw, { firstName: 'Tuplat', lastName: 'Testinen', birthDate: '1970-05-05' });
    const again = await sw.post('/api/clients', { firstName: 'tuplat', lastName: 'TESTINEN', birthDate: '1970-05-05' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('possible_duplicate');
    expect(again.json().error.candidates).toEqual([
      { id: first.id, firstName: 'Tuplat', lastName: 'Testinen', unitName: 'Aikuissosiaalityö, Keskusta' },
    ]);
    const confirmed = await sw.post('/api/clients', {
      firstName: 'Tuplat',
      lastName: 'Testinen',
      birthDate: '1970-05-05',
      confirmDuplicate: true,
    });
    expect(confirmed.statusCode).toBe(201);
  });

  it('always refuses a second client with the same identity code, even when confirmed', async () => {
    const code = hetu('02', '02', '02', 'B', '903');
    const first = await newClient(sw, { firstName: 'Uusi', lastName: 'Vuosisata', henkilotunnus: code });
    expect(first.birthDate).toBe('2002-02-02');
    const dup = await sw.post('/api/clients', {
      firstName: 'Muu',
      lastName: 'Nimi',
      henkilotunnus: code,
      confirmDuplicate: true,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.candidates[0].id).toBe(first.id);
    expect(dup.body).not.toContain(code);
  });

  it('searches by name within own units and by exact identity code, never echoing the code', async () => {
    const code = hetu('24', '12', '99', '-', '904');
    const c = await newClient(sw, { firstName: 'Haettava', lastName: 'Ainutlaatuinen', henkilotunnus: code });
    const byName = await sw.get('/api/clients?q=ainutlaat');
    expect(byName.json().clients.map((x: { id: string }) => x.id)).toEqual([c.id]);
    const byCode = await sw.post('/api/clients/search', { q: code });
    expect((await sw.get(`/api/clients?q=${encodeURIComponent(code)}`)).json().clients).toHaveLength(1);
    expect(byCode.json().clients.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect(byCode.body).not.toContain(code);
    const partial = await sw.post('/api/clients/search', { q: code.slice(0, 10) + 'Z' });
    expect(partial.json().clients).toEqual([]);
    // A worker of another unit does not find the client.
    const other = await sw2.get('/api/clients?q=ainutlaat');
    expect(other.json().clients).toEqual([]);
  });

  it('updates with a version check (409 on a stale version)', async () => {
    const c = await newClient(sw, { firstName: 'Versio', lastName: 'Testi' });
    const ok = await sw.patch(`/api/clients/${c.id}`, { version: c.version, city: 'Esimerkkilä' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().client.version).toBe(c.version + 1);
    const stale = await so.patch(`/api/clients/${c.id}`, { version: c.version, city: 'Muu' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const read = await sw.get(`/api/clients/${c.id}`);
    expect(read.json().client.city).toBe('Esimerkkilä');
  });

  it('ends a youth client relationship with a follow-up task two months later for the named worker', async () => {
    const c = await newClient(sw, {
      firstName: 'Nuori',
      lastName: 'Päättyvä',
      birthDate: '2004-01-01',
      clientGroup: 'youth',
    });
    const nw = await sw.get(`/api/clients/${c.id}/named-worker`);
    const worker = nw.json().workers.find((w: { displayName: string }) => w.displayName.startsWith('Olli'));
    const today = TODAY;
    expect(
      (
        await sw.post(`/api/clients/${c.id}/named-worker`, {
          currentId: null,
          status: 'assigned',
          workerId: worker.id,
          assignedOn: today,
        })
      ).statusCode,
    ).toBe(201);
    const res = await sw.post(`/api/clients/${c.id}/end`, {
      version: c.version,
      endedOn: '2026-01-31',
      endReason: 'Tavoitteet saavutettu',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().client.status).toBe('ended');
    const task = await ctx.database.db
      .selectFrom('task')
      .selectAll()
      .where('id', '=', res.json().followUpTaskId)
      .executeTakeFirstOrThrow();
    expect(task.due_date).toBe('2026-03-31');
    expect(task.assignee_id).toBe(worker.id);
    expect(task.kind).toBe('client.followup');
    const again = await sw.post(`/api/clients/${c.id}/end`, {
      version: res.json().client.version,
      endedOn: '2026-01-31',
      endReason: 'x',
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses to give a second client an identity code already in use (field error, nothing changed)', async () => {
    const code = hetu('03', '03', '83', 'Y', '905');
    await newClient(sw, { firstName: 'Eka', lastName: 'Koodi', henkilotunnus: code });
    const other = await newClient(sw, { firstName: 'Toka', lastName: 'Koodi' });
    const res = await sw.patch(`/api/clients/${other.id}`, { version: other.version, henkilotunnus: code });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('henkilotunnus');
    expect(res.body).not.toContain(code);
    expect((await sw.get(`/api/clients/${other.id}`)).json().client).toMatchObject({
      henkilotunnus: null,
      version: other.version,
    });
  });

  it('a new contact re-opens an ended client relationship', async () => {
    const c = await newClient(sw, { firstName: 'Palaava', lastName: 'Asiakas' });
    const ended = await sw.post(`/api/clients/${c.id}/end`, {
      version: c.version,
      endedOn: TODAY,
      endReason: 'Muutti pois',
    });
    expect(ended.json().client.status).toBe('ended');
    await sw.post(`/api/clients/${c.id}/contacts`, {
      contactDate: TODAY,
      channel: 'visit',
      contactedBy: 'client',
    });
    expect((await sw.get(`/api/clients/${c.id}`)).json().client).toMatchObject({
      status: 'active',
      endedOn: null,
      // Re-opening is an edit of the record: a form opened on the ended record is now stale.
      version: ended.json().client.version + 1,
    });
  });

  it('refuses text that cannot be stored (a NUL character) with a field error, and stores nothing', async () => {
    const before = await ctx.database.db
      .selectFrom('client')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await sw.post('/api/clients', { firstName: 'Nolla', lastName: 'Merkki', city: 'Esimerkki\u0000lä' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['city']);
    const after = await ctx.database.db
      .selectFrom('client')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('says with the record what the user may do with it (the web app shows buttons by it)', async () => {
    const c = await newClient(sw, { firstName: 'Luvat', lastName: 'Näkyvät' });
    const asSw = (await sw.get(`/api/clients/${c.id}`)).json().permittedActions as string[];
    expect(asSw).toEqual(
      expect.arrayContaining(['client.update', 'client.identity.reveal', 'assessment.complete', 'namedWorker.write']),
    );
    expect(asSw).not.toContain('concern.create');
    const asSo = (await so.get(`/api/clients/${c.id}`)).json().permittedActions as string[];
    expect(asSo).toEqual(expect.arrayContaining(['assessment.write', 'network.write', 'authorityRequest.write']));
    expect(asSo).not.toContain('assessment.complete');
  });

  it('ends an adult relationship without a follow-up unless asked', async () => {
    const c = await newClient(sw, { firstName: 'Aikuinen', lastName: 'Päättyvä' });
    const res = await sw.post(`/api/clients/${c.id}/end`, {
      version: c.version,
      endedOn: TODAY,
      endReason: 'Muutti',
    });
    expect(res.json().followUpTaskId).toBeNull();
  });
});

describe('contacts and deadlines', () => {
  it('records a contact with the 7th-working-day start deadline; My work lists it until an assessment starts', async () => {
    const c = await newClient(sw, { firstName: 'Yhteys', lastName: 'Ottaja' });
    const contactDate = addDays(TODAY, -2);
    const res = await sw.post(`/api/clients/${c.id}/contacts`, {
      contactDate,
      channel: 'phone',
      contactedBy: 'client',
      reason: 'Toimeentulo-ongelmat',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().contact.assessmentStartDue).toBe(deadline(contactDate, 7));
    expect(res.json().contact.assessmentStarted).toBe(false);
    const user = {
      id: (
        await ctx.database.db
          .selectFrom('app_user')
          .select('id')
          .where('username', '=', 'sosiaalityontekija')
          .executeTakeFirstOrThrow()
      ).id,
      username: 'sosiaalityontekija',
      displayName: '',
      language: 'fi' as const,
      clientId: null,
      totpEnabled: false,
      roles: [],
    };
    const q = { db: ctx.database.db, user, unitIds: [unitId], today: TODAY, scope: 'mine' as const };
    expect(
      (await assessmentStartItems(q)).some((i) => i.clientId === c.id && i.dueDate === deadline(contactDate, 7)),
    ).toBe(true);
    await sw.post(`/api/clients/${c.id}/assessments`, {});
    expect((await assessmentStartItems(q)).some((i) => i.clientId === c.id)).toBe(false);
    const list = await sw.get(`/api/clients/${c.id}/contacts`);
    expect(list.json().contacts[0].assessmentStarted).toBe(true);
  });

  it("follows the organisation's own deadline settings (contacts, My work, authority requests)", async () => {
    const admin = await ctx.login('yllapitaja');
    const organisationId = (
      await ctx.database.db
        .selectFrom('unit')
        .select('organisation_id')
        .where('id', '=', unitId)
        .executeTakeFirstOrThrow()
    ).organisation_id;
    const current = await admin.get(`/api/admin/organisations/${organisationId}/deadline-config`);
    expect(current.statusCode, current.body).toBe(200);
    const set = await admin.put(`/api/admin/organisations/${organisationId}/deadline-config`, {
      overrides: { adult: { assessmentStartWorkingDays: 3, authorityRequestWorkingDays: 5 } },
      version: current.json().version ?? 0,
    });
    expect(set.statusCode, set.body).toBe(200);
    const c = await newClient(sw, { firstName: 'Oma', lastName: 'Määräaika' });
    const contactDate = addDays(TODAY, -1);
    const res = await sw.post(`/api/clients/${c.id}/contacts`, {
      contactDate,
      channel: 'phone',
      contactedBy: 'client',
    });
    expect(res.json().contact.assessmentStartDue).toBe(deadline(contactDate, 3));
    const user = {
      id: (
        await ctx.database.db
          .selectFrom('app_user')
          .select('id')
          .where('username', '=', 'sosiaalityontekija')
          .executeTakeFirstOrThrow()
      ).id,
      username: 'sosiaalityontekija',
      displayName: '',
      language: 'fi' as const,
      clientId: null,
      totpEnabled: false,
      roles: [],
    };
    const q = { db: ctx.database.db, user, unitIds: [unitId], today: TODAY, scope: 'mine' as const };
    expect((await assessmentStartItems(q)).find((i) => i.clientId === c.id)?.dueDate).toBe(deadline(contactDate, 3));
    const sentOn = addDays(TODAY, -1);
    const request = await sw.post(`/api/clients/${c.id}/authority-requests`, {
      authority: 'Kela',
      authorityKind: 'kela',
      purpose: 'assessment',
      requestText: 'Pyydämme osallistumaan.',
      sentOn,
    });
    expect(request.statusCode, request.body).toBe(201);
    expect(request.json().request.dueDate).toBe(deadline(sentOn, 5));
    // Back to the defaults so the other tests see the statutory numbers.
    const latest = await admin.get(`/api/admin/organisations/${organisationId}/deadline-config`);
    await admin.put(`/api/admin/organisations/${organisationId}/deadline-config`, {
      overrides: {},
      version: latest.json().version,
    });
  });

  it("counts the future from the app's clock, not the machine's", async () => {
    const c = await newClient(sw, { firstName: 'Kello', lastName: 'Yksi' });
    const body = { channel: 'phone', contactedBy: 'client' };
    const tomorrow = await sw.post(`/api/clients/${c.id}/contacts`, { ...body, contactDate: addDays(TODAY, 1) });
    expect(tomorrow.statusCode).toBe(400);
    expect(tomorrow.json().error.fields[0].path).toBe('contactDate');
    const today = await sw.post(`/api/clients/${c.id}/contacts`, { ...body, contactDate: TODAY });
    expect(today.statusCode, today.body).toBe(201);
    expect(today.json().contact.assessmentStartDue).toBe(deadline(TODAY, 7));
  });

  it('refuses a contact date in the future', async () => {
    const res = await sw.post(`/api/clients/${demoClientId}/contacts`, {
      contactDate: '2999-01-01',
      channel: 'phone',
      contactedBy: 'client',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('contactDate');
  });
});

describe('benefit handler concern', () => {
  it('creates a contact and a unit task; the handler sees their concerns and basic data only', async () => {
    const res = await ek.post(`/api/clients/${demoClientId}/concerns`, {
      description: 'Vuokrarästejä, asiakas vaikutti uupuneelta',
    });
    expect(res.statusCode, res.body).toBe(201);
    const contact = await ctx.database.db
      .selectFrom('contact')
      .selectAll()
      .where('id', '=', res.json().concern.id)
      .executeTakeFirstOrThrow();
    expect(contact.contacted_by).toBe('benefit-handler');
    expect(contact.assessment_required).toBe(true);
    const task = await ctx.database.db
      .selectFrom('task')
      .selectAll()
      .where('source_id', '=', contact.id)
      .executeTakeFirstOrThrow();
    expect(task.kind).toBe('client.concern');
    expect(task.unit_id).toBe(unitId);
    // Aino has a named worker: the task is theirs.
    const swId = (
      await ctx.database.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'sosiaalityontekija')
        .executeTakeFirstOrThrow()
    ).id;
    expect(task.assignee_id).toBe(swId);
    // Without a named worker it is a task of the unit's workers.
    const lone = await newClient(sw, { firstName: 'Ilman', lastName: 'Omatyöntekijää' });
    const res2 = await ek.post(`/api/clients/${lone.id}/concerns`, { description: 'Huoli' });
    const task2 = await ctx.database.db
      .selectFrom('task')
      .selectAll()
      .where('source_id', '=', res2.json().concern.id)
      .executeTakeFirstOrThrow();
    expect(task2.assignee_id).toBeNull();
    const mine = await ek.get('/api/concerns');
    expect(mine.json().concerns.map((c: { id: string }) => c.id)).toContain(contact.id);
    expect((await ek.get(`/api/clients/${demoClientId}/basic`)).statusCode).toBe(200);
    expect((await ek.get('/api/clients?q=asiakas')).statusCode).toBe(200);
    for (const url of ['', '/contacts', '/assessments', '/network', '/authority-requests', '/named-worker']) {
      expect((await ek.get(`/api/clients/${demoClientId}${url}`)).statusCode, url).toBe(403);
    }
  });

  it('refuses a concern about a client of another unit (403, logged)', async () => {
    const other = await newClient(sw2, { firstName: 'Pohjoisen', lastName: 'Asiakas', unitId: otherUnitId });
    const res = await ek.post(`/api/clients/${other.id}/concerns`, { description: 'x' });
    expect(res.statusCode).toBe(403);
    const denied = await ctx.database.db
      .selectFrom('audit_log')
      .select('outcome')
      .where('client_id', '=', other.id)
      .where('action', '=', 'concern.create')
      .execute();
    expect(denied.map((d) => d.outcome)).toEqual(['denied']);
  });

  it('answers 404 for a concern about a client that does not exist, and records nothing', async () => {
    const missing = '5d0c4a8e-0b7e-4f57-9a43-1c2b3d4e5f60';
    const res = await ek.post(`/api/clients/${missing}/concerns`, { description: 'x' });
    expect(res.statusCode).toBe(404);
    expect(await ctx.database.db.selectFrom('contact').select('id').where('client_id', '=', missing).execute()).toEqual(
      [],
    );
  });

  it('refuses a concern from a social worker (not a benefit handler), and logs the attempt', async () => {
    const c = await newClient(sw, { firstName: 'Huoli', lastName: 'Sosiaalityöstä' });
    expect((await sw.post(`/api/clients/${c.id}/concerns`, { description: 'x' })).statusCode).toBe(403);
    const denied = await ctx.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('client_id', '=', c.id)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toEqual([{ action: 'concern.create', actor_username: 'sosiaalityontekija' }]);
    expect(await ctx.database.db.selectFrom('contact').select('id').where('client_id', '=', c.id).execute()).toEqual(
      [],
    );
  });
});

describe('access', () => {
  it('denies experts by experience, administrators and workers of another unit, and logs it', async () => {
    for (const username of ['kokemusasiantuntija', 'yllapitaja', 'sosiaalityontekija2']) {
      const agent = await ctx.login(username);
      for (const url of ['', '/contacts', '/assessments', '/network', '/authority-requests', '/named-worker']) {
        expect((await agent.get(`/api/clients/${demoClientId}${url}`)).statusCode, `${username} ${url}`).toBe(403);
      }
      expect(
        (
          await agent.post(`/api/clients/${demoClientId}/contacts`, {
            contactDate: '2026-01-01',
            channel: 'phone',
            contactedBy: 'client',
          })
        ).statusCode,
      ).toBe(403);
    }
    for (const username of ['kokemusasiantuntija', 'yllapitaja']) {
      const agent = await ctx.login(username);
      expect((await agent.get('/api/clients?q=a')).statusCode).toBe(403);
      expect((await agent.post('/api/clients', { firstName: 'a', lastName: 'b' })).statusCode).toBe(403);
    }
    const denials = await ctx.database.db
      .selectFrom('audit_log')
      .select('actor_username')
      .where('client_id', '=', demoClientId)
      .where('outcome', '=', 'denied')
      .execute();
    expect(new Set(denials.map((d) => d.actor_username))).toEqual(
      new Set(['kokemusasiantuntija', 'yllapitaja', 'sosiaalityontekija2', 'etuuskasittelija']),
    );
  });

  it('does not let a worker create a client in a unit they do not work in', async () => {
    const res = await sw.post('/api/clients', { firstName: 'a', lastName: 'b', unitId: otherUnitId });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('unitId');
  });
});

describe('named worker', () => {
  it('assigns, changes with a logged history, requires reasons, and detects concurrent changes', async () => {
    const c = await newClient(sw, { firstName: 'Oma', lastName: 'Työntekijä' });
    const base = await sw.get(`/api/clients/${c.id}/named-worker`);
    expect(base.statusCode, base.body).toBe(200);
    expect(base.json().current).toBeNull();
    const worker = base.json().workers[0];
    const today = TODAY;
    expect(
      (
        await sw.post(`/api/clients/${c.id}/named-worker`, { currentId: null, status: 'assigned', assignedOn: today })
      ).json().error.fields[0].path,
    ).toBe('workerId');
    expect(
      (
        await sw.post(`/api/clients/${c.id}/named-worker`, { currentId: null, status: 'not-needed', assignedOn: today })
      ).json().error.fields[0].path,
    ).toBe('reason');
    expect(
      (
        await sw.post(`/api/clients/${c.id}/named-worker`, {
          currentId: null,
          status: 'other-responsible',
          assignedOn: today,
        })
      ).json().error.fields[0].path,
    ).toBe('otherResponsible');
    const sw2User = (
      await ctx.database.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'sosiaalityontekija2')
        .executeTakeFirstOrThrow()
    ).id;
    expect(
      (
        await sw.post(`/api/clients/${c.id}/named-worker`, {
          currentId: null,
          status: 'assigned',
          workerId: sw2User,
          assignedOn: today,
        })
      ).json().error.fields[0].path,
    ).toBe('workerId');

    const a = await sw.post(`/api/clients/${c.id}/named-worker`, {
      currentId: null,
      status: 'assigned',
      workerId: worker.id,
      assignedOn: today,
      clientInformedOn: today,
    });
    expect(a.statusCode, a.body).toBe(201);
    const stale = await so.post(`/api/clients/${c.id}/named-worker`, {
      currentId: null,
      status: 'not-needed',
      reason: 'x',
      assignedOn: today,
    });
    expect(stale.statusCode).toBe(409);
    const b = await so.post(`/api/clients/${c.id}/named-worker`, {
      currentId: a.json().current.id,
      status: 'other-responsible',
      otherResponsible: 'Aikuispsykiatrian poliklinikka',
      assignedOn: today,
    });
    expect(b.statusCode).toBe(201);
    const after = await sw.get(`/api/clients/${c.id}/named-worker`);
    expect(after.json().current.status).toBe('other-responsible');
    expect(after.json().history).toHaveLength(2);
    expect(after.json().history[1]).toMatchObject({ status: 'assigned', endedOn: today, clientInformedOn: today });
    const informed = await sw.patch(`/api/clients/${c.id}/named-worker/${b.json().current.id}`, {
      clientInformedOn: today,
    });
    expect(informed.statusCode).toBe(200);
    const client = await sw.get(`/api/clients/${c.id}`);
    expect(client.json().client.namedWorker).toMatchObject({ status: 'other-responsible', clientInformedOn: today });
  });
});

describe('My work tasks', () => {
  it('lists open tasks assigned to me and unassigned client-work tasks of my units', async () => {
    const db = ctx.database.db;
    const user = await db
      .selectFrom('app_user')
      .select(['id', 'username'])
      .where('username', '=', 'sosiaalityontekija')
      .executeTakeFirstOrThrow();
    const items = await taskItems({
      db,
      user: { ...user, displayName: '', language: 'fi', clientId: null, totpEnabled: false, roles: [] },
      unitIds: [unitId],
      today: TODAY,
      scope: 'mine',
    });
    const unassigned = await db
      .selectFrom('task')
      .select('id')
      .where('kind', '=', 'client.concern')
      .where('assignee_id', 'is', null)
      .execute();
    expect(unassigned.length).toBeGreaterThan(0);
    expect(items.filter((i) => unassigned.some((u) => u.id === i.taskId))).toHaveLength(unassigned.length);
    const none = await taskItems({
      db,
      user: { ...user, displayName: '', language: 'fi', clientId: null, totpEnabled: false, roles: [] },
      unitIds: [otherUnitId],
      today: TODAY,
      scope: 'mine',
    });
    expect(none.some((i) => unassigned.some((u) => u.id === i.taskId))).toBe(false);
  });
});

describe('demo data', () => {
  it('has 45+ clients in the demo unit in varied states, and Aino Asiakas with an assessment and named worker', async () => {
    const db = ctx.database.db;
    const main = await db
      .selectFrom('client')
      .select(['status', 'client_group'])
      .where('unit_id', '=', unitId)
      .execute();
    expect(main.length).toBeGreaterThanOrEqual(45);
    expect(main.some((c) => c.status === 'ended')).toBe(true);
    expect(main.some((c) => c.client_group === 'youth')).toBe(true);
    expect(
      (await db.selectFrom('client').select('id').where('unit_id', '=', otherUnitId).execute()).length,
    ).toBeGreaterThanOrEqual(8);
    const aino = await db.selectFrom('client').selectAll().where('id', '=', demoClientId).executeTakeFirstOrThrow();
    expect([aino.first_name, aino.last_name]).toEqual(['Aino', 'Asiakas']);
    const a = await db.selectFrom('assessment').select('status').where('client_id', '=', demoClientId).execute();
    expect(a.map((x) => x.status)).toContain('completed');
    const nw = await sw.get(`/api/clients/${demoClientId}/named-worker`);
    expect(nw.json().current.workerName).toBe('Sanna Sosiaalityöntekijä');
    const followUps = await db.selectFrom('task').select('id').where('kind', '=', 'client.followup').execute();
    expect(followUps.length).toBeGreaterThan(0);
    const user = {
      id: (
        await db
          .selectFrom('app_user')
          .select('id')
          .where('username', '=', 'sosiaalityontekija')
          .executeTakeFirstOrThrow()
      ).id,
      username: 'sosiaalityontekija',
      displayName: '',
      language: 'fi' as const,
      clientId: null,
      totpEnabled: false,
      roles: [],
    };
    const items = await assessmentStartItems({
      db,
      user,
      unitIds: [unitId],
      today: systemClock.today(),
      scope: 'unit',
    });
    expect(items.some((i) => i.dueDate! < systemClock.today())).toBe(true);
    expect(items.some((i) => i.dueDate! >= systemClock.today())).toBe(true);
  });
});

describe('use log', () => {
  it('labels every event written about a client in Finnish, Swedish and English', async () => {
    // A few of the events part A writes, made here so the test stands on its own.
    const c = await newClient(sw, { firstName: 'Loki', lastName: 'Tapahtuma', birthDate: '1960-06-06' });
    expect(
      (await sw.post('/api/clients', { firstName: 'Loki', lastName: 'Tapahtuma', birthDate: '1960-06-06' })).statusCode,
    ).toBe(409);
    await sw.post(`/api/clients/${c.id}/contacts`, { contactDate: TODAY, channel: 'phone', contactedBy: 'client' });
    const nw = (await sw.get(`/api/clients/${c.id}/named-worker`)).json();
    await sw.post(`/api/clients/${c.id}/named-worker`, {
      currentId: null,
      status: 'assigned',
      workerId: nw.workers[0].id,
      assignedOn: TODAY,
    });
    await sw.post(`/api/clients/${c.id}/end`, { version: c.version, endedOn: TODAY, endReason: 'Muutti' });
    const rows = await ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .distinct()
      .where('client_id', 'is not', null)
      .execute();
    const actions = rows.map((r) => r.action);
    // This file's routes wrote these events, among others.
    expect(actions).toEqual(
      expect.arrayContaining(['client.create.duplicateCheck', 'contact.create', 'namedWorker.assign', 'client.end']),
    );
    for (const action of actions) {
      for (const lang of ['fi', 'sv', 'en'] as const) expect(auditEventLabel(action, lang), action).not.toBe(action);
    }
  });

  it("tells the client, in their words, which kind of data a worker processed (the portal's use log)", async () => {
    await sw.get(`/api/clients/${demoClientId}/named-worker`);
    const sent = await sw.post(`/api/clients/${demoClientId}/authority-requests`, {
      authority: 'Asumisneuvonta',
      authorityKind: 'housing',
      purpose: 'plan',
      sentOn: TODAY,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const client = await ctx.login('asiakas');
    const log = await client.get('/api/portal/access-log?plain=0');
    expect(log.statusCode).toBe(200);
    const bySanna = (log.json().entries as { who: string; what: string }[])
      .filter((e) => e.who === 'Sanna Sosiaalityöntekijä')
      .map((e) => e.what);
    expect(bySanna).toEqual(expect.arrayContaining(['omatyöntekijä', 'pyynnöt muille viranomaisille']));
  });
});
