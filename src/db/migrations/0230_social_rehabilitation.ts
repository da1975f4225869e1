import { sql, type Kysely } from 'kysely';

// Social rehabilitation (sosiaalinen kuntoutus): periods of individual coaching (e.g. 3 months, at
// least 4 h a week) with a counsellor, activities from the service menu, home visits and phone
// support, and start and end interviews with the same questions so change can be compared.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table social_rehab_period (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references client(id),
      unit_id uuid not null references unit(id),
      -- The client plan of client work (issue 3); no foreign key because those tables are theirs.
      plan_id uuid,
      counsellor_id uuid references app_user(id),
      start_date date not null,
      end_date date not null,
      hours_per_week numeric(4,1) not null check (hours_per_week >= 4 and hours_per_week <= 40),
      activities jsonb not null default '[]',
      status text not null default 'open' check (status in ('open', 'ended')),
      version integer not null default 1,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      check (end_date > start_date)
    );
    create index social_rehab_period_client_idx on social_rehab_period(client_id);

    create table social_rehab_contact (
      id uuid primary key default gen_random_uuid(),
      period_id uuid not null references social_rehab_period(id),
      kind text not null check (kind in ('meeting', 'home-visit', 'phone', 'activity', 'accompanying')),
      contact_date date not null,
      minutes integer not null check (minutes > 0 and minutes <= 720),
      notes text,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );
    create index social_rehab_contact_period_idx on social_rehab_contact(period_id, contact_date);

    create table social_rehab_interview (
      id uuid primary key default gen_random_uuid(),
      period_id uuid not null references social_rehab_period(id),
      phase text not null check (phase in ('start', 'end')),
      interview_date date not null,
      answers jsonb not null,
      notes text,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      unique (period_id, phase)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists social_rehab_interview, social_rehab_contact, social_rehab_period cascade`.execute(db);
}
