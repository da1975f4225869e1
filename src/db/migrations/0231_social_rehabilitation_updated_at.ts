import { sql, type Kysely } from 'kysely';

// Every versioned row records when it last changed (the one versioned update sets it).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table social_rehab_period add column updated_at timestamptz not null default now();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table social_rehab_period drop column updated_at;
  `.execute(db);
}
