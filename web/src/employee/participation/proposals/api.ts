// Calls of the proposal register, typed by the contracts (shared/contracts/participation/proposals.ts).
import { api, query } from '../../../lib/api';
import type {
  NewProposalBody,
  Proposal,
  ProposalDetail,
  ProposalFromAnswerBody,
  ProposalListQuery,
  StatusChangeBody,
} from '../../../../../src/shared/contracts/participation/proposals';

export const PROPOSALS_KEY = ['proposals'] as const;

export const proposalsApi = {
  list: (filter: ProposalListQuery) =>
    api.get<{ proposals: Proposal[] }>(`/api/proposals${query(filter)}`).then((r) => r.proposals),
  detail: (proposalId: string) => api.get<ProposalDetail>(`/api/proposals/${proposalId}`),
  create: (body: NewProposalBody) => api.post<{ proposal: Proposal }>('/api/proposals', body),
  changeStatus: (proposalId: string, body: StatusChangeBody) =>
    api.post<{ proposal: Proposal }>(`/api/proposals/${proposalId}/status`, body),
  fromFeedback: (answerId: string, body: ProposalFromAnswerBody) =>
    api.post<{ proposal: Proposal }>(`/api/proposals/from-feedback/${answerId}`, body),
  fromSurvey: (freeTextId: string, body: ProposalFromAnswerBody) =>
    api.post<{ proposal: Proposal }>(`/api/proposals/from-survey/${freeTextId}`, body),
};
