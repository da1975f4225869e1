import { useQuery } from '@tanstack/react-query';
import type { Unit, UnitCreate, UnitUpdate } from '../../../../../src/shared/contracts/administration/units';
import { api, query } from '../../../lib/api';

export const unitsKey = (organisationId: string) => ['admin', 'units', organisationId] as const;

export function fetchUnits(organisationId: string) {
  return api.get<{ units: Unit[] }>(`/api/admin/units${query({ organisationId })}`).then((r) => r.units);
}

export function useUnits(organisationId: string) {
  return useQuery({ queryKey: unitsKey(organisationId), queryFn: () => fetchUnits(organisationId) });
}

export const createUnit = (body: UnitCreate) => api.post('/api/admin/units', body);
export const updateUnit = (id: string, body: UnitUpdate) => api.patch(`/api/admin/units/${id}`, body);
