// Calls of one service: read (with what the user may do with it), its versions, create, edit, verify.
import { api } from '../../../lib/api';
import type {
  ServiceBody,
  ServiceVersions,
  StaffService,
  StaffServiceResponse,
} from '../../../../../src/shared/contracts/servicemap/services';

export const getService = (id: string) => api.get<StaffServiceResponse>(`/api/services/${id}`);
export const getVersions = (id: string) => api.get<ServiceVersions>(`/api/services/${id}/versions`);
export const createService = (body: ServiceBody) => api.post<{ service: StaffService }>('/api/services', body);
export const updateService = (id: string, body: ServiceBody, version: number) =>
  api.put<StaffServiceResponse>(`/api/services/${id}`, { ...body, version });
export const verifyService = (id: string, version: number) =>
  api.post<StaffServiceResponse>(`/api/services/${id}/verify`, { version });
