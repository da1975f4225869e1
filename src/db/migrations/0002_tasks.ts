import { sql, type Kysely } from 'kysely';

// Tasks: a to-do for a named worker with a due date, created by any capability (an absence to
// pass on, an action agreed in a group interview, a follow-up call). They show on My work.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table task (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references unit(id),
      assignee_id uuid references app_user(id),
      client_id uuid references client(id),
      kind text not null,
      title text not null,
      details text,
      due_date date,
      source_type text,
      source_id uuid,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      done_at timestamptz,
      done_by uuid references app_user(id),
      version integer not null default 1
    );
    create index task_assignee_idx on task(assignee_id) where done_at is null;
    create index task_unit_idx on task(unit_id) where done_at is null;
    create index task_source_idx on task(source_type, source_id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists task`.execute(db);
}
