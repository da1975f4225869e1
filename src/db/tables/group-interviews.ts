import type { Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';

export interface GroupInterviewTable {
  id: Generated<string>;
  unit_id: string;
  held_on: DateString;
  goal: string;
  /** Questions by theme: [{theme, questions: string[]}]. */
  questions: { theme: string; questions: string[] }[];
  participant_count: number;
  interviewer_kind: 'internal' | 'external';
  interviewer_count: number;
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface GroupInterviewActionTable {
  id: Generated<string>;
  interview_id: string;
  description: string;
  owner_id: string;
  due_date: DateString;
  task_id: string | null;
  proposal_id: string | null;
}

export interface GroupInterviewTables {
  group_interview: GroupInterviewTable;
  group_interview_action: GroupInterviewActionTable;
}
