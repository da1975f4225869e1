// Calls of the benefit handler's concerns, typed by the contracts.
import type { Concern, NewConcernInput } from '../../../../../../src/shared/contracts/client-work/clients';
import { api } from '../../../../lib/api';

export const concernsKey = ['concerns'] as const;

export const fetchConcerns = () => api.get<{ concerns: Concern[] }>('/api/concerns').then((r) => r.concerns);

export const raiseConcern = (clientId: string, body: NewConcernInput) =>
  api.post<{ concern: Concern }>(`/api/clients/${clientId}/concerns`, body).then((r) => r.concern);
