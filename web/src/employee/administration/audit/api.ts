import type { AuditQuery, AuditRow } from '../../../../../src/shared/contracts/foundation/audit';
import { api, query } from '../../../lib/api';

export const fetchAudit = (q: AuditQuery & { limit?: number; offset?: number }) =>
  api.get<{ rows: AuditRow[]; total: number }>(
    `/api/admin/audit${query(q as Record<string, string | number | undefined>)}`,
  );
