// Service needs assessment (palvelutarpeen arviointi, SHL 36–37 §): a counsellor or social worker
// drafts it with the client; only a social worker completes it, and only when every statutory part
// is there. A completed assessment is a record and no longer changes.
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/types.js';
import type { App } from '../../../server/types.js';
import { AppError, errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { cw } from '../clients/messages.js';
import {
  clientParams,
  errorBody,
  finalConflict,
  isoDate,
  notInFuture,
  optionalText,
  organisationOfUnit,
  PURPOSE,
  today,
  uuid,
} from '../clients/common.js';
import { DEFAULT_ASSESSMENT_SECTIONS, missingForCompletion, sectionsForOrganisation } from './sections.js';

const supportDuration = z.enum(['temporary', 'recurring', 'long-term']);
const specialSupportReason = z.enum(['cognitive-or-mental', 'substance-use', 'multiple-needs', 'other']);
const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

const assessment = z.object({
  id: uuid,
  clientId: uuid,
  contactId: z.string().nullable(),
  status: z.enum(['draft', 'completed']),
  startedOn: z.string(),
  completedOn: z.string().nullable(),
  completedByName: z.string().nullable(),
  situationSummary: z.string().nullable(),
  professionalConclusion: z.string().nullable(),
  clientView: z.string().nullable(),
  clientViewUnavailableReason: z.string().nullable(),
  namedWorkerClientView: z.string().nullable(),
  namedWorkerProfessionalView: z.string().nullable(),
  supportNeeded: z.boolean().nullable(),
  supportDuration: supportDuration.nullable(),
  specialSupportNeeded: z.boolean().nullable(),
  specialSupportReasons: z.array(specialSupportReason),
  specialSupportDetails: z.string().nullable(),
  rightsInformation: z.string().nullable(),
  participants: z.string().nullable(),
  sections: z.record(z.string(), z.string()),
  version: z.number(),
  updatedAt: z.string(),
});

const content = z.object({
  situationSummary: optionalText(8000),
  professionalConclusion: optionalText(8000),
  clientView: optionalText(8000),
  clientViewUnavailableReason: optionalText(2000),
  namedWorkerClientView: optionalText(2000),
  namedWorkerProfessionalView: optionalText(2000),
  supportNeeded: z.boolean().nullable().default(null),
  supportDuration: supportDuration.nullable().default(null),
  specialSupportNeeded: z.boolean().nullable().default(null),
  specialSupportReasons: z.array(specialSupportReason).max(4).default([]),
  specialSupportDetails: optionalText(4000),
  rightsInformation: optionalText(4000),
  participants: optionalText(2000),
  sections: z.record(z.string().max(41), z.string().max(8000)).default({}),
});

const assessmentParams = z.object({ clientId: uuid, assessmentId: uuid });

function select(db: Kysely<DB>) {
  return db
    .selectFrom('assessment')
    .leftJoin('app_user', 'app_user.id', 'assessment.completed_by')
    .selectAll('assessment')
    .select('app_user.display_name as completed_by_name');
}
type Row = Awaited<ReturnType<ReturnType<typeof select>['executeTakeFirstOrThrow']>>;

function toDto(r: Row): z.infer<typeof assessment> {
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

async function loadOwn(db: Kysely<DB>, clientId: string, assessmentId: string) {
  const row = await select(db)
    .where('assessment.id', '=', assessmentId)
    .where('assessment.client_id', '=', clientId)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  return row;
}

export default async function assessmentRoutes(app: App) {
  const db = app.db;

  app.get(
    '/api/clients/:clientId/assessments',
    {
      config: { action: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: "A client's assessments and the organisation's assessment sections",
        params: clientParams,
        response: {
          200: z.object({
            assessments: z.array(assessment),
            sections: z.array(z.object({ key: z.string(), title: localized, help: localized.nullable() })),
          }),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const rows = await select(db)
        .where('assessment.client_id', '=', clientId)
        .orderBy('assessment.started_on', 'desc')
        .orderBy('assessment.created_at', 'desc')
        .execute();
      const sections = await sectionsForOrganisation(db, await organisationOfUnit(db, request.access.clientUnitId!));
      await audit(db, {
        actor: request.actor(),
        action: 'assessment.read',
        clientId,
        subjectType: 'assessment',
        purpose: PURPOSE,
      });
      return { assessments: rows.map(toDto), sections };
    },
  );

  app.post(
    '/api/clients/:clientId/assessments',
    {
      config: { action: 'assessment.write' },
      schema: {
        tags: ['assessment'],
        summary: 'Start an assessment (a draft)',
        params: clientParams,
        body: z.object({ startedOn: isoDate.optional(), contactId: uuid.nullish() }),
        response: { 201: z.object({ assessment }) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params;
      const startedOn = request.body.startedOn ?? today();
      notInFuture('startedOn', startedOn);
      const row = await db.transaction().execute(async (trx) => {
        if (request.body.contactId) {
          const c = await trx
            .selectFrom('contact')
            .select('client_id')
            .where('id', '=', request.body.contactId)
            .executeTakeFirst();
          if (!c || c.client_id !== clientId) throw errors.field('contactId', cw('contactOtherClient'));
        }
        const created = await trx
          .insertInto('assessment')
          .values({
            client_id: clientId,
            contact_id: request.body.contactId ?? null,
            started_on: startedOn,
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
            created_by: request.user!.id,
            updated_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'assessment.create',
          clientId,
          subjectType: 'assessment',
          subjectId: created.id,
          purpose: PURPOSE,
        });
        return loadOwn(trx, clientId, created.id);
      });
      return reply.status(201).send({ assessment: toDto(row) });
    },
  );

  app.get(
    '/api/clients/:clientId/assessments/:assessmentId',
    {
      config: { action: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: 'Read one assessment',
        params: assessmentParams,
        response: { 200: z.object({ assessment }) },
      },
    },
    async (request) => {
      const { clientId, assessmentId } = request.params;
      const row = await loadOwn(db, clientId, assessmentId);
      await audit(db, {
        actor: request.actor(),
        action: 'assessment.read',
        clientId,
        subjectType: 'assessment',
        subjectId: assessmentId,
        purpose: PURPOSE,
      });
      return { assessment: toDto(row) };
    },
  );

  app.put(
    '/api/clients/:clientId/assessments/:assessmentId',
    {
      config: { action: 'assessment.write' },
      schema: {
        tags: ['assessment'],
        summary: 'Save a draft assessment (version check)',
        params: assessmentParams,
        body: content.extend({ version: z.number().int(), startedOn: isoDate.optional() }),
        response: { 200: z.object({ assessment }), 409: errorBody },
      },
    },
    async (request) => {
      const { clientId, assessmentId } = request.params;
      const b = request.body;
      if (b.startedOn) notInFuture('startedOn', b.startedOn);
      const active = (
        await sectionsForOrganisation(db, await organisationOfUnit(db, request.access.clientUnitId!))
      ).map((s) => s.key);
      const sections = Object.fromEntries(
        Object.entries(b.sections)
          .map(([k, v]) => [k, v.trim()])
          .filter(([, v]) => v !== ''),
      );
      const row = await db.transaction().execute(async (trx) => {
        const existing = await loadOwn(trx, clientId, assessmentId);
        if (existing.status === 'completed') throw finalConflict('assessmentCompleted');
        // A section the organisation has since retired keeps the text already written in it.
        const known = new Set([...active, ...Object.keys(existing.sections)]);
        const unknown = Object.keys(b.sections).filter((k) => !known.has(k));
        if (unknown.length)
          throw errors.validation(unknown.map((k) => ({ path: `sections.${k}`, message: cw('unknownSection') })));
        const updated = await trx
          .updateTable('assessment')
          .set({
            ...(b.startedOn ? { started_on: b.startedOn } : {}),
            situation_summary: b.situationSummary,
            professional_conclusion: b.professionalConclusion,
            client_view: b.clientView,
            client_view_unavailable_reason: b.clientViewUnavailableReason,
            named_worker_client_view: b.namedWorkerClientView,
            named_worker_professional_view: b.namedWorkerProfessionalView,
            support_needed: b.supportNeeded,
            support_duration: b.supportNeeded ? b.supportDuration : null,
            special_support_needed: b.specialSupportNeeded,
            special_support_reasons: JSON.stringify(
              b.specialSupportNeeded ? [...new Set(b.specialSupportReasons)] : [],
            ),
            special_support_details: b.specialSupportNeeded ? b.specialSupportDetails : null,
            rights_information: b.rightsInformation,
            participants: b.participants,
            sections: JSON.stringify(sections),
            updated_by: request.user!.id,
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', assessmentId)
          .where('version', '=', b.version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'assessment.update',
          clientId,
          subjectType: 'assessment',
          subjectId: assessmentId,
          purpose: PURPOSE,
        });
        return loadOwn(trx, clientId, assessmentId);
      });
      return { assessment: toDto(row) };
    },
  );

  app.post(
    '/api/clients/:clientId/assessments/:assessmentId/complete',
    {
      config: { action: 'assessment.complete' },
      schema: {
        tags: ['assessment'],
        summary: 'Complete the assessment (social worker; every statutory part required)',
        params: assessmentParams,
        body: z.object({ version: z.number().int(), completedOn: isoDate.optional() }),
        response: { 200: z.object({ assessment }), 409: errorBody },
      },
    },
    async (request) => {
      const { clientId, assessmentId } = request.params;
      const completedOn = request.body.completedOn ?? today();
      notInFuture('completedOn', completedOn);
      const row = await db.transaction().execute(async (trx) => {
        const existing = await loadOwn(trx, clientId, assessmentId);
        if (existing.status === 'completed') throw finalConflict('assessmentCompleted');
        if (existing.version !== request.body.version) throw errors.conflict();
        if (completedOn < existing.started_on) throw errors.field('completedOn', cw('endBeforeStart'));
        const missing = missingForCompletion(existing);
        if (missing.length) throw new AppError(400, 'incomplete', errors.validation([]).localized, missing);
        const updated = await trx
          .updateTable('assessment')
          .set({
            status: 'completed',
            completed_on: completedOn,
            completed_by: request.user!.id,
            updated_by: request.user!.id,
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', assessmentId)
          .where('version', '=', request.body.version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'assessment.complete',
          clientId,
          subjectType: 'assessment',
          subjectId: assessmentId,
          purpose: PURPOSE,
        });
        return loadOwn(trx, clientId, assessmentId);
      });
      return { assessment: toDto(row) };
    },
  );
}

/** Organisation settings: the extra sections of the assessment form (the statutory parts are fixed). */
export async function assessmentSectionRoutes(app: App) {
  const db = app.db;
  const definition = z.object({
    key: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/),
    title: z.object({
      fi: z.string().trim().min(1).max(200),
      sv: z.string().trim().min(1).max(200),
      en: z.string().trim().min(1).max(200),
    }),
    help: localized.nullable().default(null),
    isActive: z.boolean().default(true),
  });

  app.get(
    '/api/admin/assessment-sections',
    {
      config: { action: 'assessmentSections.manage' },
      schema: {
        tags: ['assessment'],
        summary: "The organisation's assessment sections (the defaults when none are configured)",
        querystring: z.object({ organisationId: uuid }),
        response: { 200: z.object({ configured: z.boolean(), sections: z.array(definition) }) },
      },
    },
    async (request) => {
      const rows = await db
        .selectFrom('assessment_section_definition')
        .selectAll()
        .where('organisation_id', '=', request.query.organisationId)
        .orderBy('position')
        .execute();
      if (rows.length === 0) {
        return { configured: false, sections: DEFAULT_ASSESSMENT_SECTIONS.map((s) => ({ ...s, isActive: true })) };
      }
      return {
        configured: true,
        sections: rows.map((r) => ({ key: r.key, title: r.title, help: r.help, isActive: r.is_active })),
      };
    },
  );

  app.put(
    '/api/admin/assessment-sections',
    {
      config: { action: 'assessmentSections.manage' },
      schema: {
        tags: ['assessment'],
        summary:
          "Replace the organisation's assessment sections (order = position); deactivate rather than drop a key in use",
        body: z.object({ organisationId: uuid, sections: z.array(definition).max(40) }),
        response: { 200: z.object({ configured: z.boolean(), sections: z.array(definition) }) },
      },
    },
    async (request) => {
      const { organisationId, sections } = request.body;
      const keys = sections.map((s) => s.key);
      const dup = keys.findIndex((k, i) => keys.indexOf(k) !== i);
      if (dup >= 0)
        throw errors.field(`sections.${dup}.key`, {
          fi: 'Sama tunniste on jo käytössä.',
          sv: 'Samma nyckel används redan.',
          en: 'The same key is used already.',
        });
      const org = await db.selectFrom('organisation').select('id').where('id', '=', organisationId).executeTakeFirst();
      if (!org) throw errors.notFound();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('assessment_section_definition').where('organisation_id', '=', organisationId).execute();
        if (sections.length) {
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
        await audit(trx, {
          actor: request.actor(),
          action: 'assessment.sections.update',
          subjectType: 'organisation',
          subjectId: organisationId,
          purpose: 'ylläpito',
        });
      });
      return {
        configured: sections.length > 0,
        sections: sections.length ? sections : DEFAULT_ASSESSMENT_SECTIONS.map((s) => ({ ...s, isActive: true })),
      };
    },
  );
}
