// Calls of the feedback pages, typed by the contracts (shared/contracts/participation/feedback.ts).
import { api, query } from '../../../lib/api';
import type { Lang } from '../../../../../src/shared/i18n';
import type {
  FeedbackCode,
  FeedbackModerationBody,
  FeedbackResults,
  FeedbackWorkers,
  ModerationFilter,
  ModerationItem,
  PaperFeedbackBody,
  PeriodQuery,
} from '../../../../../src/shared/contracts/participation/feedback';

export const feedbackApi = {
  ownCodes: () => api.get<{ codes: FeedbackCode[] }>('/api/feedback/me/codes').then((r) => r.codes),
  ownResults: (period: PeriodQuery) =>
    api.get<{ results: FeedbackResults }>(`/api/feedback/me/results${query(period)}`).then((r) => r.results),
  /** The printable cards open in a new tab (HTML). */
  ownCardsUrl: (size: 'a6' | 'a5', lang: Lang) => `/api/feedback/me/cards${query({ size, lang })}`,
  workers: (period: PeriodQuery) => api.get<FeedbackWorkers>(`/api/feedback/workers${query(period)}`),
  workerResults: (userId: string, period: PeriodQuery) =>
    api
      .get<{ results: FeedbackResults }>(`/api/feedback/workers/${userId}/results${query(period)}`)
      .then((r) => r.results),
  enterPaper: (body: PaperFeedbackBody) => api.post<{ id: string }>('/api/feedback/paper', body),
  moderationQueue: (status: ModerationFilter) =>
    api.get<{ answers: ModerationItem[] }>(`/api/feedback/moderation${query({ status })}`).then((r) => r.answers),
  moderate: (answerId: string, body: FeedbackModerationBody) =>
    api.post<{ id: string; moderation: string; version: number }>(`/api/feedback/answers/${answerId}/moderation`, body),
};
