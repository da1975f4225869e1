import { sql, type Kysely } from 'kysely';

// Participation (DOMAIN.md 4.1, 4.2): after-meeting feedback per worker code, per-organisation
// anonymity settings, and the proposal register with its dated status history.
// Participation data never references the client table: it is kept apart from client files (§ 9).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table participation_setting (
      organisation_id uuid primary key references organisation(id),
      -- Per-worker results are shown only from this many answers on; never below 3.
      feedback_min_answers integer not null default 5 check (feedback_min_answers >= 3 and feedback_min_answers <= 100),
      -- When true, free text reaches the worker only after a manager has moderated it.
      moderation_required boolean not null default true,
      version integer not null default 1,
      updated_at timestamptz not null default now()
    );

    create table feedback_code (
      code text primary key check (code ~ '^[a-z]{6}$'),
      user_id uuid not null references app_user(id) on delete cascade,
      unit_id uuid not null references unit(id),
      active boolean not null default true,
      created_at timestamptz not null default now()
    );
    create unique index feedback_code_active_idx on feedback_code(user_id, unit_id) where active;

    -- One anonymous answer. Only the day is kept (no time) so an answer cannot be matched to a meeting.
    create table feedback_answer (
      id uuid primary key default gen_random_uuid(),
      code text not null references feedback_code(code),
      worker_id uuid not null references app_user(id),
      unit_id uuid not null references unit(id),
      channel text not null check (channel in ('web', 'paper')),
      answered_on date not null,
      met_expectations text check (met_expectations in ('yes', 'partly', 'no')),
      opinion text check (length(opinion) <= 2000),
      wishes text check (length(wishes) <= 2000),
      rating smallint check (rating between 1 and 5),
      -- pending → approved (as written) or redacted (identifying details removed; the original is overwritten).
      moderation text not null default 'pending' check (moderation in ('pending', 'approved', 'redacted')),
      moderated_by uuid references app_user(id),
      moderated_at timestamptz,
      entered_by uuid references app_user(id),
      version integer not null default 1
    );
    create index feedback_answer_worker_idx on feedback_answer(worker_id, answered_on);
    create index feedback_answer_unit_idx on feedback_answer(unit_id, answered_on);

    create table proposal (
      id uuid primary key default gen_random_uuid(),
      owner_unit_id uuid not null references unit(id),
      source text not null check (source in ('feedback', 'survey', 'group_interview', 'developer_group', 'client_council', 'workshop', 'other')),
      -- The record it came from (a feedback answer, survey free text …); never a client.
      source_type text,
      source_id uuid,
      theme text not null,
      title text not null check (length(title) between 1 and 200),
      description text not null check (length(description) <= 4000),
      status text not null default 'received' check (status in ('received', 'under_consideration', 'decided', 'done', 'rejected')),
      rejection_reason text,
      public_response text,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      check (status <> 'rejected' or length(coalesce(rejection_reason, '')) > 0)
    );
    create index proposal_status_idx on proposal(status, theme);
    create index proposal_source_idx on proposal(source_type, source_id);

    create table proposal_status_change (
      id uuid primary key default gen_random_uuid(),
      proposal_id uuid not null references proposal(id) on delete cascade,
      from_status text,
      to_status text not null,
      changed_on date not null,
      changed_at timestamptz not null default now(),
      changed_by uuid references app_user(id),
      note text
    );
    create index proposal_status_change_idx on proposal_status_change(proposal_id, changed_at);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table if exists proposal_status_change;
    drop table if exists proposal;
    drop table if exists feedback_answer;
    drop table if exists feedback_code;
    drop table if exists participation_setting;
  `.execute(db);
}
