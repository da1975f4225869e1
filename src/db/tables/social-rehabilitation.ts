import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';

type Json<T> = ColumnType<T, string, string>;
type Numeric = ColumnType<string, number | string, number | string>;

export interface SocialRehabilitationTables {
  social_rehab_period: {
    id: Generated<string>;
    client_id: string;
    unit_id: string;
    plan_id: string | null;
    counsellor_id: string | null;
    start_date: DateString;
    end_date: DateString;
    hours_per_week: Numeric;
    activities: Json<string[]>;
    status: Generated<'open' | 'ended'>;
    version: Generated<number>;
    updated_at: Timestamp;
    created_by: string | null;
    created_at: CreatedAt;
  };
  social_rehab_contact: {
    id: Generated<string>;
    period_id: string;
    kind: 'meeting' | 'home-visit' | 'phone' | 'activity' | 'accompanying';
    contact_date: DateString;
    minutes: number;
    notes: string | null;
    created_by: string | null;
    created_at: CreatedAt;
  };
  social_rehab_interview: {
    id: Generated<string>;
    period_id: string;
    phase: 'start' | 'end';
    interview_date: DateString;
    answers: Json<Record<string, number>>;
    notes: string | null;
    created_by: string | null;
    created_at: CreatedAt;
  };
}
