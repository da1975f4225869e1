import { sql, type Kysely } from 'kysely';

// One-time codes with which a person sets their own password: a password reset for staff (an
// administrator never sets another person's password) and portal access for a client. The code is
// printed on a letter; only its hash is stored.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table account_invitation (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references app_user(id),
      purpose text not null check (purpose in ('password_reset', 'portal_access')),
      code_hash text not null unique,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );
    create index account_invitation_user_idx on account_invitation(user_id) where used_at is null;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table account_invitation`.execute(db);
}
