// Table types for Kysely. Each capability declares its tables in its own module (tables.ts) and adds
// one `extends` line here, in its slot.
import type { ColumnType, Generated } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** 'YYYY-MM-DD' — legal dates have no time zone. */
export type DateString = string;

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kind: 'hyvinvointialue' | 'kunta';
  population: Generated<number>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UnitTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Base client columns; the client-work capability extends this table. */
export interface ClientBaseTable {
  id: Generated<string>;
  unit_id: string;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string | null;
  phone: string | null;
  password_hash: string;
  is_active: Generated<boolean>;
  language: Generated<'fi' | 'sv' | 'en'>;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  /** The time step of the last accepted TOTP code; a code works once. */
  totp_last_step: number | null;
  client_id: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  password_changed_at: Timestamp;
}

export interface UserRoleTable {
  user_id: string;
  unit_id: string;
  role: import('../shared/roles.js').StaffRole;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginFailureTable {
  id: Generated<number>;
  username_key: string;
  at: Timestamp;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: Date;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  client_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  purpose: string;
  outcome: 'ok' | 'denied' | 'failed';
  prev_hash: string;
  hash: string;
  /** The hash is an HMAC with the configured audit key. */
  keyed: Generated<boolean>;
}

export interface AccountInvitationTable {
  id: Generated<string>;
  user_id: string;
  purpose: 'password_reset' | 'portal_access';
  code_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface FoundationTables {
  organisation: OrganisationTable;
  unit: UnitTable;
  client: import('./tables/clients.js').ClientTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  login_failure: LoginFailureTable;
  audit_log: AuditLogTable;
  account_invitation: AccountInvitationTable;
  task: import('./tables/tasks.js').TaskTable;
}

// Capability tables: each module exports an interface of its tables and adds it here.
// slot: client-work
import type { ClientWorkATables } from './tables/clients.js';
import type { ClientWorkBTables } from './tables/client-plan.js';
// slot: measures
import type { MeasuresTables } from './tables/measures.js';
// slot: participation
import type { ParticipationTables } from './tables/feedback.js';
// slot: servicemap
import type { ServicemapTables } from './tables/servicemap.js';
// slot: knowledge
export interface DB
  extends
    FoundationTables,
    MeasuresTables,
    ClientWorkATables,
    ClientWorkBTables,
    ParticipationTables,
    ServicemapTables {}
