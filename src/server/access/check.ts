// Pure access decisions, shared by the route plugin and the role × action matrix test.
import type { StaffRole } from '../../shared/roles.js';
import { actionRule, type ActionName } from './actions.js';

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  language: 'fi' | 'sv' | 'en';
  clientId: string | null;
  totpEnabled: boolean;
  roles: { unitId: string; role: StaffRole }[];
}

export interface AccessTarget {
  /** For `unit` scope. */
  unitId?: string;
  /** For `client` scope: the client and the unit holding the client. */
  clientId?: string;
  clientUnitId?: string;
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

/** Units where the user holds one of the action's roles. */
export function unitsAllowed(user: AuthUser, action: ActionName): string[] {
  const rule = actionRule(action);
  const roles = rule?.roles ?? [];
  return [...new Set(user.roles.filter((r) => roles.includes(r.role)).map((r) => r.unitId))];
}

export function decide(user: AuthUser | null, action: ActionName, target: AccessTarget = {}): Decision {
  const rule = actionRule(action);
  if (!rule) return 'forbidden';
  if (rule.scope === 'public') return 'allow';
  if (!user) return 'unauthenticated';
  const roles = rule.roles ?? [];
  switch (rule.scope) {
    case 'authenticated':
      return 'allow';
    case 'anyUnit':
      if (roles.includes('asiakas') && user.clientId) return 'allow';
      return user.roles.some((r) => roles.includes(r.role)) ? 'allow' : 'forbidden';
    case 'unit':
      if (!target.unitId) return 'forbidden';
      return user.roles.some((r) => r.unitId === target.unitId && roles.includes(r.role)) ? 'allow' : 'forbidden';
    case 'client':
      if (!target.clientId) return 'forbidden';
      if (rule.clientSelf && user.clientId === target.clientId) return 'allow';
      if (!target.clientUnitId) return 'forbidden';
      return user.roles.some((r) => r.unitId === target.clientUnitId && roles.includes(r.role)) ? 'allow' : 'forbidden';
  }
}
