import { sql, type Kysely } from 'kysely';

// Client plan (SHL 39 §), meetings (asiakaskertomus entries) and deadline configuration.
// A client has one plan; each review is a new version. The plan row carries the accepted
// version's review date and meeting interval so that the unit overview is one aggregate query.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Per organisation overrides of the deadline rules (src/domain/deadlines), per client group.
    create table deadline_config (
      organisation_id uuid primary key references organisation(id),
      overrides jsonb not null default '{}',
      version integer not null default 1,
      updated_at timestamptz not null default now()
    );

    create table client_plan (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null unique references client(id),
      unit_id uuid not null references unit(id),
      current_version_id uuid,
      current_accepted_on date,
      current_review_date date,
      meeting_interval_weeks integer check (meeting_interval_weeks between 1 and 104),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index client_plan_unit_review_idx on client_plan(unit_id, current_review_date);

    create table client_plan_version (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references client_plan(id),
      client_id uuid not null references client(id),
      number integer not null,
      status text not null default 'draft' check (status in ('draft', 'accepted', 'superseded')),
      review_date date not null,
      accepted_on date,
      accepted_by uuid references app_user(id),
      -- The nine statutory elements (validated by the plan schema in the app).
      content jsonb not null,
      -- What the client writes in the portal before the meeting (draft only).
      client_preparation text,
      created_by uuid references app_user(id),
      updated_by uuid references app_user(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (plan_id, number)
    );
    create unique index client_plan_one_draft_uq on client_plan_version(plan_id) where status = 'draft';
    create index client_plan_version_client_idx on client_plan_version(client_id);
    alter table client_plan add constraint client_plan_current_fk
      foreign key (current_version_id) references client_plan_version(id);

    create table meeting (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references client(id),
      unit_id uuid not null references unit(id),
      meeting_date date not null,
      start_time text check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      kind text not null check (kind in ('face-to-face', 'phone', 'video', 'home-visit', 'network-meeting')),
      status text not null default 'planned' check (status in ('planned', 'held', 'cancelled')),
      participants jsonb not null default '[]',
      location text,
      note text,
      worker_id uuid references app_user(id),
      created_by uuid references app_user(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index meeting_client_date_idx on meeting(client_id, meeting_date) include (status, kind);
    create index meeting_unit_date_idx on meeting(unit_id, meeting_date);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table if exists meeting;
    alter table if exists client_plan drop constraint if exists client_plan_current_fk;
    drop table if exists client_plan_version, client_plan, deadline_config;
  `.execute(db);
}
