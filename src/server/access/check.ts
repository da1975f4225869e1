// Pure access decisions, shared by the route plugin, the permitted-actions lists and the matrix test.
import type { StaffRole } from '../../shared/roles.js';
import { ACTIONS, actionRule, type ActionName } from '../../shared/access/actions/index.js';
import type { ActionRule, SubjectKind } from '../../shared/access/rules.js';
import type { ResolvedSubject, SubjectResolution } from './subjects.js';

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  language: 'fi' | 'sv' | 'en';
  clientId: string | null;
  totpEnabled: boolean;
  roles: { unitId: string; role: StaffRole }[];
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

/** Units where the user holds one of the action's roles. */
export function unitsAllowed(user: AuthUser, action: ActionName): string[] {
  const roles: readonly string[] = actionRule(action)?.roles ?? [];
  return [...new Set(user.roles.filter((r) => roles.includes(r.role)).map((r) => r.unitId))];
}

/**
 * May `user` perform `action`? For an action scoped to a subject kind, `subject` is that subject as
 * its resolver answered (without it the answer is 'forbidden').
 */
export function decide(
  user: AuthUser | null,
  action: ActionName,
  subject?: Pick<SubjectResolution, 'unitIds' | 'relations'>,
): Decision {
  const rule = actionRule(action);
  if (!rule) return 'forbidden';
  if (rule.scope === 'public') return 'allow';
  if (!user) return 'unauthenticated';
  const roles: readonly string[] = rule.roles ?? [];
  switch (rule.scope) {
    case 'authenticated':
      return 'allow';
    case 'anyUnit':
      if (roles.includes('asiakas') && user.clientId) return 'allow';
      return user.roles.some((r) => roles.includes(r.role)) ? 'allow' : 'forbidden';
    default: {
      if (!subject) return 'forbidden';
      if (rule.relations?.some((r) => subject.relations?.includes(r))) return 'allow';
      return user.roles.some((r) => subject.unitIds.includes(r.unitId) && roles.includes(r.role))
        ? 'allow'
        : 'forbidden';
    }
  }
}

/** The actions on one subject that the user may perform: the web app shows buttons by these. */
export function permittedActions(user: AuthUser, subject: ResolvedSubject): ActionName[] {
  return (Object.keys(ACTIONS) as ActionName[]).filter(
    (a) => ACTIONS[a].scope === subject.kind && decide(user, a, subject) === 'allow',
  );
}

/**
 * The actions the user may perform somewhere: every general action that is allowed, and every
 * subject-scoped action for which the user holds one of its roles in some unit (navigation and the
 * start page show exactly these; a subject's own response says which apply to it).
 */
export function permittedGeneralActions(user: AuthUser): ActionName[] {
  return (Object.keys(ACTIONS) as ActionName[]).filter((a) => {
    const rule: ActionRule = ACTIONS[a];
    if (rule.scope === 'public') return false;
    if (rule.scope === 'authenticated' || rule.scope === 'anyUnit') return decide(user, a) === 'allow';
    const roles: readonly string[] = rule.roles ?? [];
    return user.roles.some((r) => roles.includes(r.role));
  });
}

/** The actions the user's roles in one unit allow there (general and subject-scoped alike). */
export function actionsInUnit(user: AuthUser, unitId: string): ActionName[] {
  const held = user.roles.filter((r) => r.unitId === unitId).map((r) => r.role as string);
  return (Object.keys(ACTIONS) as ActionName[]).filter((a) => {
    const rule: ActionRule = ACTIONS[a];
    if (rule.scope === 'public' || rule.scope === 'authenticated') return false;
    return (rule.roles ?? []).some((r) => held.includes(r));
  });
}

/** Subject kinds that some action is scoped to: each needs a resolver. */
export function subjectKindsInUse(): SubjectKind[] {
  const general = new Set(['public', 'authenticated', 'anyUnit']);
  return [
    ...new Set(
      Object.values(ACTIONS)
        .map((r) => r.scope)
        .filter((s) => !general.has(s)),
    ),
  ] as SubjectKind[];
}
