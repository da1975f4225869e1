// Calls of the expense allowance list and rate (/api/work-activity/allowances, /settings).
import { api, query } from '../../../lib/api';
import type { AllowanceList, AllowanceSetting } from '../../../../../src/shared/contracts/measures/allowance';

export const allowancesKey = (month: string) => ['measures', 'allowances', month] as const;
export const ALLOWANCE_SETTING_KEY = ['measures', 'allowance-setting'] as const;

export const fetchAllowances = (month: string) =>
  api.get<AllowanceList>(`/api/work-activity/allowances${query({ month })}`);

/** The CSV's address for a download link (the browser fetches it with the session). */
export const allowancesCsvUrl = (month: string) => `/api/work-activity/allowances.csv${query({ month })}`;

export const fetchSetting = () => api.get<AllowanceSetting>('/api/work-activity/settings');

export const saveSetting = (body: { allowanceCents: number; version: number }) =>
  api.put<AllowanceSetting>('/api/work-activity/settings', body);
