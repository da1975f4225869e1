import { sql, type Kysely } from 'kysely';

// Rehabilitative work activity (kuntouttava työtoiminta, DOMAIN 3.7): providers register, the path
// of steps per client, agreements, attendance (seurantalomake: days + hours), provider accounts and
// the expense allowance (kulukorvaus) rate per organisation.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table work_activity_provider (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation(id),
      name text not null,
      address text,
      tasks_offered text,
      contact_person text,
      contact_phone text,
      public_transport text,
      capacity integer check (capacity is null or capacity >= 0),
      is_active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, name)
    );

    -- A provider account: the provider's supervisor enters attendance for its own agreements only.
    create table provider_user (
      user_id uuid not null references app_user(id) on delete cascade,
      provider_id uuid not null references work_activity_provider(id) on delete cascade,
      primary key (user_id, provider_id)
    );

    create table work_activity_path (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references client(id),
      unit_id uuid not null references unit(id),
      -- Link to the client plan of part B; no foreign key because the plan tables belong to
      -- client work (issue 3) and may be created after this migration.
      plan_id uuid,
      counsellor_id uuid references app_user(id),
      status text not null default 'open' check (status in ('open', 'ended')),
      version integer not null default 1,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index work_activity_path_client_idx on work_activity_path(client_id);

    -- One row per step of the path (tilannearvio, aktivointisuunnitelma, arviointikäynti,
    -- väliarviointi, päättäminen); the step-specific fields are in details (validated in the app).
    create table work_activity_step (
      id uuid primary key default gen_random_uuid(),
      path_id uuid not null references work_activity_path(id),
      kind text not null check (kind in ('situation-assessment', 'activation-plan', 'evaluation-visit',
        'interim-evaluation', 'end')),
      step_date date not null,
      participants text,
      details jsonb not null default '{}',
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );
    create index work_activity_step_path_idx on work_activity_step(path_id, step_date);

    create table work_activity_agreement (
      id uuid primary key default gen_random_uuid(),
      path_id uuid not null references work_activity_path(id),
      client_id uuid not null references client(id),
      provider_id uuid not null references work_activity_provider(id),
      start_date date not null,
      end_date date not null,
      days_per_week integer not null check (days_per_week between 1 and 5),
      hours_per_day numeric(3,1) not null check (hours_per_day between 4 and 8),
      goals text not null,
      tasks text,
      interim_evaluation_date date,
      supervisor_name text,
      status text not null default 'active' check (status in ('active', 'ended')),
      version integer not null default 1,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (end_date >= start_date)
    );
    create index work_activity_agreement_provider_idx on work_activity_agreement(provider_id, status);
    create index work_activity_agreement_path_idx on work_activity_agreement(path_id);

    -- Seurantalomake: one row per agreement and day.
    create table work_activity_attendance (
      id uuid primary key default gen_random_uuid(),
      agreement_id uuid not null references work_activity_agreement(id),
      client_id uuid not null references client(id),
      day date not null,
      attended boolean not null,
      hours numeric(3,1) not null default 0 check (hours >= 0 and hours <= 12),
      absence_reason text check (absence_reason in ('sick', 'own-matter', 'unannounced', 'other')),
      absence_note text,
      te_informed_at timestamptz,
      te_informed_by uuid references app_user(id),
      entered_by uuid references app_user(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (agreement_id, day),
      check (attended or absence_reason is not null),
      check (not attended or hours > 0)
    );
    create index work_activity_attendance_client_idx on work_activity_attendance(client_id, day);

    -- Kulukorvaus per attended day, configurable per organisation (900 cents when no row).
    create table work_activity_setting (
      organisation_id uuid primary key references organisation(id),
      allowance_cents integer not null check (allowance_cents >= 0 and allowance_cents <= 100000),
      version integer not null default 1,
      updated_at timestamptz not null default now()
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table if exists work_activity_setting, work_activity_attendance, work_activity_agreement,
      work_activity_step, work_activity_path, provider_user, work_activity_provider cascade;
  `.execute(db);
}
