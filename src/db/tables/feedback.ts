import type { Generated } from 'kysely';
import type { DateString, Timestamp } from '../types.js';
import type { SurveyTables } from './surveys.js';
import type { GroupInterviewTables } from './group-interviews.js';

export interface ParticipationSettingTable {
  id: Generated<string>;
  /** One row per organisation (the key); `id` lets its edit go through the versioned update. */
  organisation_id: string;
  feedback_min_answers: Generated<number>;
  moderation_required: Generated<boolean>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface FeedbackCodeTable {
  code: string;
  user_id: string;
  unit_id: string;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export type MetExpectations = 'yes' | 'partly' | 'no';
export type Moderation = 'pending' | 'approved' | 'redacted';

export interface FeedbackAnswerTable {
  id: Generated<string>;
  code: string;
  worker_id: string;
  unit_id: string;
  channel: 'web' | 'paper';
  answered_on: DateString;
  met_expectations: MetExpectations | null;
  opinion: string | null;
  wishes: string | null;
  rating: number | null;
  moderation: Generated<Moderation>;
  moderated_by: string | null;
  moderated_at: Date | null;
  entered_by: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

/** Every participation table (feedback, proposals, surveys, group interviews), for db/types.ts. */
export interface ParticipationTables extends SurveyTables, GroupInterviewTables {
  participation_setting: ParticipationSettingTable;
  feedback_code: FeedbackCodeTable;
  feedback_answer: FeedbackAnswerTable;
  proposal: import('./proposals.js').ProposalTable;
  proposal_status_change: import('./proposals.js').ProposalStatusChangeTable;
}
