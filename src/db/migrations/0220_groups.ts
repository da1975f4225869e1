import { sql, type Kysely } from 'kysely';

// Group-based social work (ryhmämuotoinen sosiaalityö): leaders, a programme of sessions, invited
// members, attendance, the confidentiality rule, anonymous feedback and a closing session with
// decision makers. Group notes reach a member's client file only with that member's consent.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table group_work (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references unit(id),
      name text not null,
      target_group text not null,
      description text,
      status text not null default 'planning' check (status in ('planning', 'active', 'closed')),
      created_by uuid references app_user(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index group_work_unit_idx on group_work(unit_id);

    create table group_leader (
      id uuid primary key default gen_random_uuid(),
      group_id uuid not null references group_work(id) on delete cascade,
      user_id uuid references app_user(id),
      name text not null,
      kind text not null check (kind in ('staff', 'expert-by-experience', 'partner')),
      unique (group_id, user_id)
    );
    create index group_leader_user_idx on group_leader(user_id);

    create table group_session (
      id uuid primary key default gen_random_uuid(),
      group_id uuid not null references group_work(id) on delete cascade,
      session_no integer not null check (session_no > 0),
      session_date date not null,
      start_time text check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      duration_minutes integer not null default 120 check (duration_minutes between 15 and 600),
      topic text,
      -- The last session: meeting with decision makers (päättäjätapaaminen).
      is_closing boolean not null default false,
      guests text,
      -- Group notes: never copied into client files; shown there only to consenting members.
      notes text,
      held boolean not null default false,
      version integer not null default 1,
      unique (group_id, session_no)
    );

    create table group_member (
      id uuid primary key default gen_random_uuid(),
      group_id uuid not null references group_work(id) on delete cascade,
      client_id uuid not null references client(id),
      -- The member's client plan (client work, issue 3); no foreign key: those tables are theirs.
      plan_id uuid,
      status text not null default 'invited' check (status in ('invited', 'joined', 'declined', 'left')),
      invited_on date not null,
      confidentiality_accepted_on date,
      notes_consent boolean not null default false,
      notes_consent_on date,
      version integer not null default 1,
      unique (group_id, client_id)
    );
    create index group_member_client_idx on group_member(client_id);

    create table group_attendance (
      session_id uuid not null references group_session(id) on delete cascade,
      member_id uuid not null references group_member(id) on delete cascade,
      present boolean not null,
      primary key (session_id, member_id)
    );

    -- Anonymous: no member, no user, only the day (no time that could identify who answered).
    create table group_session_feedback (
      id uuid primary key default gen_random_uuid(),
      session_id uuid not null references group_session(id) on delete cascade,
      met_expectations text not null check (met_expectations in ('yes', 'partly', 'no')),
      thoughts text,
      wishes text,
      submitted_on date not null default current_date
    );
    create index group_session_feedback_session_idx on group_session_feedback(session_id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists group_session_feedback, group_attendance, group_member, group_session, group_leader, group_work cascade`.execute(
    db,
  );
}
