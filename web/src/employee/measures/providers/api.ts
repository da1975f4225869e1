// Calls of the providers register (/api/work-activity/providers), typed by the contracts.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api';
import type {
  Provider,
  providerBody,
  providerPatch,
  ProvidersResponse,
} from '../../../../../src/shared/contracts/measures/work-activity-providers';

export const PROVIDERS_KEY = ['measures', 'providers'] as const;

export const fetchProviders = () => api.get<ProvidersResponse>('/api/work-activity/providers');

/** The register with the coded end reasons (the end step's choices). */
export function useProviders() {
  return useQuery({ queryKey: PROVIDERS_KEY, queryFn: fetchProviders });
}

export const addProvider = (body: z.input<typeof providerBody>) =>
  api.post<{ provider: Provider }>('/api/work-activity/providers', body);

export const editProvider = (id: string, body: z.input<typeof providerPatch>) =>
  api.patch<{ provider: Provider }>(`/api/work-activity/providers/${id}`, body);
