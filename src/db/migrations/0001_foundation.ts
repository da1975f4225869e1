import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;

    create table organisation (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      kind text not null check (kind in ('hyvinvointialue', 'kunta')),
      population integer not null default 0 check (population >= 0),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table unit (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation(id),
      name text not null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, name)
    );

    -- The client record; the client-work capability adds its columns in its own migrations.
    create table client (
      id uuid primary key default gen_random_uuid(),
      unit_id uuid not null references unit(id),
      created_at timestamptz not null default now()
    );
    create index client_unit_idx on client(unit_id);

    create table app_user (
      id uuid primary key default gen_random_uuid(),
      username text not null unique check (username = lower(username) and length(username) between 2 and 64),
      display_name text not null,
      email text,
      phone text,
      password_hash text not null,
      is_active boolean not null default true,
      language text not null default 'fi' check (language in ('fi', 'sv', 'en')),
      totp_secret text,
      totp_enabled boolean not null default false,
      client_id uuid references client(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      password_changed_at timestamptz not null default now()
    );

    create table user_role (
      user_id uuid not null references app_user(id) on delete cascade,
      unit_id uuid not null references unit(id) on delete cascade,
      role text not null check (role in ('sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija',
        'esihenkilo', 'kokemusasiantuntija', 'yllapitaja')),
      primary key (user_id, unit_id, role)
    );
    create index user_role_unit_idx on user_role(unit_id);

    -- Sessions live in the database so any instance can serve any request.
    create table session (
      token_hash text primary key,
      user_id uuid not null references app_user(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index session_user_idx on session(user_id);

    -- Failed logins per username, for throttling across instances. Holds no passwords.
    create table login_failure (
      id bigint generated always as identity primary key,
      username_key text not null,
      at timestamptz not null default now()
    );
    create index login_failure_key_idx on login_failure(username_key, at);

    -- Use log (käyttöloki, Act 703/2023): append-only and hash-chained.
    create table audit_log (
      seq bigint generated always as identity primary key,
      at timestamptz not null,
      actor_id uuid,
      actor_username text,
      action text not null,
      client_id uuid,
      subject_type text,
      subject_id text,
      purpose text not null,
      outcome text not null check (outcome in ('ok', 'denied', 'failed')),
      prev_hash text not null,
      hash text not null
    );
    create index audit_log_client_idx on audit_log(client_id, at);
    create index audit_log_actor_idx on audit_log(actor_id, at);
    create index audit_log_action_idx on audit_log(action, at);

    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end;
    $$;
    create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_is_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_is_append_only();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table if exists audit_log, login_failure, session, user_role, app_user, client, unit, organisation cascade;
    drop function if exists audit_log_is_append_only;
  `.execute(db);
}
