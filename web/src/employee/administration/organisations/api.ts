import { useQuery } from '@tanstack/react-query';
import type {
  Organisation,
  OrganisationCreate,
  OrganisationUpdate,
} from '../../../../../src/shared/contracts/administration/organisations';
import { api } from '../../../lib/api';

export const ORGANISATIONS_KEY = ['admin', 'organisations'] as const;

export const fetchOrganisations = () =>
  api.get<{ organisations: Organisation[] }>('/api/admin/organisations').then((r) => r.organisations);

export function useOrganisations() {
  return useQuery({ queryKey: ORGANISATIONS_KEY, queryFn: fetchOrganisations });
}

export const createOrganisation = (body: OrganisationCreate) => api.post('/api/admin/organisations', body);
export const updateOrganisation = (id: string, body: OrganisationUpdate) =>
  api.patch(`/api/admin/organisations/${id}`, body);
