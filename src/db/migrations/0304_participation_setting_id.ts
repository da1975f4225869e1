import { sql, type Kysely } from 'kysely';

// The organisation's participation settings get an id like every other editable row, so their edit
// goes through the one versioned update (db/versioned.ts). The organisation stays the key.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table participation_setting add column id uuid not null unique default gen_random_uuid();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table participation_setting drop column id;
  `.execute(db);
}
