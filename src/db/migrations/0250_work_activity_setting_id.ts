import { sql, type Kysely } from 'kysely';

// The allowance setting gets an id like every other versioned row, so its edits go through the one
// versioned update (src/db/versioned.ts). The organisation stays unique: one rate per organisation.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table work_activity_setting add column id uuid not null default gen_random_uuid();
    alter table work_activity_setting add constraint work_activity_setting_id_key unique (id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table work_activity_setting drop column id;
  `.execute(db);
}
