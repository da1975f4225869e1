// Role × action matrix: each demo user against each action, on a client and a unit of the first
// demo unit. The expectations are written out by hand (not derived from the registry), so a changed
// rule shows up here. Every action in the registry must have a row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app.js';
import { ACTIONS, type ActionName } from '../../shared/access/actions/index.js';
import { decide, type AuthUser } from './check.js';
import type { SubjectKind } from '../../shared/access/rules.js';
import type { SubjectResolution } from './subjects.js';

const SW = 'sosiaalityontekija';
const SO = 'sosiaaliohjaaja';
const EK = 'etuuskasittelija';
const EH = 'esihenkilo';
const KA = 'kokemusasiantuntija';
const YP = 'yllapitaja';
const SW2 = 'sosiaalityontekija2';
const AS = 'asiakas';
/** A work activity provider's account (no unit role; linked to Työpaja Verstas). */
const PR = 'tyotoiminta';
const ANON = 'anonymous';
const USERS = [SW, SO, EK, EH, KA, YP, SW2, AS, PR] as const;
const EVERYONE = [...USERS, ANON];
const STAFF = [SW, SO, EK, EH, KA, YP, SW2];

/** Who may perform the action on the demo client / demo unit (Aikuissosiaalityö, Keskusta). */
const EXPECTED: Partial<Record<ActionName, readonly string[]>> & Record<string, readonly string[]> = {
  // --- foundation ---
  'health.read': EVERYONE,
  'docs.read': EVERYONE,
  'auth.login': EVERYONE,
  'auth.logout': USERS,
  'publicAsset.read': EVERYONE,
  'account.activate': EVERYONE,
  'csrfToken.read': EVERYONE,
  'publicPage.read': EVERYONE,
  'me.read': USERS,
  'account.update': USERS,
  'account.totp.manage': STAFF,
  'organisation.manage': [YP],
  'unit.manage': [YP],
  'user.manage': [YP],
  'auditLog.read': [YP],
  'client.basic.read': [SW, SO, EK, EH, AS],

  // --- client-work (issue 3) ---
  'client.search': [SW, SO, EK, EH, SW2],
  'client.create': [SW, SO, EH, SW2],
  'client.read': [SW, SO, EH],
  'client.update': [SW, SO, EH],
  'client.identity.reveal': [SW, SO, EH],
  'contact.read': [SW, SO, EH],
  'contact.write': [SW, SO, EH],
  // A benefit handler of the client's unit (the client resolver decides), never a worker of another unit.
  'concern.create': [EK],
  'concern.list': [EK],
  'assessment.read': [SW, SO, EH],
  'assessment.write': [SW, SO, EH],
  'assessment.complete': [SW],
  'assessmentSections.manage': [YP],
  'namedWorker.read': [SW, SO, EH],
  'namedWorker.write': [SW, SO, EH],
  'network.read': [SW, SO, EH],
  'network.write': [SW, SO, EH],
  'authorityRequest.read': [SW, SO, EH],
  'authorityRequest.write': [SW, SO, EH],
  'plan.read': [SW, SO, EH],
  'plan.update': [SW, SO],
  'meeting.read': [SW, SO, EH],
  'meeting.write': [SW, SO],
  'myWork.read': [SW, SO, EH, SW2],
  // On a task of the first unit assigned to the social worker: theirs to do, and the manager's to close.
  'task.complete': [SW, EH],
  'unit.overview.read': [EH],
  'portal.read': [AS],
  'portal.write': [AS],
  'deadlineRules.manage': [YP],

  // --- measures (issue 4) ---
  // The provider register belongs to the organisation: client workers of any of its units.
  'workActivity.provider.list': [SW, SO, EH, SW2],
  'workActivity.provider.create': [SW, SO, EH, SW2],
  'workActivity.provider.update': [SW, SO, EH, SW2],
  'workActivity.read': [SW, SO, EH],
  'workActivity.write': [SW, SO],
  'workActivity.allowance.read': [SW, SO, EH, SW2],
  'workActivity.settings.manage': [EH, YP],
  // Any signed-in user may ask for their providers (none for staff); the list is their providers' only.
  'workActivity.providerPortal.use': USERS,
  // The demo agreement is with Työpaja Verstas: only its provider account, no staff role.
  'workActivity.providerAttendance.read': [PR],
  'workActivity.providerAttendance.write': [PR],
  'benefitDecision.read': [SW, SO, EK, EH],
  'benefitDecision.write': [SW, SO, EK],
  'benefitDecision.list': [SW, SO, EK, EH, SW2],
  'benefitDecision.report.read': [EH],
  'group.list': [SW, SO, EH, KA, SW2],
  // The demo group is led by the expert by experience of the unit (groupLeader): first names only.
  'group.read': [SW, SO, EH, KA],
  'group.member.read': [SW, SO, EH],
  'group.create': [SW, SO, SW2],
  'group.update': [SW, SO],
  'group.invitation.create': [SW, SO],
  'group.clientNotes.read': [SW, SO, EH],
  'socialRehab.read': [SW, SO, EH],
  'socialRehab.write': [SW, SO],
  'processTemplate.list': [SW, SO, EH, SW2],
  'processTemplate.create': [SW, EH, SW2],
  'clientProcess.read': [SW, SO, EH],
  'clientProcess.write': [SW, SO],
  'measures.read': [SW, SO, EH],

  // --- participation (issue 5) ---
  // Subject-scoped rows are decided on a survey, free text, proposal, group interview, feedback
  // answer and worker (Olli Ohjaaja) of the first unit: the other unit's worker (SW2) is denied.
  'feedback.public.submit': EVERYONE,
  'survey.public.use': EVERYONE,
  'proposal.public.read': EVERYONE,
  'feedback.own.read': [SW, SO, EK, EH, SW2],
  'feedback.perWorker.list': [EH],
  'feedback.perWorker.read': [EH],
  'feedback.paper.enter': [SW, SO, EK, EH, SW2],
  'feedback.freeText.list': [EH],
  'feedback.moderate': [EH],
  'feedback.settings.manage': [EH, YP],
  'proposal.list': [SW, SO, EK, EH, KA, SW2],
  'proposal.read': [SW, SO, EK, EH, KA],
  'proposal.create': [SW, SO, EH, SW2],
  'proposal.update': [SW, SO, EH],
  'proposal.fromFeedback.create': [EH],
  'proposal.fromSurvey.create': [EH],
  'survey.list': [SW, SO, EH, KA, SW2],
  'survey.read': [SW, SO, EH, KA],
  'survey.create': [SW, SO, EH, SW2],
  'survey.update': [SW, SO, EH],
  'survey.paper.enter': [SW, SO, EK, EH],
  'survey.results.read': [SW, SO, EH, KA],
  'survey.freeText.list': [EH],
  'survey.moderate': [EH],
  'survey.contacts.read': [EH],
  'groupInterview.list': [SW, SO, EH, KA, SW2],
  'groupInterview.read': [SW, SO, EH, KA],
  'groupInterview.create': [SW, SO, EH, SW2],
  'groupInterview.update': [SW, SO, EH],

  // --- servicemap (issue 6) ---
  // A service or theme map of the demo organisation: staff of any of its units read it (the second
  // unit's worker too); the updaters (EH, YP) change it. The demo suggestion corrects such a service.
  'servicemap.public.read': EVERYONE,
  'serviceSuggestion.submit': EVERYONE,
  'service.list': STAFF,
  'service.read': STAFF,
  'service.create': [EH, YP],
  'service.update': [EH, YP],
  'servicemap.import.write': [EH, YP],
  'servicemap.settings.manage': [EH, YP],
  'serviceSuggestion.list': [EH, YP],
  'serviceSuggestion.moderate': [EH, YP],
  'themeMap.list': STAFF,
  'themeMap.create': [EH, YP],
  'themeMap.update': [EH, YP],

  // --- knowledge (structural social work) ---
};

