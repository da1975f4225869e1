// Process templates: a service process as data. A template's name is unique in its organisation and
// its step keys are unique within it.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { audit } from '../../../server/audit/audit.js';
import { errors } from '../../../server/errors.js';
import type { NewTemplateBody } from '../../../shared/contracts/measures/process-templates.js';
import { organisationIdsOf, type Caller } from '../common.js';
import * as q from './queries.js';

const templateErrors = {
  ageRange: {
    fi: 'Yläraja on pienempi kuin alaraja.',
    sv: 'Övre gränsen är lägre än den nedre.',
    en: 'The upper age is below the lower age.',
  },
  stepKeys: {
    fi: 'Vaiheiden tunnisteiden on oltava yksilöllisiä.',
    sv: 'Stegens nycklar ska vara unika.',
    en: 'Step keys must be unique.',
  },
  nameTaken: {
    fi: 'Samanniminen pohja on jo olemassa.',
    sv: 'En mall med samma namn finns redan.',
    en: 'A template with this name exists already.',
  },
};

/** The templates of the organisations of the user's units. */
export async function templates(db: Kysely<DB>, unitIds: string[]) {
  return q.templatesOf(db, await organisationIdsOf(db, unitIds));
}

/** A template for the user's (first) organisation, e.g. the youth process adapted for another age group. */
export async function createTemplate(db: Kysely<DB>, caller: Caller, unitIds: string[], b: NewTemplateBody) {
  const [orgId] = await organisationIdsOf(db, unitIds);
  if (!orgId) throw errors.forbidden();
  if (b.ageMin != null && b.ageMax != null && b.ageMax < b.ageMin)
    throw errors.field('ageMax', templateErrors.ageRange);
  if (new Set(b.steps.map((s) => s.key)).size !== b.steps.length) throw errors.field('steps', templateErrors.stepKeys);
  const id = await db.transaction().execute(async (trx) => {
    if (await q.nameTaken(trx, orgId, b.name)) throw errors.field('name', templateErrors.nameTaken);
    const templateId = await q.insertTemplate(trx, orgId, b);
    await audit(trx, {
      actor: caller.actor,
      action: 'processTemplate.create',
      subjectType: 'process_template',
      subjectId: templateId,
      purpose: 'asetukset',
    });
    return templateId;
  });
  return q.template(db, id);
}
