// Calls of the close-network mapping of a client, typed by the contracts.
import type {
  NetworkConsent,
  NetworkData,
  NetworkPerson,
  NewConsentInput,
  PersonInput,
} from '../../../../../../src/shared/contracts/client-work/network';
import { api } from '../../../../lib/api';

export const networkKey = (clientId: string) => ['clients', clientId, 'network'] as const;

export const fetchNetwork = (clientId: string) => api.get<NetworkData>(`/api/clients/${clientId}/network`);

export const recordConsent = (clientId: string, body: NewConsentInput) =>
  api.post<{ consent: NetworkConsent }>(`/api/clients/${clientId}/network/consents`, body).then((r) => r.consent);

export const withdrawConsent = (clientId: string, consentId: string, withdrawnAt: string) =>
  api
    .post<{ consent: NetworkConsent }>(`/api/clients/${clientId}/network/consents/${consentId}/withdraw`, {
      withdrawnAt,
    })
    .then((r) => r.consent);

export const addPerson = (clientId: string, body: PersonInput) =>
  api.post<{ person: NetworkPerson }>(`/api/clients/${clientId}/network/persons`, body).then((r) => r.person);
