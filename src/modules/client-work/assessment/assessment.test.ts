import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { fixedClock } from '../../../domain/clock/index.js';
import { DEFAULT_ASSESSMENT_SECTIONS, missingForCompletion } from './sections.js';

/** The app's today: "not in the future", defaults and deadlines are counted from it. */
const TODAY = '2027-03-01';
let ctx: TestContext;
let sw: Agent;
let so: Agent;
let clientId: string;

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: fixedClock(TODAY) });
  [sw, so] = await Promise.all([ctx.login('sosiaalityontekija'), ctx.login('sosiaaliohjaaja')]);
  const res = await sw.post('/api/clients', { firstName: 'Arvio', lastName: 'Asiakas' });
  clientId = res.json().client.id;
});
afterAll(async () => ctx?.close());

const complete = {
  situationSummary: 'Asunnoton, velkaa, ei työtä.',
  professionalConclusion: 'Asiakkuuden edellytykset täyttyvät.',
  clientView: 'Haluan asunnon ja työtä.',
  namedWorkerClientView: 'Haluan saman työntekijän.',
  namedWorkerProfessionalView: 'Omatyöntekijä tarpeen.',
  supportNeeded: true,
  supportDuration: 'long-term',
  specialSupportNeeded: true,
  specialSupportReasons: ['multiple-needs'],
  rightsInformation: 'Kerrottu oikeus muutoksenhakuun ja palveluvaihtoehdot; asiakas ymmärsi.',
  participants: 'Asiakas, sosiaalityöntekijä',
  sections: { housing: 'Asuu ystävän luona.' },
};

async function start() {
  const res = await so.post(`/api/clients/${clientId}/assessments`, {});
  expect(res.statusCode, res.body).toBe(201);
  return res.json().assessment as { id: string; version: number };
}

