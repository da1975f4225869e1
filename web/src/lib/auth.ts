// The signed-in user (`GET /api/me`), shared by both apps through TanStack Query.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Lang } from '../../../src/shared/i18n';
import type { Role } from '../../../src/shared/roles';
import { api, ApiError, setCsrfToken } from './api';

export interface RoleAssignment {
  unitId: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
  role: Role;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  language: Lang;
  clientId: string | null;
  totpEnabled: boolean;
  roles: RoleAssignment[];
}

export const ME_KEY = ['me'] as const;

/** `null` when nobody is signed in (401); other errors are thrown to the query. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

export function hasRole(me: Me | null | undefined, ...roles: Role[]): boolean {
  return !!me && me.roles.some((r) => roles.includes(r.role));
}

/** Holds any staff role in some unit. */
export function isStaff(me: Me | null | undefined): boolean {
  return !!me && me.roles.some((r) => r.role !== 'asiakas');
}

/**
 * A client account: the `asiakas` role, or a linked client record without any staff role (the
 * server links client accounts through `clientId` and may list no role for them).
 */
export function isClient(me: Me | null | undefined): boolean {
  return hasRole(me, 'asiakas') || (!!me && me.clientId !== null && !isStaff(me));
}

/** Where a user lands after signing in: clients to the portal, staff to the employee app. */
export function homeFor(me: Me, next?: string | null): string {
  const safeNext = next && next.startsWith('/') && !next.startsWith('//') ? next : null;
  if (isClient(me)) return safeNext?.startsWith('/oma') ? safeNext : '/oma/';
  return safeNext?.startsWith('/app') ? safeNext : '/app/';
}

export function useLogout() {
  const qc = useQueryClient();
  return async (to = '/') => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setCsrfToken(undefined);
      qc.clear();
      window.location.assign(to);
    }
  };
}