let ctx: TestContext;

/** A demo subject of each kind in the first demo unit (Aikuissosiaalityö, Keskusta). */
const SAMPLE_SUBJECTS: Record<SubjectKind, () => Promise<string>> = {
  unit: async () => unitId,
  client: async () => clientId,
  service: async () => (await firstRow('service')).id,
  themeMap: async () => (await firstRow('service_theme_map')).id,
  serviceSuggestion: async () => (await firstRow('service_suggestion')).id,
  task: async () => (taskId ??= await sampleTask()),
  // measures: the demo group, an agreement with Työpaja Verstas and that provider
  group: async () =>
    (
      await ctx.database.db
        .selectFrom('group_work')
        .select('id')
        .where('unit_id', '=', unitId)
        .where('name', '=', 'Arjen voimavarat')
        .executeTakeFirstOrThrow()
    ).id,
  workActivityAgreement: async () =>
    (
      await ctx.database.db
        .selectFrom('work_activity_agreement as a')
        .innerJoin('work_activity_path as wp', 'wp.id', 'a.path_id')
        .innerJoin('work_activity_provider as p', 'p.id', 'a.provider_id')
        .select('a.id')
        .where('wp.unit_id', '=', unitId)
        .where('p.name', '=', 'Työpaja Verstas')
        .executeTakeFirstOrThrow()
    ).id,
  workActivityProvider: async () =>
    (
      await ctx.database.db
        .selectFrom('work_activity_provider')
        .select('id')
        .where('name', '=', 'Työpaja Verstas')
        .executeTakeFirstOrThrow()
    ).id,
  // participation
  survey: async () =>
    (await db().selectFrom('survey').select('id').where('owner_unit_id', '=', unitId).executeTakeFirstOrThrow()).id,
  surveyFreeText: async () =>
    (
      await db()
        .selectFrom('survey_free_text as f')
        .innerJoin('survey as s', 's.id', 'f.survey_id')
        .select('f.id')
        .where('s.owner_unit_id', '=', unitId)
        .executeTakeFirstOrThrow()
    ).id,
  proposal: async () =>
    (await db().selectFrom('proposal').select('id').where('owner_unit_id', '=', unitId).executeTakeFirstOrThrow()).id,
  groupInterview: async () =>
    (await db().selectFrom('group_interview').select('id').where('unit_id', '=', unitId).executeTakeFirstOrThrow()).id,
  feedbackAnswer: async () =>
    (await db().selectFrom('feedback_answer').select('id').where('unit_id', '=', unitId).executeTakeFirstOrThrow()).id,
  feedbackWorker: async () => users.get(SO)!.id,
};
const db = () => ctx.database.db;

