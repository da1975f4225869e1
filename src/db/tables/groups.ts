import type { Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';

export interface GroupTables {
  group_work: {
    id: Generated<string>;
    unit_id: string;
    name: string;
    target_group: string;
    description: string | null;
    status: Generated<'planning' | 'active' | 'closed'>;
    created_by: string | null;
    version: Generated<number>;
    created_at: CreatedAt;
    updated_at: Generated<Timestamp>;
  };
  group_leader: {
    id: Generated<string>;
    group_id: string;
    user_id: string | null;
    name: string;
    kind: 'staff' | 'expert-by-experience' | 'partner';
  };
  group_session: {
    id: Generated<string>;
    group_id: string;
    session_no: number;
    session_date: DateString;
    start_time: string | null;
    duration_minutes: Generated<number>;
    topic: string | null;
    is_closing: Generated<boolean>;
    guests: string | null;
    notes: string | null;
    held: Generated<boolean>;
    version: Generated<number>;
    updated_at: Generated<Timestamp>;
  };
  group_member: {
    id: Generated<string>;
    group_id: string;
    client_id: string;
    plan_id: string | null;
    status: Generated<'invited' | 'joined' | 'declined' | 'left'>;
    invited_on: DateString;
    confidentiality_accepted_on: DateString | null;
    notes_consent: Generated<boolean>;
    notes_consent_on: DateString | null;
    version: Generated<number>;
    updated_at: Generated<Timestamp>;
  };
  group_attendance: { session_id: string; member_id: string; present: boolean };
  group_session_feedback: {
    id: Generated<string>;
    session_id: string;
    met_expectations: 'yes' | 'partly' | 'no';
    thoughts: string | null;
    wishes: string | null;
    submitted_on: Generated<DateString>;
  };
}
