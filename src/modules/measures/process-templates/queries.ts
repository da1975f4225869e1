// Process templates of an organisation. Every function takes the transaction (or database).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { NewTemplateBody } from '../../../shared/contracts/measures/process-templates.js';

function templateSelect(db: Kysely<DB>) {
  return db
    .selectFrom('process_template')
    .select([
      'id',
      'name',
      'description',
      'age_min as ageMin',
      'age_max as ageMax',
      'rules',
      'steps',
      'is_active as isActive',
      'version',
    ]);
}

export async function templatesOf(db: Kysely<DB>, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return templateSelect(db).where('organisation_id', 'in', organisationIds).orderBy('name').execute();
}

export async function template(db: Kysely<DB>, id: string) {
  return templateSelect(db).where('id', '=', id).executeTakeFirstOrThrow();
}

export async function nameTaken(db: Kysely<DB>, organisationId: string, name: string): Promise<boolean> {
  const row = await db
    .selectFrom('process_template')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('name', '=', name)
    .executeTakeFirst();
  return !!row;
}

export async function insertTemplate(db: Kysely<DB>, organisationId: string, b: NewTemplateBody): Promise<string> {
  const row = await db
    .insertInto('process_template')
    .values({
      organisation_id: organisationId,
      name: b.name,
      description: b.description,
      age_min: b.ageMin ?? null,
      age_max: b.ageMax ?? null,
      rules: JSON.stringify(b.rules),
      steps: JSON.stringify(b.steps),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An active template of the unit's organisation (the one a client's process may follow). */
export async function activeTemplateForUnit(db: Kysely<DB>, templateId: string, unitId: string) {
  return db
    .selectFrom('process_template as t')
    .innerJoin('unit', 'unit.organisation_id', 't.organisation_id')
    .select(['t.id', 't.rules', 't.steps'])
    .where('t.id', '=', templateId)
    .where('unit.id', '=', unitId)
    .where('t.is_active', '=', true)
    .executeTakeFirst();
}
