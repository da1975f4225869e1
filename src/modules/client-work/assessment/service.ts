// Service needs assessment (palvelutarpeen arviointi, SHL 36–37 §): a counsellor or social worker
// drafts it with the client; only a social worker completes it, and only when every statutory part
// is there. A completed assessment is a record and no longer changes.
import { updateVersioned } from '../../../db/versioned.js';
import { audit } from '../../../server/audit/audit.js';
import { AppError, errors } from '../../../server/errors.js';
import type {
  Assessment,
  CompleteAssessment,
  SaveAssessment,
  SectionDefinition,
  SectionSettings,
  StartAssessment,
} from '../../../shared/contracts/client-work/assessment.js';
import { finalConflict, notInFuture, PURPOSE, type WorkContext } from '../clients/common.js';
import { cw } from '../clients/messages.js';
import {
  assessmentOfClient,
  assessmentsOfClient,
  contactOwner,
  insertAssessment,
  organisationExists,
  organisationOfUnit,
  replaceSectionDefinitions,
  sectionDefinitions,
  sectionsForOrganisation,
  toAssessment,
} from './queries.js';
import { DEFAULT_ASSESSMENT_SECTIONS, missingForCompletion } from './sections.js';

/** `unitId`: the client's unit, whose organisation's sections the form has. */
export async function readAssessments(ctx: WorkContext, clientId: string, unitId: string) {
  const rows = await assessmentsOfClient(ctx.db, clientId);
  const sections = await sectionsForOrganisation(ctx.db, await organisationOfUnit(ctx.db, unitId));
  await audit(ctx.db, {
    actor: ctx.actor,
    action: 'assessment.read',
    clientId,
    subjectType: 'assessment',
    purpose: PURPOSE,
  });
  return { assessments: rows.map(toAssessment), sections };
}

export async function readAssessment(ctx: WorkContext, clientId: string, assessmentId: string): Promise<Assessment> {
  const row = await assessmentOfClient(ctx.db, clientId, assessmentId);
  await audit(ctx.db, {
    actor: ctx.actor,
    action: 'assessment.read',
    clientId,
    subjectType: 'assessment',
    subjectId: assessmentId,
    purpose: PURPOSE,
  });
  return toAssessment(row);
}

export async function startAssessment(ctx: WorkContext, clientId: string, body: StartAssessment): Promise<Assessment> {
  const startedOn = body.startedOn ?? ctx.today;
  notInFuture('startedOn', startedOn, ctx.today);
  return ctx.db.transaction().execute(async (trx) => {
    if (body.contactId && (await contactOwner(trx, body.contactId)) !== clientId) {
      throw errors.field('contactId', cw('contactOtherClient'));
    }
    const id = await insertAssessment(trx, {
      clientId,
      contactId: body.contactId ?? null,
      startedOn,
      userId: ctx.user.id,
    });
    await audit(trx, {
      actor: ctx.actor,
      action: 'assessment.create',
      clientId,
      subjectType: 'assessment',
      subjectId: id,
      purpose: PURPOSE,
    });
    return toAssessment(await assessmentOfClient(trx, clientId, id));
  });
}

