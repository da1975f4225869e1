import { sql, type Kysely } from 'kysely';

// Supplementary and preventive income support (täydentävä ja ehkäisevä toimeentulotuki) handled by
// the municipality or county: application → complete → decision. The legal processing limit is
// counted in working days from the complete application (7; urgent: same or next working day).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table benefit_application (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references client(id),
      unit_id uuid not null references unit(id),
      kind text not null check (kind in ('supplementary', 'preventive')),
      received_date date not null,
      complete_date date,
      urgent boolean not null default false,
      decision_date date,
      decision_maker_id uuid references app_user(id),
      -- The decision maker's professional group at the time of the decision (from their role).
      professional_group text check (professional_group in ('social-worker', 'social-counsellor', 'benefit-handler')),
      outcome text check (outcome in ('granted', 'partly-granted', 'rejected', 'withdrawn')),
      created_by uuid references app_user(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (complete_date is null or complete_date >= received_date),
      check (decision_date is null or (complete_date is not null and decision_date >= complete_date)),
      check ((decision_date is null) = (outcome is null))
    );
    create index benefit_application_client_idx on benefit_application(client_id);
    create index benefit_application_open_idx on benefit_application(unit_id, complete_date) where decision_date is null;
    create index benefit_application_decided_idx on benefit_application(unit_id, decision_date) where decision_date is not null;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists benefit_application`.execute(db);
}
