// Calls of the provider account's page (/api/work-activity/provider/…), typed by the contracts. The
// start page asks fetchProviderMe too (is this user a provider's supervisor?), so this file stays
// apart from the page and does not pull the page's chunk in.
import type { z } from 'zod';
import { api, query } from '../../../lib/api';
import type {
  PortalAgreement,
  PortalAttendanceRow,
  PortalProvidersResponse,
} from '../../../../../src/shared/contracts/measures/provider-portal';
import type { attendanceBody } from '../../../../../src/shared/contracts/measures/work-activity';

export const PROVIDER_ME_KEY = ['work-activity', 'provider', 'me'] as const;
export const PROVIDER_AGREEMENTS_KEY = ['work-activity', 'provider', 'agreements'] as const;
export const providerAttendanceKey = (agreementId: string, month?: string) =>
  month
    ? (['work-activity', 'provider', 'attendance', agreementId, month] as const)
    : (['work-activity', 'provider', 'attendance', agreementId] as const);

export function fetchProviderMe() {
  return api.get<PortalProvidersResponse>('/api/work-activity/provider/me');
}

export const fetchAgreements = () =>
  api.get<{ agreements: PortalAgreement[] }>('/api/work-activity/provider/agreements').then((r) => r.agreements);

const attendanceUrl = (agreementId: string) => `/api/work-activity/provider/agreements/${agreementId}/attendance`;

export const fetchAttendance = (agreementId: string, month: string) =>
  api
    .get<{ attendance: PortalAttendanceRow[] }>(`${attendanceUrl(agreementId)}${query({ month })}`)
    .then((r) => r.attendance);

export const recordDay = (agreementId: string, day: string, body: z.input<typeof attendanceBody>) =>
  api.put<{ id: string }>(`${attendanceUrl(agreementId)}/${day}`, body);
