// The one registry of actions (ENGINEERING.md "Authorization"). Every route names the action it
// performs in `config.action`; the access plugin refuses to start a route without one and checks the
// rule below on every request. Add a capability's actions in its own section.
import type { Role, StaffRole } from '../../shared/roles.js';

export type Scope =
  /** No session needed (public pages and forms, login). */
  | 'public'
  /** Any logged-in user (own account). */
  | 'authenticated'
  /** The user holds one of `roles` in at least one unit (lists are then filtered to those units). */
  | 'anyUnit'
  /** The route's `:unitId` is a unit where the user holds one of `roles`. */
  | 'unit'
  /** The route's `:clientId` belongs to a unit where the user holds one of `roles`
   *  (or, with `clientSelf`, the user is that client). Every check is written to the use log. */
  | 'client';

export interface ActionRule {
  scope: Scope;
  /** Staff roles allowed; 'asiakas' means a client account (for `anyUnit`: any client account). */
  roles?: readonly Role[];
  /** `client` scope: the client may perform this on their own record. */
  clientSelf?: boolean;
}

const CLIENT_WORKERS = ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'] as const satisfies readonly StaffRole[];
const ALL_STAFF = [
  'sosiaalityontekija',
  'sosiaaliohjaaja',
  'etuuskasittelija',
  'esihenkilo',
  'kokemusasiantuntija',
  'yllapitaja',
] as const satisfies readonly StaffRole[];

