// Calls of the plan and meetings tabs, typed by the contracts (src/shared/contracts/client-work).
import type { z } from 'zod';
import { api } from '../../../lib/api';
import type {
  AcceptBody,
  PlanVersion,
  PlansResponse,
  ReviewBody,
  SaveDraftBody,
  StartPlanBody,
  startPlanResponse,
} from '../../../../../src/shared/contracts/client-work/plan';
import type {
  Meeting,
  MeetingBody,
  MeetingList,
  MeetingUpdateBody,
} from '../../../../../src/shared/contracts/client-work/meetings';

export interface VersionIds {
  clientId: string;
  planId: string;
  versionId: string;
}

const plansUrl = (clientId: string) => `/api/clients/${clientId}/plans`;
const versionUrl = (v: VersionIds) => `${plansUrl(v.clientId)}/${v.planId}/versions/${v.versionId}`;

export const planKeys = {
  plans: (clientId: string) => ['plans', clientId] as const,
  version: (versionId: string) => ['plan-version', versionId] as const,
};

export const planApi = {
  /** The client's plan (none or one) and what the user may do with it. */
  plans: (clientId: string) => api.get<PlansResponse>(plansUrl(clientId)),
  start: (clientId: string, body: StartPlanBody) =>
    api.post<z.infer<typeof startPlanResponse>>(plansUrl(clientId), body),
  version: (v: VersionIds) => api.get<{ version: PlanVersion }>(versionUrl(v)).then((r) => r.version),
  saveDraft: (v: VersionIds, body: SaveDraftBody) =>
    api.put<{ version: PlanVersion }>(versionUrl(v), body).then((r) => r.version),
  accept: (v: VersionIds, body: AcceptBody) =>
    api.post<{ version: PlanVersion }>(`${versionUrl(v)}/accept`, body).then((r) => r.version),
  /** A review: a new draft version copying the newest one. */
  review: (clientId: string, planId: string, body: ReviewBody) =>
    api.post<{ version: PlanVersion }>(`${plansUrl(clientId)}/${planId}/versions`, body).then((r) => r.version),
  /** The client's copy: a printable page and a PDF (links, not calls). */
  printUrl: (v: VersionIds) => `${versionUrl(v)}/print`,
  pdfUrl: (v: VersionIds) => `${versionUrl(v)}/pdf`,
};

const meetingsUrl = (clientId: string) => `/api/clients/${clientId}/meetings`;

export const meetingKeys = { list: (clientId: string) => ['meetings', clientId] as const };

export const meetingApi = {
  /** The client's meetings, the counts the deadline rules use, and what the user may do. */
  list: (clientId: string) => api.get<MeetingList>(meetingsUrl(clientId)),
  create: (clientId: string, body: MeetingBody) =>
    api.post<{ meeting: Meeting }>(meetingsUrl(clientId), body).then((r) => r.meeting),
  update: (clientId: string, meetingId: string, body: MeetingUpdateBody) =>
    api.put<{ meeting: Meeting }>(`${meetingsUrl(clientId)}/${meetingId}`, body).then((r) => r.meeting),
};
