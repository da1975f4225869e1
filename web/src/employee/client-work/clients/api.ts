// Calls of the client record (search, create, read, edit, reveal, end), typed by the contracts.
import { useQuery } from '@tanstack/react-query';
import type { ActionName } from '../../../../../src/shared/access/actions';
import type {
  Client,
  ClientBasic,
  ClientRead,
  ClientSearchInput,
  ClientSearchResult,
  CreateClientInput,
  DuplicateCandidate,
  EndClientInput,
  EndClientResult,
  UpdateClientInput,
} from '../../../../../src/shared/contracts/client-work/clients';
import { api, ApiError } from '../../../lib/api';

/** The record with what the server lets the user do with it. */
export type ClientView = Client & { permittedActions: ActionName[] };

export const clientKey = (clientId: string) => ['clients', clientId] as const;

export const fetchClient = (clientId: string): Promise<ClientView> =>
  api.get<ClientRead>(`/api/clients/${clientId}`).then((r) => ({ ...r.client, permittedActions: r.permittedActions }));

export function useClient(clientId: string) {
  return useQuery({ queryKey: clientKey(clientId), queryFn: () => fetchClient(clientId) });
}

/** POST: an identity code typed in the search must not end up in a URL. */
export const searchClients = (input: ClientSearchInput): Promise<ClientBasic[]> =>
  api.post<ClientSearchResult>('/api/clients/search', input).then((r) => r.clients);

export function useClientSearch(q: string, status: NonNullable<ClientSearchInput['status']>) {
  return useQuery({ queryKey: ['clients', 'search', q, status], queryFn: () => searchClients({ q, status }) });
}

/**
 * POST /api/clients reading the 409 `possible_duplicate` body (its candidates), which the shared
 * API client does not expose.
 */
export async function createClient(
  body: CreateClientInput,
  lang: string,
): Promise<{ client: Client } | { candidates: DuplicateCandidate[] }> {
  const { token } = await api.get<{ token: string | null }>('/api/auth/csrf');
  const res = await fetch('/api/clients', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Accept-Language': lang,
      ...(token ? { 'x-csrf-token': token } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as {
    client?: Client;
    error?: {
      code: string;
      message: string;
      fields?: { path: string; message: string }[];
      candidates?: DuplicateCandidate[];
    };
  };
  if (res.ok && json.client) return { client: json.client };
  if (json.error?.code === 'possible_duplicate') return { candidates: json.error.candidates ?? [] };
  throw new ApiError(
    res.status,
    json.error?.code ?? `http_${res.status}`,
    json.error?.message ?? '',
    json.error?.fields ?? [],
  );
}

export const updateClient = (clientId: string, body: UpdateClientInput) =>
  api.patch<{ client: Client }>(`/api/clients/${clientId}`, body).then((r) => r.client);

export const endClient = (clientId: string, body: EndClientInput) =>
  api.post<EndClientResult>(`/api/clients/${clientId}/end`, body);

/** The full identity code; the server writes the reveal to the use log. */
export const revealIdentityCode = (clientId: string) =>
  api
    .post<{ henkilotunnus: string | null }>(`/api/clients/${clientId}/identity-code/reveal`)
    .then((r) => r.henkilotunnus);
