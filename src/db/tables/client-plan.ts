// Client plan, meetings and deadline configuration tables (client work, part B).
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';
import type { PlanContent } from '../../shared/contracts/client-work/plan.js';
import type { DeadlineOverrides, MeetingKind } from '../../domain/deadlines/index.js';

type Json<T> = ColumnType<T, string | T, string | T>;

export interface DeadlineConfigTable {
  /** The row's own id (the versioned update names rows by id); one row per organisation. */
  id: Generated<string>;
  organisation_id: string;
  overrides: Json<DeadlineOverrides>;
  version: Generated<number>;
  updated_at: Generated<Timestamp>;
}

export interface ClientPlanTable {
  id: Generated<string>;
  client_id: string;
  unit_id: string;
  /** The accepted version in force, and copies of its review date and meeting interval. */
  current_version_id: string | null;
  current_accepted_on: DateString | null;
  current_review_date: DateString | null;
  meeting_interval_weeks: number | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Timestamp>;
}

export type PlanVersionStatus = 'draft' | 'accepted' | 'superseded';

export interface ClientPlanVersionTable {
  id: Generated<string>;
  plan_id: string;
  client_id: string;
  number: number;
  status: Generated<PlanVersionStatus>;
  review_date: DateString;
  accepted_on: DateString | null;
  accepted_by: string | null;
  content: Json<PlanContent>;
  client_preparation: string | null;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Timestamp>;
}

export type MeetingStatus = 'planned' | 'held' | 'cancelled';

export interface MeetingTable {
  id: Generated<string>;
  client_id: string;
  unit_id: string;
  meeting_date: DateString;
  start_time: string | null;
  kind: MeetingKind;
  status: Generated<MeetingStatus>;
  participants: Json<string[]>;
  location: string | null;
  note: string | null;
  worker_id: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Timestamp>;
}

export interface ClientWorkBTables {
  deadline_config: DeadlineConfigTable;
  client_plan: ClientPlanTable;
  client_plan_version: ClientPlanVersionTable;
  meeting: MeetingTable;
}
