// Calls of the workers' search: the services of the user's organisations and the filters' vocabularies.
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../../lib/api';
import type {
  StaffMeta,
  StaffSearchQuery,
  StaffSearchResult,
} from '../../../../../src/shared/contracts/servicemap/search';

export const searchServices = (q: StaffSearchQuery) =>
  api.get<StaffSearchResult>(`/api/services${query(q as Record<string, string | number | undefined>)}`);

export function useMeta() {
  return useQuery({ queryKey: ['servicemap', 'meta'], queryFn: () => api.get<StaffMeta>('/api/services/meta') });
}
