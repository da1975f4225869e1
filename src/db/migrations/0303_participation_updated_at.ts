import { sql, type Kysely } from 'kysely';

// Every versioned row records when it last changed (the one versioned update sets it).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table feedback_answer add column updated_at timestamptz not null default now();
    alter table survey_free_text add column updated_at timestamptz not null default now();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table feedback_answer drop column updated_at;
    alter table survey_free_text drop column updated_at;
  `.execute(db);
}
