// Calls of the service needs assessment of a client, typed by the contracts.
import type {
  Assessment,
  AssessmentsData,
  SaveAssessmentInput,
} from '../../../../../../src/shared/contracts/client-work/assessment';
import { api } from '../../../../lib/api';

export const assessmentsKey = (clientId: string) => ['clients', clientId, 'assessments'] as const;

export const fetchAssessments = (clientId: string) => api.get<AssessmentsData>(`/api/clients/${clientId}/assessments`);

export const startAssessment = (clientId: string) =>
  api.post<{ assessment: Assessment }>(`/api/clients/${clientId}/assessments`, {}).then((r) => r.assessment);

export const saveAssessment = (clientId: string, assessmentId: string, body: SaveAssessmentInput) =>
  api
    .put<{ assessment: Assessment }>(`/api/clients/${clientId}/assessments/${assessmentId}`, body)
    .then((r) => r.assessment);

export const completeAssessment = (clientId: string, assessmentId: string, version: number) =>
  api
    .post<{ assessment: Assessment }>(`/api/clients/${clientId}/assessments/${assessmentId}/complete`, { version })
    .then((r) => r.assessment);
