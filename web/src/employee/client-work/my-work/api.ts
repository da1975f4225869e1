// Calls of My work and the unit overview, typed by the contracts (src/shared/contracts/client-work).
import { api, query } from '../../../lib/api';
import type {
  CompleteTaskBody,
  MyWork,
  MyWorkSort,
  UnitOverview,
} from '../../../../../src/shared/contracts/client-work/my-work';

export const myWorkKeys = {
  all: ['my-work'] as const,
  list: (sort: MyWorkSort, order: 'asc' | 'desc') => ['my-work', sort, order] as const,
  overview: (unitId: string) => ['unit-overview', unitId] as const,
};

export const myWorkApi = {
  /** The worker's clients and what is due, from every capability, sorted. */
  myWork: (sort: MyWorkSort, order: 'asc' | 'desc') => api.get<MyWork>(`/api/my-work${query({ sort, order })}`),
  /** Marks a task done (the one it is for, or the unit's manager). */
  completeTask: (taskId: string, body: CompleteTaskBody = {}) =>
    api.post<{ taskId: string; doneAt: string }>(`/api/tasks/${taskId}/done`, body),
  overview: (unitId: string) => api.get<UnitOverview>(`/api/units/${unitId}/overview`),
};
