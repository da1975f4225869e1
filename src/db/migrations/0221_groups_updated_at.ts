import { sql, type Kysely } from 'kysely';

// Every versioned row records when it last changed (the one versioned update sets it).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table group_member add column updated_at timestamptz not null default now();
    alter table group_session add column updated_at timestamptz not null default now();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table group_member drop column updated_at;
    alter table group_session drop column updated_at;
  `.execute(db);
}
