// Calls of the named worker (omatyöntekijä) of a client, typed by the contracts.
import type {
  AssignNamedWorkerInput,
  NamedWorker,
  NamedWorkerData,
} from '../../../../../../src/shared/contracts/client-work/clients';
import { api } from '../../../../lib/api';

export const namedWorkerKey = (clientId: string) => ['clients', clientId, 'named-worker'] as const;

export const fetchNamedWorker = (clientId: string) => api.get<NamedWorkerData>(`/api/clients/${clientId}/named-worker`);

export const assignNamedWorker = (clientId: string, body: AssignNamedWorkerInput) =>
  api.post<{ current: NamedWorker }>(`/api/clients/${clientId}/named-worker`, body).then((r) => r.current);

export const recordClientInformed = (clientId: string, assignmentId: string, clientInformedOn: string) =>
  api.patch(`/api/clients/${clientId}/named-worker/${assignmentId}`, { clientInformedOn });
