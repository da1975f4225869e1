// Calls of import and export. An import's 400 answer lists the bad records or rows, which the shared
// client does not keep (it keeps field errors only), so the import is a fetch of its own.
import { api, ApiError } from '../../../lib/api';
import type { ImportProblem, ImportResult } from '../../../../../src/shared/contracts/servicemap/exchange';

export const EXPORT_PATHS = { hsds: '/api/hsds/export', csv: '/api/services/export.csv' } as const;
const IMPORT_PATHS = { hsds: '/api/hsds/import', csv: '/api/services/import.csv' } as const;

/** An import that failed: the server's message and its problems per record (HSDS) or row (CSV). */
export class ImportError extends ApiError {
  constructor(
    error: ApiError,
    readonly problems: ImportProblem[],
  ) {
    super(error.status, error.code, error.message, error.fields);
  }
}

export async function importServices(format: 'hsds' | 'csv', body: string, lang: string): Promise<ImportResult> {
  const { token } = await api.get<{ token: string | null }>('/api/auth/csrf');
  const res = await fetch(IMPORT_PATHS[format], {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': format === 'hsds' ? 'application/json' : 'text/csv',
      Accept: 'application/json',
      'Accept-Language': lang,
      ...(token ? { 'x-csrf-token': token } : {}),
    },
    body,
  });
  const json = (await res.json().catch(() => ({}))) as Partial<ImportResult> & {
    error?: {
      code: string;
      message: string;
      records?: ImportProblem[];
      rows?: ImportProblem[];
      fields?: { path: string; message: string }[];
    };
  };
  if (!res.ok) {
    const e = json.error;
    throw new ImportError(
      new ApiError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? String(res.status), e?.fields ?? []),
      e?.records ?? e?.rows ?? [],
    );
  }
  return { created: json.created ?? 0, updated: json.updated ?? 0 };
}
