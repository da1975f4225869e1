import type { Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';

export interface TaskTable {
  id: Generated<string>;
  unit_id: string;
  assignee_id: string | null;
  client_id: string | null;
  /** e.g. 'work-activity.absence', 'group-interview.action', 'client.followup' */
  kind: string;
  /** Shown to staff only. Keep client details out of it: the client is linked by client_id. */
  title: string;
  details: string | null;
  due_date: DateString | null;
  source_type: string | null;
  source_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  done_at: Date | null;
  done_by: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}
