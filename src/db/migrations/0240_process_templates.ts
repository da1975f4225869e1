import { sql, type Kysely } from 'kysely';

// Process templates (DOMAIN 3.8): a service process as data — its steps and time rules — applied to
// a client. The youth service process (18–24) is the first template; other age groups copy it.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table process_template (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation(id),
      name text not null,
      description text,
      age_min integer check (age_min is null or age_min >= 0),
      age_max integer check (age_max is null or age_max >= age_min),
      -- {assessmentWithinMonths, minContacts, minFaceToFace, appointmentWorkingDays, followUpAfterMonths}
      rules jsonb not null,
      -- [{key, title: {fi, sv, en}, dueDaysFromStart}]
      steps jsonb not null,
      is_active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      unique (organisation_id, name)
    );

    create table client_process (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references client(id),
      unit_id uuid not null references unit(id),
      template_id uuid not null references process_template(id),
      -- The worker assigned by the consultation team (konsultaatiotiimi).
      worker_id uuid not null references app_user(id),
      assigned_by_team_on date not null,
      requested_appointment_on date,
      started_on date not null,
      ended_on date,
      follow_up_done_on date,
      version integer not null default 1,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      check (ended_on is null or ended_on >= started_on)
    );
    create index client_process_client_idx on client_process(client_id);
    create index client_process_worker_idx on client_process(worker_id) where follow_up_done_on is null;

    create table client_process_step (
      process_id uuid not null references client_process(id) on delete cascade,
      step_key text not null,
      due_date date not null,
      done_on date,
      primary key (process_id, step_key)
    );

    create table client_process_contact (
      id uuid primary key default gen_random_uuid(),
      process_id uuid not null references client_process(id) on delete cascade,
      contact_date date not null,
      kind text not null check (kind in ('face-to-face', 'phone', 'network')),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );
    create index client_process_contact_idx on client_process_contact(process_id, contact_date);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists client_process_contact, client_process_step, client_process, process_template cascade`.execute(
    db,
  );
}
