// Calls of the theme maps.
import { api } from '../../../lib/api';
import type { ThemeMap, ThemeMapBody, ThemeMapList } from '../../../../../src/shared/contracts/servicemap/theme-maps';

export const listThemeMaps = () => api.get<ThemeMapList>('/api/services/theme-maps');
export const createThemeMap = (body: ThemeMapBody) =>
  api.post<{ themeMap: ThemeMap }>('/api/services/theme-maps', body);
export const updateThemeMap = (id: string, body: ThemeMapBody, version: number) =>
  api.put<{ themeMap: ThemeMap }>(`/api/services/theme-maps/${id}`, { ...body, version });
