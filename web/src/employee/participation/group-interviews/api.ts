// Calls of the group-interview page, typed by the contracts (shared/contracts/participation/group-interviews.ts).
import { api } from '../../../lib/api';
import type {
  ActionOwner,
  GroupInterview,
  NewGroupInterviewInput,
} from '../../../../../src/shared/contracts/participation/group-interviews';

export const GROUP_INTERVIEWS_KEY = ['group-interviews'] as const;

export const groupInterviewsApi = {
  list: () => api.get<{ interviews: GroupInterview[] }>('/api/group-interviews').then((r) => r.interviews),
  owners: () => api.get<{ staff: ActionOwner[] }>('/api/group-interviews/staff').then((r) => r.staff),
  create: (body: NewGroupInterviewInput) => api.post<{ interview: GroupInterview }>('/api/group-interviews', body),
};
