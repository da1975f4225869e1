// Tables of rehabilitative work activity (migration 0200).
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';
import type { AbsenceReason, StepKind } from '../../shared/measures/vocabulary.js';

type Json<T> = ColumnType<T, string | T, string | T>;
/** numeric columns arrive as strings from the driver; read them with ::float8. */
type Numeric = ColumnType<string, number | string, number | string>;

export interface WorkActivityTables {
  work_activity_provider: {
    id: Generated<string>;
    organisation_id: string;
    name: string;
    address: string | null;
    tasks_offered: string | null;
    contact_person: string | null;
    contact_phone: string | null;
    public_transport: string | null;
    capacity: number | null;
    is_active: Generated<boolean>;
    version: Generated<number>;
    created_at: CreatedAt;
    updated_at: Generated<Timestamp>;
  };
  provider_user: { user_id: string; provider_id: string };
  work_activity_path: {
    id: Generated<string>;
    client_id: string;
    unit_id: string;
    plan_id: string | null;
    counsellor_id: string | null;
    status: Generated<'open' | 'ended'>;
    version: Generated<number>;
    created_by: string | null;
    created_at: CreatedAt;
    updated_at: Generated<Timestamp>;
  };
  work_activity_step: {
    id: Generated<string>;
    path_id: string;
    kind: StepKind;
    step_date: DateString;
    participants: string | null;
    details: Json<Record<string, unknown>>;
    created_by: string | null;
    created_at: CreatedAt;
  };
  work_activity_agreement: {
    id: Generated<string>;
    path_id: string;
    client_id: string;
    provider_id: string;
    start_date: DateString;
    end_date: DateString;
    days_per_week: number;
    hours_per_day: Numeric;
    goals: string;
    tasks: string | null;
    interim_evaluation_date: DateString | null;
    supervisor_name: string | null;
    status: Generated<'active' | 'ended'>;
    version: Generated<number>;
    created_by: string | null;
    created_at: CreatedAt;
    updated_at: Generated<Timestamp>;
  };
  work_activity_attendance: {
    id: Generated<string>;
    agreement_id: string;
    client_id: string;
    day: DateString;
    attended: boolean;
    hours: Numeric;
    absence_reason: AbsenceReason | null;
    absence_note: string | null;
    te_informed_at: Timestamp | null;
    te_informed_by: string | null;
    entered_by: string | null;
    version: Generated<number>;
    created_at: CreatedAt;
    updated_at: Generated<Timestamp>;
  };
  work_activity_setting: {
    id: Generated<string>;
    organisation_id: string;
    allowance_cents: number;
    version: Generated<number>;
    updated_at: Generated<Timestamp>;
  };
}
