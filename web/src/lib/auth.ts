// The signed-in user (`GET /api/me`), shared by both apps through TanStack Query. The web app never
// derives permissions from roles: the server lists the actions the user may perform (`permittedActions`
// here for navigation and start pages, and on each subject's response for its buttons).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionName } from '../../../src/shared/access/actions';
import type { Me } from '../../../src/shared/contracts/foundation/auth';
import { api, ApiError, setCsrfToken } from './api';

export type { Me, RoleAssignment } from '../../../src/shared/contracts/foundation/auth';

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

/** May the user perform any of `actions` (somewhere)? As the server said in `permittedActions`. */
export function can(
  permitted: { permittedActions: readonly ActionName[] } | null | undefined,
  ...actions: ActionName[]
) {
  return !!permitted && actions.some((a) => permitted.permittedActions.includes(a));
}

/** A client account: the portal is theirs and they work in no unit. */
export function isClientAccount(me: Me | null | undefined): boolean {
  return !!me && can(me, 'portal.read') && me.roles.length === 0;
}

/** Where a user lands after signing in: clients to the portal, everyone else to the employee app. */
export function homeFor(me: Me, next?: string | null): string {
  const safeNext = next && next.startsWith('/') && !next.startsWith('//') ? next : null;
  if (isClientAccount(me)) return safeNext?.startsWith('/oma') ? safeNext : '/oma/';
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
