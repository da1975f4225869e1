// Calls of the survey pages, typed by the contracts (shared/contracts/participation/surveys.ts).
import { api, query } from '../../../lib/api';
import type {
  FreeTextFilter,
  FreeTextItem,
  FreeTextModerationBody,
  NewSurveyInput,
  PaperResponseBody,
  Survey,
  SurveyContact,
  SurveyDetail,
  SurveyListItem,
  SurveyResults,
  SurveyUpdateInput,
} from '../../../../../src/shared/contracts/participation/surveys';

export const SURVEYS_KEY = ['surveys'] as const;

export const surveysApi = {
  list: () => api.get<{ surveys: SurveyListItem[] }>('/api/surveys').then((r) => r.surveys),
  detail: (surveyId: string) => api.get<SurveyDetail>(`/api/surveys/${surveyId}`),
  create: (body: NewSurveyInput) => api.post<{ survey: Survey }>('/api/surveys', body),
  update: (surveyId: string, body: SurveyUpdateInput) =>
    api.patch<{ survey: Survey }>(`/api/surveys/${surveyId}`, body),
  results: (surveyId: string, by?: string) =>
    api.get<{ results: SurveyResults }>(`/api/surveys/${surveyId}/results${query({ by })}`).then((r) => r.results),
  /** Downloads (the browser follows the link). */
  csvUrl: (surveyId: string) => `/api/surveys/${surveyId}/results.csv`,
  xlsxUrl: (surveyId: string) => `/api/surveys/${surveyId}/results.xlsx`,
  enterPaper: (surveyId: string, body: PaperResponseBody) =>
    api.post<{ id: string }>(`/api/surveys/${surveyId}/paper-responses`, body),
  freeTexts: (surveyId: string, status: FreeTextFilter) =>
    api
      .get<{ freeTexts: FreeTextItem[] }>(`/api/surveys/${surveyId}/free-texts${query({ status })}`)
      .then((r) => r.freeTexts),
  moderate: (freeTextId: string, body: FreeTextModerationBody) =>
    api.post<{ id: string; moderation: string; version: number }>(
      `/api/surveys/free-texts/${freeTextId}/moderation`,
      body,
    ),
  contacts: (surveyId: string) =>
    api.get<{ contacts: SurveyContact[] }>(`/api/surveys/${surveyId}/contacts`).then((r) => r.contacts),
};

/** The printable paper version of a published survey. */
export function printPath(links: Survey['links'], lang: 'fi' | 'sv' | 'en') {
  return `${links[lang]}${lang === 'fi' ? '/tulosta' : lang === 'sv' ? '/skriv-ut' : '/print'}`;
}
