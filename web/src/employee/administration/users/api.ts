import type {
  AdminUser,
  Invitation,
  UserCreate,
  UserUpdate,
} from '../../../../../src/shared/contracts/administration/users';
import { api, query } from '../../../lib/api';

export const usersKey = (q: string) => ['admin', 'users', q] as const;

export const fetchUsers = (q: string) =>
  api.get<{ users: AdminUser[] }>(`/api/admin/users${query({ q })}`).then((r) => r.users);

export const createUser = (body: UserCreate) =>
  api.post<{ user: AdminUser; invitation: Invitation }>('/api/admin/users', body);
export const resetPassword = (id: string) =>
  api.post<{ invitation: Invitation }>(`/api/admin/users/${id}/password-reset`).then((r) => r.invitation);
export const updateUser = (id: string, body: UserUpdate) => api.patch(`/api/admin/users/${id}`, body);
