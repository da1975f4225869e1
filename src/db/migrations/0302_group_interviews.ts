import { sql, type Kysely } from 'kysely';

// Group interviews (DOMAIN.md 4.1): 5–10 clients, 1–3 interviewers, a SWOT summary and agreed
// actions, each with an owner and a due date (the owner gets a task on My work). No participant
// names are stored: only how many took part.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table group_interview (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references unit(id),
      held_on date not null,
      goal text not null check (length(goal) between 1 and 2000),
      questions jsonb not null default '[]',
      participant_count integer not null check (participant_count between 1 and 50),
      interviewer_kind text not null check (interviewer_kind in ('internal', 'external')),
      interviewer_count integer not null default 1 check (interviewer_count between 1 and 10),
      strengths text not null default '',
      weaknesses text not null default '',
      opportunities text not null default '',
      threats text not null default '',
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    );
    create index group_interview_unit_idx on group_interview(unit_id, held_on);

    create table group_interview_action (
      id uuid primary key default gen_random_uuid(),
      interview_id uuid not null references group_interview(id) on delete cascade,
      description text not null check (length(description) between 1 and 1000),
      owner_id uuid not null references app_user(id),
      due_date date not null,
      task_id uuid references task(id),
      proposal_id uuid references proposal(id)
    );
    create index group_interview_action_idx on group_interview_action(interview_id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table if exists group_interview_action;
    drop table if exists group_interview;
  `.execute(db);
}
