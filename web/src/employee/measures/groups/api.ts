// Calls of group-based social work (/api/groups/…) and one client's groups
// (/api/clients/:clientId/groups), typed by the contracts.
import type { z } from 'zod';
import { api } from '../../../lib/api';
import type {
  attendanceBody,
  ClientGroups,
  feedbackBody,
  FeedbackSummary,
  GroupDetail,
  GroupSession,
  GroupStaff,
  GroupSummary,
  invitationBody,
  memberPatch,
  newGroupBody,
  sessionPatch,
} from '../../../../../src/shared/contracts/measures/groups';

export const GROUPS_KEY = ['measures', 'groups'] as const;
export const GROUP_STAFF_KEY = ['measures', 'group-staff'] as const;
export const groupKey = (groupId: string) => ['measures', 'group', groupId] as const;
export const feedbackKey = (groupId: string) => ['measures', 'group-feedback', groupId] as const;
export const clientGroupsKey = (clientId: string) => ['measures', 'client-groups', clientId] as const;

export const fetchGroups = () => api.get<{ groups: GroupSummary[] }>('/api/groups').then((r) => r.groups);
export const fetchStaff = () => api.get<{ staff: GroupStaff[] }>('/api/groups/staff').then((r) => r.staff);
export const createGroup = (body: z.input<typeof newGroupBody>) => api.post<{ id: string }>('/api/groups', body);

export const fetchGroup = (groupId: string) => api.get<GroupDetail>(`/api/groups/${groupId}`);

export const updateMember = (groupId: string, memberId: string, body: z.input<typeof memberPatch>) =>
  api.patch<{ version: number }>(`/api/groups/${groupId}/members/${memberId}`, body);

export const saveAttendance = (groupId: string, sessionId: string, body: z.input<typeof attendanceBody>) =>
  api.put<{ saved: number }>(`/api/groups/${groupId}/sessions/${sessionId}/attendance`, body);

export const updateSession = (groupId: string, sessionId: string, body: z.input<typeof sessionPatch>) =>
  api.patch<GroupSession>(`/api/groups/${groupId}/sessions/${sessionId}`, body);

export const addFeedback = (groupId: string, sessionId: string, body: z.input<typeof feedbackBody>) =>
  api.post(`/api/groups/${groupId}/sessions/${sessionId}/feedback`, body);

export const fetchFeedback = (groupId: string) =>
  api.get<{ sessions: FeedbackSummary[] }>(`/api/groups/${groupId}/feedback`).then((r) => r.sessions);

export const closeGroup = (groupId: string, version: number) =>
  api.post<{ status: 'closed' }>(`/api/groups/${groupId}/close`, { version });

export const fetchClientGroups = (clientId: string) => api.get<ClientGroups>(`/api/clients/${clientId}/groups`);

export const invite = (clientId: string, body: z.input<typeof invitationBody>) =>
  api.post<{ id: string }>(`/api/clients/${clientId}/groups`, body);
