import type { Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';
import type { SurveyDefinition, LocalizedText } from '../../shared/contracts/participation/survey-definition.js';

export interface SurveyTable {
  id: Generated<string>;
  owner_unit_id: string;
  template: 'client-satisfaction' | null;
  title: LocalizedText;
  intro: LocalizedText;
  definition: SurveyDefinition;
  status: Generated<'draft' | 'published' | 'closed'>;
  opens_on: DateString | null;
  closes_on: DateString | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** Answer values by item key: a number (rating, year), a string (single choice) or strings (multiple). */
export type AnswerValues = Record<string, number | string | string[]>;

export interface SurveyResponseTable {
  id: Generated<string>;
  survey_id: string;
  channel: 'web' | 'paper' | 'kiosk';
  answered_on: DateString;
  answers: AnswerValues;
  entered_by: string | null;
}

export interface SurveyFreeTextTable {
  id: Generated<string>;
  survey_id: string;
  response_id: string;
  item_key: string;
  text: string;
  moderation: Generated<'pending' | 'approved' | 'redacted'>;
  moderated_by: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface SurveyContactTable {
  id: Generated<string>;
  survey_id: string;
  name: string;
  phone: string | null;
  email: string | null;
  handled: Generated<boolean>;
}

export interface SurveyTables {
  survey: SurveyTable;
  survey_response: SurveyResponseTable;
  survey_free_text: SurveyFreeTextTable;
  survey_contact: SurveyContactTable;
}
