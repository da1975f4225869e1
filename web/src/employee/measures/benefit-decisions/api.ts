// Calls of benefit decisions: a client's applications (/api/clients/:clientId/benefit-decisions/…),
// the open list and the manager's reports (/api/benefit-decisions/…), typed by the contracts.
import type { z } from 'zod';
import { api, query } from '../../../lib/api';
import type {
  Application,
  ApplicationsResponse,
  decisionBody,
  newApplicationBody,
  OpenApplication,
  ProcessingReport,
  ProfessionalGroupReport,
} from '../../../../../src/shared/contracts/measures/benefit-decisions';

const base = (clientId: string) => `/api/clients/${clientId}/benefit-decisions/applications`;

export const applicationsKey = (clientId: string) => ['measures', 'benefit', clientId] as const;

export const fetchApplications = (clientId: string) => api.get<ApplicationsResponse>(base(clientId));

export const registerApplication = (clientId: string, body: z.input<typeof newApplicationBody>) =>
  api.post<{ application: Application }>(base(clientId), body);

export const decide = (clientId: string, applicationId: string, body: z.input<typeof decisionBody>) =>
  api.post<{ application: Application }>(`${base(clientId)}/${applicationId}/decision`, body);

export const fetchOpen = () =>
  api.get<{ applications: OpenApplication[] }>('/api/benefit-decisions/open').then((r) => r.applications);

const reports = '/api/benefit-decisions/reports';

export const fetchProcessingTimes = (from: string, to: string) =>
  api.get<ProcessingReport>(`${reports}/processing-times${query({ from, to })}`);

export const fetchProfessionalGroups = (from: string, to: string) =>
  api.get<ProfessionalGroupReport>(`${reports}/professional-groups${query({ from, to })}`);

export const processingTimesCsvUrl = (from: string, to: string) =>
  `${reports}/processing-times.csv${query({ from, to })}`;
export const professionalGroupsCsvUrl = (from: string, to: string) =>
  `${reports}/professional-groups.csv${query({ from, to })}`;