/** Saves a draft; `unitId` is the client's unit (its organisation's sections may be written). */
export async function saveDraft(
  ctx: WorkContext,
  clientId: string,
  unitId: string,
  assessmentId: string,
  b: SaveAssessment,
): Promise<Assessment> {
  if (b.startedOn) notInFuture('startedOn', b.startedOn, ctx.today);
  const active = (await sectionsForOrganisation(ctx.db, await organisationOfUnit(ctx.db, unitId))).map((s) => s.key);
  const sections = Object.fromEntries(
    Object.entries(b.sections)
      .map(([k, v]) => [k, v.trim()])
      .filter(([, v]) => v !== ''),
  );
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await assessmentOfClient(trx, clientId, assessmentId);
    if (existing.status === 'completed') throw finalConflict('assessmentCompleted');
    // A section the organisation has since retired keeps the text already written in it.
    const known = new Set([...active, ...Object.keys(existing.sections)]);
    const unknown = Object.keys(b.sections).filter((k) => !known.has(k));
    if (unknown.length)
      throw errors.validation(unknown.map((k) => ({ path: `sections.${k}`, message: cw('unknownSection') })));
    await updateVersioned(
      trx,
      'assessment',
      { id: assessmentId, version: b.version, scope: { client_id: clientId } },
      {
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
        special_support_reasons: JSON.stringify(b.specialSupportNeeded ? [...new Set(b.specialSupportReasons)] : []),
        special_support_details: b.specialSupportNeeded ? b.specialSupportDetails : null,
        rights_information: b.rightsInformation,
        participants: b.participants,
        sections: JSON.stringify(sections),
        updated_by: ctx.user.id,
      },
    );
    await audit(trx, {
      actor: ctx.actor,
      action: 'assessment.update',
      clientId,
      subjectType: 'assessment',
      subjectId: assessmentId,
      purpose: PURPOSE,
    });
    return toAssessment(await assessmentOfClient(trx, clientId, assessmentId));
  });
}

/**
 * Completes the assessment as the version the user saw: a newer save answers 409 before any rule is
 * checked; a missing statutory part then refuses it (the transaction rolls the completion back).
 */
export async function completeAssessment(
  ctx: WorkContext,
  clientId: string,
  assessmentId: string,
  body: CompleteAssessment,
): Promise<Assessment> {
  const completedOn = body.completedOn ?? ctx.today;
  notInFuture('completedOn', completedOn, ctx.today);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await assessmentOfClient(trx, clientId, assessmentId);
    if (existing.status === 'completed') throw finalConflict('assessmentCompleted');
    const saved = await updateVersioned(
      trx,
      'assessment',
      { id: assessmentId, version: body.version, scope: { client_id: clientId } },
      { status: 'completed', completed_on: completedOn, completed_by: ctx.user.id, updated_by: ctx.user.id },
    );
    if (completedOn < saved.started_on) throw errors.field('completedOn', cw('endBeforeStart'));
    const missing = missingForCompletion(saved);
    if (missing.length) throw new AppError(400, 'incomplete', errors.validation([]).localized, missing);
    await audit(trx, {
      actor: ctx.actor,
      action: 'assessment.complete',
      clientId,
      subjectType: 'assessment',
      subjectId: assessmentId,
      purpose: PURPOSE,
    });
    return toAssessment(await assessmentOfClient(trx, clientId, assessmentId));
  });
}

// ---- organisation settings: the extra sections of the form ----

export async function readSectionSettings(ctx: WorkContext, organisationId: string): Promise<SectionSettings> {
  const rows = await sectionDefinitions(ctx.db, organisationId);
  if (rows.length === 0) {
    return { configured: false, sections: DEFAULT_ASSESSMENT_SECTIONS.map((s) => ({ ...s, isActive: true })) };
  }
  return { configured: true, sections: rows };
}

export async function replaceSectionSettings(
  ctx: WorkContext,
  organisationId: string,
  sections: SectionDefinition[],
): Promise<SectionSettings> {
  const keys = sections.map((s) => s.key);
  const dup = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (dup >= 0)
    throw errors.field(`sections.${dup}.key`, {
      fi: 'Sama tunniste on jo käytössä.',
      sv: 'Samma nyckel används redan.',
      en: 'The same key is used already.',
    });
  if (!(await organisationExists(ctx.db, organisationId))) throw errors.notFound();
  await ctx.db.transaction().execute(async (trx) => {
    await replaceSectionDefinitions(trx, organisationId, sections);
    await audit(trx, {
      actor: ctx.actor,
      action: 'assessmentSections.update',
      subjectType: 'organisation',
      subjectId: organisationId,
      purpose: 'ylläpito',
    });
  });
  return {
    configured: sections.length > 0,
    sections: sections.length ? sections : DEFAULT_ASSESSMENT_SECTIONS.map((s) => ({ ...s, isActive: true })),
  };
}
