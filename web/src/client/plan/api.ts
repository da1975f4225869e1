// Calls of the client portal, typed by the contracts (src/shared/contracts/client-work/portal.ts).
// Always the signed-in client's own record: no client id in any URL.
import { api } from '../../lib/api';
import type {
  AccessLogEntry,
  GoalMarkBody,
  PortalGoal,
  PortalMeetings,
  PortalPlan,
  PortalWorker,
  PreparationBody,
} from '../../../../src/shared/contracts/client-work/portal';

export const portalKeys = {
  plan: ['portal', 'plan'] as const,
  meetings: ['portal', 'meetings'] as const,
  worker: ['portal', 'worker'] as const,
  accessLog: ['portal', 'access-log'] as const,
};

export const portalApi = {
  plan: () => api.get<PortalPlan>('/api/portal/plan'),
  markGoal: (goalId: string, body: GoalMarkBody) =>
    api.put<{ goal: PortalGoal; version: number }>(`/api/portal/plan/goals/${goalId}`, body),
  writePreparation: (body: PreparationBody) =>
    api.put<{ version: number; clientPreparation: string }>('/api/portal/plan/preparation', body),
  meetings: () => api.get<PortalMeetings>('/api/portal/meetings'),
  worker: () => api.get<PortalWorker>('/api/portal/worker'),
  accessLog: () => api.get<{ entries: AccessLogEntry[] }>('/api/portal/access-log').then((r) => r.entries),
  /** The plan as a PDF, and the same plan as a page that needs no JavaScript (links, not calls). */
  pdfUrl: '/api/portal/plan/pdf',
  printableUrl: '/asiointi/suunnitelma',
  accessLogPageUrl: '/asiointi/katselut',
};
