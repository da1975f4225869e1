// Shared by the start page (is this user a provider's supervisor?) and the provider page, kept
// apart from ProviderPage so the start page does not pull the page's chunk in.
import { api } from '../../lib/api';

export const PROVIDER_ME_KEY = ['work-activity', 'provider', 'me'] as const;

export function fetchProviderMe() {
  return api.get<{ providers: { id: string; name: string }[] }>('/api/work-activity/provider/me');
}