export const ACTIONS = {
  // --- foundation ---
  'health.read': { scope: 'public' },
  'docs.read': { scope: 'public' },
  'auth.login': { scope: 'public' },
  'auth.logout': { scope: 'public' },
  'auth.csrf': { scope: 'public' },
  'public.page': { scope: 'public' },
  'me.read': { scope: 'authenticated' },
  'account.update': { scope: 'authenticated' },
  'staff.any': { scope: 'anyUnit', roles: ALL_STAFF },
  'admin.organisations.manage': { scope: 'anyUnit', roles: ['yllapitaja'] },
  'admin.units.manage': { scope: 'anyUnit', roles: ['yllapitaja'] },
  'admin.users.manage': { scope: 'anyUnit', roles: ['yllapitaja'] },
  'audit.read': { scope: 'anyUnit', roles: ['yllapitaja'] },
  /** Reading the basic client record; the benefit handler needs it to raise a concern. */
  'client.basic.read': { scope: 'client', roles: [...CLIENT_WORKERS, 'etuuskasittelija'], clientSelf: true },

  // --- client-work (issue 3) ---
  // Part A: record, contacts, assessment, named worker, network, SHL 41 § requests, concerns.
  'client.search': { scope: 'anyUnit', roles: [...CLIENT_WORKERS, 'etuuskasittelija'] },
  'client.create': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'client.read': { scope: 'client', roles: CLIENT_WORKERS },
  'client.update': { scope: 'client', roles: CLIENT_WORKERS },
  /** Showing the full henkilötunnus; each reveal is in the use log. */
  'client.identity.reveal': { scope: 'client', roles: CLIENT_WORKERS },
  'contact.read': { scope: 'client', roles: CLIENT_WORKERS },
  'contact.write': { scope: 'client', roles: CLIENT_WORKERS },
  /** A benefit handler raises a concern (huoli) about a client of their unit. */
  'concern.create': { scope: 'anyUnit', roles: ['etuuskasittelija'] },
  'concern.read': { scope: 'anyUnit', roles: ['etuuskasittelija'] },
  'assessment.read': { scope: 'client', roles: CLIENT_WORKERS },
  'assessment.write': { scope: 'client', roles: CLIENT_WORKERS },
  /** Professional conclusions are signed by a social worker (SHL 36 §, master's level). */
  'assessment.complete': { scope: 'client', roles: ['sosiaalityontekija'] },
  /** Organisation setting: the extra sections of the assessment form. */
  'assessment.sections.manage': { scope: 'anyUnit', roles: ['yllapitaja'] },
  'namedworker.write': { scope: 'client', roles: CLIENT_WORKERS },
  'network.read': { scope: 'client', roles: CLIENT_WORKERS },
  'network.write': { scope: 'client', roles: CLIENT_WORKERS },
  'authorityrequest.read': { scope: 'client', roles: CLIENT_WORKERS },
  'authorityrequest.write': { scope: 'client', roles: CLIENT_WORKERS },
  // Part B: client plan, meetings, My work, unit overview, client portal.
  /** Plans are for the client's workers: not the benefit handler, expert by experience or administrator. */
  'plan.read': { scope: 'client', roles: CLIENT_WORKERS },
  'plan.update': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  'meeting.read': { scope: 'client', roles: CLIENT_WORKERS },
  'meeting.write': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  /** My work: the worker's own clients and tasks; a task can be marked done. */
  'mywork.read': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'mywork.task.done': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  /** The manager's unit overview (counts and per-worker breakdown). */
  'unit.overview': { scope: 'unit', roles: ['esihenkilo'] },
  /** The client portal: the client's own plan, meetings, worker and use log. */
  'portal.read': { scope: 'anyUnit', roles: ['asiakas'] },
  'portal.write': { scope: 'anyUnit', roles: ['asiakas'] },
  /** Days and months of the deadline rules per organisation and client group. */
  'deadlines.configure': { scope: 'anyUnit', roles: ['yllapitaja'] },

  // --- measures (issue 4) ---
  // Counsellors and social workers of the client's unit work with measures; the manager reads and
  // reports; the benefit handler handles benefit decisions only.
  'workActivity.providers.read': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'workActivity.providers.manage': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'workActivity.read': { scope: 'client', roles: CLIENT_WORKERS },
  'workActivity.write': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  'workActivity.allowance.read': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'workActivity.settings.manage': { scope: 'anyUnit', roles: ['esihenkilo', 'yllapitaja'] },
  /** Provider accounts (placement supervisors) hold no unit role: the scope is `authenticated` and
   *  the rule is one function, assertProviderMember in src/modules/work-activity/provider-access.ts —
   *  only agreements of a provider the user is linked to in provider_user (others get 403). */
  'workActivity.providerPortal': { scope: 'authenticated' },
  'benefitDecision.read': { scope: 'client', roles: [...CLIENT_WORKERS, 'etuuskasittelija'] },
  'benefitDecision.write': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija'] },
  'benefitDecision.list': { scope: 'anyUnit', roles: [...CLIENT_WORKERS, 'etuuskasittelija'] },
  'benefitDecision.report': { scope: 'anyUnit', roles: ['esihenkilo'] },
  /** Experts by experience: only groups they lead, first names only (checked in groups/access.ts). */
  'group.read': { scope: 'anyUnit', roles: [...CLIENT_WORKERS, 'kokemusasiantuntija'] },
  'group.manage': { scope: 'anyUnit', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  /** Group notes in a member's client file: only groups where the member consented. */
  'group.clientNotes.read': { scope: 'client', roles: CLIENT_WORKERS },
  'socialRehab.read': { scope: 'client', roles: CLIENT_WORKERS },
  'socialRehab.write': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  'processTemplate.read': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'processTemplate.manage': { scope: 'anyUnit', roles: ['sosiaalityontekija', 'esihenkilo'] },
  'clientProcess.read': { scope: 'client', roles: CLIENT_WORKERS },
  'clientProcess.write': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  /** All of a client's measures in one list, for the client plan. */
  'measures.read': { scope: 'client', roles: CLIENT_WORKERS },

  // --- participation (issue 5) ---
  // Participation data is kept apart from client files: none of these reads client records.
  /** Public forms and JSON: after-meeting feedback, surveys, kiosk, "what we did". */
  'feedback.public': { scope: 'public' },
  'survey.public': { scope: 'public' },
  'proposal.public': { scope: 'public' },
  /** A worker's own feedback code, cards and results (only at or above the minimum group size). */
  'feedback.readOwn': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo'],
  },
  /** A manager's view of their unit's staff, same minimum-size rule. */
  'feedback.readPerWorker': { scope: 'anyUnit', roles: ['esihenkilo'] },
  /** Typing in paper feedback cards from the box. */
  'feedback.enterPaper': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo'],
  },
  /** Reading unmoderated free text and redacting identifying details. */
  'feedback.moderate': { scope: 'anyUnit', roles: ['esihenkilo'] },
  'feedback.settings': { scope: 'anyUnit', roles: ['esihenkilo', 'yllapitaja'] },
  /** Experts by experience see proposals and aggregate results, never per-worker free text. */
  'proposal.read': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo', 'kokemusasiantuntija'],
  },
  'proposal.manage': { scope: 'anyUnit', roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'] },
  /** Turning a feedback answer into a proposal needs the moderator's view of the answer. */
  'proposal.fromFeedback': { scope: 'anyUnit', roles: ['esihenkilo'] },
  'survey.manage': { scope: 'anyUnit', roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'] },
  'survey.enterPaper': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo'],
  },
  'survey.results': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo', 'kokemusasiantuntija'],
  },
  'survey.moderate': { scope: 'anyUnit', roles: ['esihenkilo'] },
  'groupinterview.read': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo', 'kokemusasiantuntija'],
  },
  'groupinterview.manage': { scope: 'anyUnit', roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'] },

  // --- servicemap (issue 6) ---
  /** Public search, service pages, theme maps, HSDS export: no session. */
  'servicemap.public.read': { scope: 'public' },
  /** Anyone may suggest a new service or a correction (moderated before it is public). */
  'servicemap.public.suggest': { scope: 'public' },
  /** Worker view: search with internal notes, show to client, handouts. */
  'servicemap.read': { scope: 'anyUnit', roles: ALL_STAFF },
  /** The updater (päivittäjä): create, edit, verify, retire, import, theme maps, settings. */
  'servicemap.manage': { scope: 'anyUnit', roles: ['esihenkilo', 'yllapitaja'] },
  /** The updater's moderation queue of public suggestions. */
  'servicemap.moderate': { scope: 'anyUnit', roles: ['esihenkilo', 'yllapitaja'] },

  // --- knowledge (structural social work) ---
} as const satisfies Record<string, ActionRule>;

export type ActionName = keyof typeof ACTIONS;

export const ROLE_GROUPS = { CLIENT_WORKERS, ALL_STAFF };

export function actionRule(name: string): ActionRule | undefined {
  return (ACTIONS as Record<string, ActionRule>)[name];
}