/** The first demo row of a table (the demo has one organisation: all its rows are of the first unit's). */
function firstRow(table: 'service' | 'service_theme_map' | 'service_suggestion') {
  return ctx.database.db.selectFrom(table).select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
}

let taskId: string | undefined;
/** An open task of the first unit, assigned to the social worker. */
async function sampleTask(): Promise<string> {
  const db = ctx.database.db;
  const sw = await db.selectFrom('app_user').select('id').where('username', '=', SW).executeTakeFirstOrThrow();
  const task = await db
    .insertInto('task')
    .values({ unit_id: unitId, assignee_id: sw.id, kind: 'client.followup', title: 'Soita' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return task.id;
}

const users = new Map<string, AuthUser | null>();
let unitId: string;
let clientId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  for (const username of USERS) {
    const u = await db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
    const roles = await db.selectFrom('user_role').select(['unit_id', 'role']).where('user_id', '=', u.id).execute();
    users.set(username, {
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      language: u.language,
      clientId: u.client_id,
      totpEnabled: u.totp_enabled,
      roles: roles.map((r) => ({ unitId: r.unit_id, role: r.role })),
    });
  }
  users.set(ANON, null);
  unitId = (
    await db.selectFrom('unit').select('id').where('name', '=', 'Aikuissosiaalityö, Keskusta').executeTakeFirstOrThrow()
  ).id;
  clientId = users.get(AS)!.clientId!;
});
afterAll(async () => ctx?.close());

describe('role × action matrix', () => {
  it('has an expectation for every action in the registry, and none for unknown actions', () => {
    const registered = Object.keys(ACTIONS).sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(registered);
  });

  for (const action of Object.keys(ACTIONS) as ActionName[]) {
    it(`${action}`, async () => {
      const allowed = EXPECTED[action] ?? [];
      const scope = ACTIONS[action].scope;
      const general = scope === 'public' || scope === 'authenticated' || scope === 'anyUnit';
      for (const [username, user] of users) {
        // A subject-scoped action is decided on a demo subject of the first unit, as its registered
        // resolver answers for this user.
        let subject: SubjectResolution | undefined;
        if (!general && user) {
          const kind = scope as SubjectKind;
          const id = await SAMPLE_SUBJECTS[kind]();
          subject = (await ctx.app.subjectResolvers[kind]!.resolve(ctx.database.db, id, user)) ?? undefined;
          expect(subject, `the ${kind} resolver finds the demo subject`).toBeDefined();
        }
        const decision = decide(user, action, subject);
        expect(decision === 'allow', `${username} on ${action}`).toBe(allowed.includes(username));
      }
    });
  }

  it('denies a worker of another unit on the HTTP level too, and logs the attempt', async () => {
    const other = await ctx.login(SW2);
    const before = await ctx.database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('outcome', '=', 'denied')
      .executeTakeFirstOrThrow();
    const res = await other.get(`/api/clients/${clientId}`);
    expect(res.statusCode).toBe(403);
    const after = await ctx.database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('outcome', '=', 'denied')
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
  });
});
