// Calls of the moderation queue.
import { api } from '../../../lib/api';
import type { Handled, SuggestionList } from '../../../../../src/shared/contracts/servicemap/suggestions';

export const listSuggestions = () => api.get<SuggestionList>('/api/services/suggestions');
export const approveSuggestion = (id: string) => api.post<Handled>(`/api/services/suggestions/${id}/approve`, {});
export const rejectSuggestion = (id: string) => api.post<Handled>(`/api/services/suggestions/${id}/reject`, {});