describe('service needs assessment', () => {
  it('lists the default organisation sections with the assessments', async () => {
    const res = await sw.get(`/api/clients/${clientId}/assessments`);
    expect(res.json().sections.map((s: { key: string }) => s.key)).toEqual(
      DEFAULT_ASSESSMENT_SECTIONS.map((s) => s.key),
    );
  });

  it('uses the organisation-configured sections when there are any', async () => {
    const db = ctx.database.db;
    const org = await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
    await db
      .insertInto('assessment_section_definition')
      .values([
        {
          organisation_id: org.id,
          key: 'housing',
          title: JSON.stringify({ fi: 'Asuminen', sv: 'Boende', en: 'Housing' }),
          position: 1,
        },
        {
          organisation_id: org.id,
          key: 'pets',
          title: JSON.stringify({ fi: 'Lemmikit', sv: 'Husdjur', en: 'Pets' }),
          position: 2,
        },
        {
          organisation_id: org.id,
          key: 'old',
          title: JSON.stringify({ fi: 'Vanha', sv: 'Gammal', en: 'Old' }),
          position: 3,
          is_active: false,
        },
      ])
      .execute();
    try {
      const res = await sw.get(`/api/clients/${clientId}/assessments`);
      expect(res.json().sections.map((s: { key: string }) => s.key)).toEqual(['housing', 'pets']);
      const a = await start();
      const bad = await so.put(`/api/clients/${clientId}/assessments/${a.id}`, {
        ...complete,
        sections: { finances: 'x' },
        version: a.version,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].path).toBe('sections.finances');
    } finally {
      await db.deleteFrom('assessment_section_definition').execute();
    }
  });

  it('keeps text in a section the organisation has since retired', async () => {
    const db = ctx.database.db;
    const org = await db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
    const define = async (key: string) => {
      await db.deleteFrom('assessment_section_definition').execute();
      await db
        .insertInto('assessment_section_definition')
        .values({ organisation_id: org.id, key, title: JSON.stringify({ fi: key, sv: key, en: key }) })
        .execute();
    };
    try {
      await define('pets');
      const a = await start();
      const first = await so.put(`/api/clients/${clientId}/assessments/${a.id}`, {
        ...complete,
        sections: { pets: 'Kissa' },
        version: a.version,
      });
      expect(first.statusCode, first.body).toBe(200);
      await define('housing');
      const again = await so.put(`/api/clients/${clientId}/assessments/${a.id}`, {
        ...complete,
        sections: { pets: 'Kissa', housing: 'Vuokra' },
        version: first.json().assessment.version,
      });
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json().assessment.sections).toEqual({ pets: 'Kissa', housing: 'Vuokra' });
      const bad = await so.put(`/api/clients/${clientId}/assessments/${a.id}`, {
        ...complete,
        sections: { debts: 'x' },
        version: again.json().assessment.version,
      });
      expect(bad.statusCode).toBe(400);
    } finally {
      await db.deleteFrom('assessment_section_definition').execute();
    }
  });

  it('lets a counsellor draft; refuses completion by a counsellor (403)', async () => {
    const a = await start();
    const saved = await so.put(`/api/clients/${clientId}/assessments/${a.id}`, { ...complete, version: a.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await so.post(`/api/clients/${clientId}/assessments/${a.id}/complete`, {
      version: saved.json().assessment.version,
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses completion with a field error naming each missing statutory part', async () => {
    const a = await start();
    const res = await sw.post(`/api/clients/${clientId}/assessments/${a.id}/complete`, { version: a.version });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual([
      'situationSummary',
      'professionalConclusion',
      'clientView',
      'namedWorkerClientView',
      'namedWorkerProfessionalView',
      'supportNeeded',
      'specialSupportNeeded',
      'rightsInformation',
    ]);
    expect(res.json().error.fields[0].message).toMatch(/Lakisääteinen osa puuttuu/);
    const still = await sw.get(`/api/clients/${clientId}/assessments/${a.id}`);
    expect(still.json().assessment.status).toBe('draft');
  });

  it('accepts the recorded reason the client view could not be obtained instead of the view', () => {
    const base = {
      situation_summary: 's',
      professional_conclusion: 'p',
      client_view: null,
      client_view_unavailable_reason: 'Asiakas ei ollut tavoitettavissa (ilmeinen este).',
      named_worker_client_view: null,
      named_worker_professional_view: 'n',
      support_needed: false,
      support_duration: null,
      special_support_needed: false,
      special_support_reasons: [],
      rights_information: 'r',
    };
    expect(missingForCompletion(base)).toEqual([]);
    expect(missingForCompletion({ ...base, client_view_unavailable_reason: null }).map((f) => f.path)).toEqual([
      'clientView',
      'namedWorkerClientView',
    ]);
    expect(missingForCompletion({ ...base, support_needed: true }).map((f) => f.path)).toEqual(['supportDuration']);
    expect(missingForCompletion({ ...base, special_support_needed: true }).map((f) => f.path)).toEqual([
      'specialSupportReasons',
    ]);
  });

  it('completes when complete; the completed assessment is locked', async () => {
    const a = await start();
    const saved = await so.put(`/api/clients/${clientId}/assessments/${a.id}`, { ...complete, version: a.version });
    const v = saved.json().assessment.version;
    const res = await sw.post(`/api/clients/${clientId}/assessments/${a.id}/complete`, { version: v });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().assessment).toMatchObject({
      status: 'completed',
      completedOn: TODAY,
      completedByName: 'Sanna Sosiaalityöntekijä',
      sections: { housing: 'Asuu ystävän luona.' },
    });
    const edit = await sw.put(`/api/clients/${clientId}/assessments/${a.id}`, {
      ...complete,
      version: res.json().assessment.version,
    });
    expect(edit.statusCode).toBe(409);
    const audit = await ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', a.id)
      .execute();
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining(['assessment.create', 'assessment.update', 'assessment.complete']),
    );
  });

  it('detects concurrent edits (409) and keeps the first save', async () => {
    const a = await start();
    const first = await so.put(`/api/clients/${clientId}/assessments/${a.id}`, {
      ...complete,
      situationSummary: 'Ensimmäinen',
      version: a.version,
    });
    expect(first.statusCode).toBe(200);
    const second = await sw.put(`/api/clients/${clientId}/assessments/${a.id}`, {
      ...complete,
      situationSummary: 'Toinen',
      version: a.version,
    });
    expect(second.statusCode).toBe(409);
    const read = await sw.get(`/api/clients/${clientId}/assessments/${a.id}`);
    expect(read.json().assessment.situationSummary).toBe('Ensimmäinen');
  });

  it('answers a stale completion with 409 first; a refused completion changes nothing', async () => {
    const a = await start();
    const saved = await so.put(`/api/clients/${clientId}/assessments/${a.id}`, {
      situationSummary: 'Vain tilanne',
      version: a.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await sw.post(`/api/clients/${clientId}/assessments/${a.id}/complete`, { version: a.version });
    expect(stale.statusCode).toBe(409);
    const incomplete = await sw.post(`/api/clients/${clientId}/assessments/${a.id}/complete`, {
      version: saved.json().assessment.version,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.code).toBe('incomplete');
    const after = (await sw.get(`/api/clients/${clientId}/assessments/${a.id}`)).json().assessment;
    expect(after).toMatchObject({ status: 'draft', completedOn: null, version: saved.json().assessment.version });
    const beforeStart = await sw.post(`/api/clients/${clientId}/assessments/${a.id}/complete`, {
      version: after.version,
      completedOn: '2001-01-01',
    });
    expect(beforeStart.json().error.fields[0].path).toBe('completedOn');
  });

  it('does not serve an assessment through another client id', async () => {
    const a = await start();
    const other = (await sw.post('/api/clients', { firstName: 'Toinen', lastName: 'Asiakas' })).json().client.id;
    expect((await sw.get(`/api/clients/${other}/assessments/${a.id}`)).statusCode).toBe(404);
    const put = await so.put(`/api/clients/${other}/assessments/${a.id}`, { ...complete, version: a.version });
    expect(put.statusCode).toBe(404);
    expect((await sw.get(`/api/clients/${clientId}/assessments/${a.id}`)).json().assessment.version).toBe(a.version);
  });

  it('denies assessment content to the benefit handler and another unit', async () => {
    for (const u of ['etuuskasittelija', 'sosiaalityontekija2', 'kokemusasiantuntija', 'yllapitaja']) {
      const agent = await ctx.login(u);
      expect((await agent.get(`/api/clients/${clientId}/assessments`)).statusCode, u).toBe(403);
      expect((await agent.post(`/api/clients/${clientId}/assessments`, {})).statusCode, u).toBe(403);
    }
  });
});

describe('assessment section settings', () => {
  it('lets an administrator replace the sections; workers then see them; others are refused', async () => {
    const yp = await ctx.login('yllapitaja');
    const org = await ctx.database.db.selectFrom('organisation').select('id').executeTakeFirstOrThrow();
    const before = await yp.get(`/api/admin/assessment-sections?organisationId=${org.id}`);
    expect(before.json()).toMatchObject({ configured: false });
    const dup = await yp.put('/api/admin/assessment-sections', {
      organisationId: org.id,
      sections: [
        { key: 'a', title: { fi: 'A', sv: 'A', en: 'A' } },
        { key: 'a', title: { fi: 'B', sv: 'B', en: 'B' } },
      ],
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields[0].path).toBe('sections.1.key');
    const put = await yp.put('/api/admin/assessment-sections', {
      organisationId: org.id,
      sections: [
        { key: 'housing', title: { fi: 'Asuminen', sv: 'Boende', en: 'Housing' } },
        {
          key: 'debts',
          title: { fi: 'Velat', sv: 'Skulder', en: 'Debts' },
          help: { fi: 'Ulosotto', sv: 'Utmätning', en: 'Enforcement' },
        },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const seen = await sw.get(`/api/clients/${clientId}/assessments`);
    expect(seen.json().sections.map((s: { key: string }) => s.key)).toEqual(['housing', 'debts']);
    expect((await sw.put('/api/admin/assessment-sections', { organisationId: org.id, sections: [] })).statusCode).toBe(
      403,
    );
    await yp.put('/api/admin/assessment-sections', { organisationId: org.id, sections: [] });
    expect((await sw.get(`/api/clients/${clientId}/assessments`)).json().sections).toHaveLength(
      DEFAULT_ASSESSMENT_SECTIONS.length,
    );
  });
});
