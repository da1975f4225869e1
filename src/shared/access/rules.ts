// The shape of an access rule (ENGINEERING.md "Authorization"). Pure data, shared by the server,
// which enforces the rules, and the web app, which only reads the names of the actions the server
// says the user may perform.
import type { Localized } from '../i18n.js';
import type { Role, StaffRole } from '../roles.js';

/**
 * A subject is something a route acts on that belongs to a unit, a client or a provider: a client, a
 * unit, a group, a survey … Each kind has a resolver registered with the server's access registry
 * that says, for one id, which units hold it, whose client data it is, and how the user relates to it.
 */
export type SubjectKind =
  | 'unit'
  | 'client'
  // service map: an organisation's service and theme map, a suggestion from the public
  | 'service'
  | 'themeMap'
  | 'serviceSuggestion'
  // client work: a task for a named worker
  | 'task'
  // measures: a group (its unit), a work activity agreement (its client's path's unit) and a provider
  // of the register (the units of its organisation)
  | 'group'
  | 'workActivityAgreement'
  | 'workActivityProvider'
  // participation: a survey, one free-text answer of a survey, a proposal, a group interview, one
  // feedback answer, and a worker whose feedback a manager reads (the units where they work)
  | 'survey'
  | 'surveyFreeText'
  | 'proposal'
  | 'groupInterview'
  | 'feedbackAnswer'
  | 'feedbackWorker';

/** How a user can relate to a subject besides a role in its unit; answered by the subject's resolver. */
export type Relation =
  /** The user is the client the subject belongs to (client accounts). */
  | 'self'
  /** The task is the user's to do: assigned to them, or to nobody in a unit whose My work they see. */
  | 'assignee'
  /** An expert by experience of the group's unit who leads the group (measures). */
  | 'groupLeader'
  /** A provider account linked to the provider (of a work activity agreement) in provider_user (measures). */
  | 'providerMember';

export type Scope =
  /** No session needed (public pages and forms, login). No CSRF proof either: nothing rides on a session. */
  | 'public'
  /** Any logged-in user (their own account). */
  | 'authenticated'
  /** The user holds one of `roles` in at least one unit; lists are then filtered to those units. */
  | 'anyUnit'
  /** One subject named by a route parameter: the user holds one of `roles` in a unit that holds it,
   *  or has one of `relations` to it. Decided by the subject's resolver; denials of client data are logged. */
  | SubjectKind;

export interface ActionRule {
  scope: Scope;
  /** Roles that allow the action (in the subject's unit, or in any unit for `anyUnit`). 'asiakas' with
   *  `anyUnit` means any client account. */
  roles?: readonly Role[];
  /** Relations to the subject that allow the action whatever the roles. */
  relations?: readonly Relation[];
  /** What the action is, for people: the use-log page and the administrator's views. */
  label?: Localized;
}

export const CLIENT_WORKERS = [
  'sosiaalityontekija',
  'sosiaaliohjaaja',
  'esihenkilo',
] as const satisfies readonly StaffRole[];
export const ALL_STAFF = [
  'sosiaalityontekija',
  'sosiaaliohjaaja',
  'etuuskasittelija',
  'esihenkilo',
  'kokemusasiantuntija',
  'yllapitaja',
] as const satisfies readonly StaffRole[];

/**
 * The one naming rule for actions: `subject.verb` or `subject.part.verb`, lowerCamelCase segments,
 * the last one a verb from this list.
 */
export const ACTION_VERBS = [
  'read',
  'list',
  'search',
  'create',
  'update',
  'write',
  'manage',
  'delete',
  'complete',
  'reveal',
  'moderate',
  'submit',
  'use',
  'enter',
  'login',
  'logout',
  'activate',
] as const;

export const ACTION_NAME = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*){1,2}$/;

/** Checks a registry section at the type level and keeps its literal keys. */
export function defineActions<const T extends Record<string, ActionRule>>(actions: T): T {
  return actions;
}
