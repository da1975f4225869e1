// Calls of a client's requests to other authorities (SHL 41 §), typed by the contracts.
import type {
  AuthorityRequest,
  NewAuthorityRequestInput,
  UpdateAuthorityRequestInput,
} from '../../../../../../src/shared/contracts/client-work/authority-requests';
import { api } from '../../../../lib/api';

export const authorityRequestsKey = (clientId: string) => ['clients', clientId, 'authority-requests'] as const;

export const fetchAuthorityRequests = (clientId: string) =>
  api.get<{ requests: AuthorityRequest[] }>(`/api/clients/${clientId}/authority-requests`).then((r) => r.requests);

export const sendAuthorityRequest = (clientId: string, body: NewAuthorityRequestInput) =>
  api.post<{ request: AuthorityRequest }>(`/api/clients/${clientId}/authority-requests`, body).then((r) => r.request);

export const updateAuthorityRequest = (clientId: string, requestId: string, body: UpdateAuthorityRequestInput) =>
  api
    .patch<{ request: AuthorityRequest }>(`/api/clients/${clientId}/authority-requests/${requestId}`, body)
    .then((r) => r.request);
