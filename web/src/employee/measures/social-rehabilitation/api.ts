// Calls of a client's social rehabilitation (/api/clients/:clientId/social-rehabilitation/…).
import type { z } from 'zod';
import { api } from '../../../lib/api';
import type {
  contactBody,
  interviewBody,
  newPeriodBody,
  Period,
  PeriodsResponse,
} from '../../../../../src/shared/contracts/measures/social-rehabilitation';

const base = (clientId: string) => `/api/clients/${clientId}/social-rehabilitation/periods`;

export const periodsKey = (clientId: string) => ['measures', 'social-rehab', clientId] as const;

export const fetchPeriods = (clientId: string) => api.get<PeriodsResponse>(base(clientId));

export const startPeriod = (clientId: string, body: z.input<typeof newPeriodBody>) =>
  api.post<{ period: Period }>(base(clientId), body);

export const addContact = (clientId: string, periodId: string, body: z.input<typeof contactBody>) =>
  api.post<{ id: string }>(`${base(clientId)}/${periodId}/contacts`, body);

export const saveInterview = (
  clientId: string,
  periodId: string,
  phase: 'start' | 'end',
  body: z.input<typeof interviewBody>,
) => api.put<{ period: Period }>(`${base(clientId)}/${periodId}/interviews/${phase}`, body);

export const endPeriod = (clientId: string, periodId: string, version: number) =>
  api.post<{ period: Period }>(`${base(clientId)}/${periodId}/end`, { version });
