// Assessments and the organisation's assessment sections. Every function takes the transaction it
// runs in; the service audits.
import type { Kysely, Updateable } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { AssessmentTable } from '../../../db/tables/clients.js';
import { errors } from '../../../server/errors.js';
import type { Assessment } from '../../../shared/contracts/client-work/assessment.js';
import { DEFAULT_ASSESSMENT_SECTIONS, type SectionDefinition } from './sections.js';

function select(db: Kysely<DB>) {
  return db
    .selectFrom('assessment')
    .leftJoin('app_user', 'app_user.id', 'assessment.completed_by')
    .selectAll('assessment')
    .select('app_user.display_name as completed_by_name');
}
type Row = Awaited<ReturnType<ReturnType<typeof select>['executeTakeFirstOrThrow']>>;
export type AssessmentRow = Row;

export function toAssessment(r: Row): Assessment {
  return {
    id: r.id,
    clientId: r.client_id,
    contactId: r.contact_id,
    status: r.status,
    startedOn: r.started_on,
    completedOn: r.completed_on,
    completedByName: r.completed_by_name,
    situationSummary: r.situation_summary,
    professionalConclusion: r.professional_conclusion,
    clientView: r.client_view,
    clientViewUnavailableReason: r.client_view_unavailable_reason,
    namedWorkerClientView: r.named_worker_client_view,
    namedWorkerProfessionalView: r.named_worker_professional_view,
    supportNeeded: r.support_needed,
    supportDuration: r.support_duration,
    specialSupportNeeded: r.special_support_needed,
    specialSupportReasons: r.special_support_reasons,
    specialSupportDetails: r.special_support_details,
    rightsInformation: r.rights_information,
    participants: r.participants,
    sections: r.sections,
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** One assessment of this client (404 for another client's). */
export async function assessmentOfClient(db: Kysely<DB>, clientId: string, assessmentId: string): Promise<Row> {
  const row = await select(db)
    .where('assessment.id', '=', assessmentId)
    .where('assessment.client_id', '=', clientId)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  return row;
}

export async function assessmentsOfClient(db: Kysely<DB>, clientId: string): Promise<Row[]> {
  return select(db)
    .where('assessment.client_id', '=', clientId)
    .orderBy('assessment.started_on', 'desc')
    .orderBy('assessment.created_at', 'desc')
    .execute();
}

export async function contactOwner(db: Kysely<DB>, contactId: string): Promise<string | undefined> {
  const c = await db.selectFrom('contact').select('client_id').where('id', '=', contactId).executeTakeFirst();
  return c?.client_id;
}

export async function insertAssessment(
  trx: Kysely<DB>,
  a: { clientId: string; contactId: string | null; startedOn: string; userId: string },
): Promise<string> {
  const created = await trx
    .insertInto('assessment')
    .values({
      client_id: a.clientId,
      contact_id: a.contactId,
      started_on: a.startedOn,
      completed_on: null,
      completed_by: null,
      situation_summary: null,
      professional_conclusion: null,
      client_view: null,
      client_view_unavailable_reason: null,
      named_worker_client_view: null,
      named_worker_professional_view: null,
      support_needed: null,
      support_duration: null,
      special_support_needed: null,
      special_support_reasons: JSON.stringify([]),
      special_support_details: null,
      rights_information: null,
      participants: null,
      sections: JSON.stringify({}),
      created_by: a.userId,
      updated_by: a.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}

export type AssessmentChanges = Omit<Updateable<AssessmentTable>, 'id' | 'version' | 'updated_at'>;

// ---- the organisation's sections ----

export async function organisationOfUnit(db: Kysely<DB>, unitId: string): Promise<string> {
  const row = await db.selectFrom('unit').select('organisation_id').where('id', '=', unitId).executeTakeFirstOrThrow();
  return row.organisation_id;
}

/** The organisation's active sections, in order; the defaults when none are configured. */
export async function sectionsForOrganisation(db: Kysely<DB>, organisationId: string): Promise<SectionDefinition[]> {
  const rows = await db
    .selectFrom('assessment_section_definition')
    .select(['key', 'title', 'help', 'is_active'])
    .where('organisation_id', '=', organisationId)
    .orderBy('position')
    .orderBy('key')
    .execute();
  if (rows.length === 0) return DEFAULT_ASSESSMENT_SECTIONS;
  return rows.filter((r) => r.is_active).map((r) => ({ key: r.key, title: r.title, help: r.help }));
}

/** Every configured section of the organisation (inactive ones too), in order. */
export async function sectionDefinitions(db: Kysely<DB>, organisationId: string) {
  const rows = await db
    .selectFrom('assessment_section_definition')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ key: r.key, title: r.title, help: r.help, isActive: r.is_active }));
}

export async function organisationExists(db: Kysely<DB>, organisationId: string): Promise<boolean> {
  return !!(await db.selectFrom('organisation').select('id').where('id', '=', organisationId).executeTakeFirst());
}

export async function replaceSectionDefinitions(
  trx: Kysely<DB>,
  organisationId: string,
  sections: { key: string; title: SectionDefinition['title']; help: SectionDefinition['help']; isActive: boolean }[],
): Promise<void> {
  await trx.deleteFrom('assessment_section_definition').where('organisation_id', '=', organisationId).execute();
  if (sections.length === 0) return;
  await trx
    .insertInto('assessment_section_definition')
    .values(
      sections.map((s, i) => ({
        organisation_id: organisationId,
        key: s.key,
        title: JSON.stringify(s.title),
        help: s.help ? JSON.stringify(s.help) : null,
        position: i,
        is_active: s.isActive,
      })),
    )
    .execute();
}
