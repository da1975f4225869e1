// Calls of a client's rehabilitative work activity (/api/clients/:clientId/work-activity/…), typed by
// the contracts.
import type { z } from 'zod';
import { api, query } from '../../../lib/api';
import type {
  agreementBody,
  attendanceBody,
  AttendanceRow,
  Agreement,
  PathsResponse,
  stepBody,
  WorkPath,
} from '../../../../../src/shared/contracts/measures/work-activity';

const base = (clientId: string) => `/api/clients/${clientId}/work-activity`;

export const pathsKey = (clientId: string) => ['measures', 'paths', clientId] as const;
export const attendanceKey = (agreementId: string, month?: string) =>
  month
    ? (['measures', 'attendance', agreementId, month] as const)
    : (['measures', 'attendance', agreementId] as const);

export const fetchPaths = (clientId: string) => api.get<PathsResponse>(`${base(clientId)}/paths`);

export const startPath = (clientId: string) => api.post<{ path: WorkPath }>(`${base(clientId)}/paths`, {});

export const recordStep = (clientId: string, pathId: string, body: z.input<typeof stepBody>) =>
  api.post<{ path: WorkPath }>(`${base(clientId)}/paths/${pathId}/steps`, body);

export const makeAgreement = (clientId: string, pathId: string, body: z.input<typeof agreementBody>) =>
  api.post<{ agreement: Agreement }>(`${base(clientId)}/paths/${pathId}/agreements`, body);

export const fetchAttendance = (clientId: string, agreementId: string, month: string) =>
  api
    .get<{ attendance: AttendanceRow[] }>(`${base(clientId)}/agreements/${agreementId}/attendance${query({ month })}`)
    .then((r) => r.attendance);

export const recordDay = (clientId: string, agreementId: string, day: string, body: z.input<typeof attendanceBody>) =>
  api.put<{ id: string; taskId: string | null }>(`${base(clientId)}/agreements/${agreementId}/attendance/${day}`, body);

export const markTeInformed = (clientId: string, attendanceId: string) =>
  api.post<{ teInformedAt: string }>(`${base(clientId)}/attendance/${attendanceId}/te-informed`, {});
