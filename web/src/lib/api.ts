// Small fetch client for the Osallinen API: same-origin cookies, the UI language in
// Accept-Language, a cached CSRF token on every state-changing request, and typed errors.
import { DEFAULT_LANG, defineMessages, messagesFor, type Lang } from '../../../src/shared/i18n';

export interface FieldError {
  path: string;
  message: string;
}

/** An error answered by the server (`{error: {code, message, fields?}}`) or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** The message for one field (`name`, `roles.0.unitId` …), if the server gave one. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

const fallback = defineMessages({
  fi: {
    network: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    server: 'Palvelussa tapahtui virhe. Yritä hetken päästä uudelleen.',
  },
  sv: {
    network: 'Ingen kontakt med servern. Kontrollera nätverksanslutningen och försök igen.',
    server: 'Ett fel uppstod i tjänsten. Försök igen om en stund.',
  },
  en: {
    network: 'Could not reach the server. Check your connection and try again.',
    server: 'Something went wrong in the service. Please try again shortly.',
  },
});

let language: Lang = DEFAULT_LANG;
/** Called by the i18n provider so every request carries the UI language. */
export function setApiLanguage(lang: Lang): void {
  language = lang;
}

let csrfToken: string | null | undefined;
let csrfPromise: Promise<string | null> | undefined;

/** The login response carries a fresh token; logout clears it. */
export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token;
  csrfPromise = undefined;
}

async function getCsrfToken(force = false): Promise<string | null> {
  if (!force && csrfToken !== undefined) return csrfToken;
  if (force || !csrfPromise) {
    csrfPromise = request<{ token: string | null }>('GET', '/api/auth/csrf', undefined, false)
      .then((r) => {
        csrfToken = r.token;
        return r.token;
      })
      .finally(() => {
        csrfPromise = undefined;
      });
  }
  return csrfPromise;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function toApiError(res: Response): Promise<ApiError> {
  const m = messagesFor(fallback, language);
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; fields?: FieldError[] } };
    if (body?.error) {
      return new ApiError(
        res.status,
        body.error.code ?? `http_${res.status}`,
        body.error.message ?? m.server,
        body.error.fields ?? [],
      );
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError(res.status, `http_${res.status}`, m.server);
}

async function request<T>(method: string, path: string, body: unknown, retryCsrf: boolean): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE.has(method)) {
    const token = await getCsrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', messagesFor(fallback, language).network);
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (err.status === 403 && err.code === 'csrf' && retryCsrf && UNSAFE.has(method)) {
      await getCsrfToken(true);
      return request<T>(method, path, body, false);
    }
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path, undefined, true),
  post: <T = void>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}, true),
  put: <T = void>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}, true),
  patch: <T = void>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}, true),
  delete: <T = void>(path: string) => request<T>('DELETE', path, undefined, true),
};

/** Builds a query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
