// The client plan's rules (SHL 39 §): one plan per client, each review a new version; a draft is
// edited with a version check and becomes the version in force when accepted. Each function opens
// the transaction, applies the rules, calls the queries with the transaction and writes its use-log
// event in the same transaction, and answers from what it read there: nothing that could fail is
// left for after the commit. Who may do what was decided before (the access registry).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import { AppError, errors, localize } from '../../../server/errors.js';
import type { Lang } from '../../../shared/i18n.js';
import {
  emptyPlanContent,
  planContentSchema,
  type Plan,
  type PlanContent,
  type PlanVersion,
  type VersionSummary,
} from '../../../shared/contracts/client-work/plan.js';
import { deadlineConfigForUnit } from '../my-work/deadlines.js';
import { acceptanceErrors } from './acceptance.js';
import { missingElements } from './completeness.js';
import { planErrors } from './messages.js';
import { clientLang, type PrintData } from './print.js';
import * as q from './queries.js';

const PURPOSE = 'asiakastyö: asiakassuunnitelma';

/** What every plan function needs to know of the request. */
export interface Caller {
  /** Who acts: the use log's actor, and the author of what is written. */
  actor: AuditActor;
  /** Today in Finland, from the app's clock. */
  today: string;
  /** The reader's language, for the texts in the answer. */
  lang: Lang;
}

export interface PlanIds {
  clientId: string;
  planId: string;
}
export interface VersionIds extends PlanIds {
  versionId: string;
}

/** The client's plan (none or one) with its versions; reading it is in the use log. */
export function readPlans(db: Kysely<DB>, caller: Caller, clientId: string): Promise<Plan[]> {
  return db.transaction().execute(async (trx) => {
    const plan = await q.planOfClient(trx, clientId);
    await audit(trx, {
      actor: caller.actor,
      action: 'plan.read',
      clientId,
      subjectType: 'client_plan',
      subjectId: plan?.id ?? null,
      purpose: PURPOSE,
    });
    return plan ? [await toPlan(trx, plan, caller.today)] : [];
  });
}

/** Starts the client's plan: version 1, a draft. Refused for an ended client and when a plan exists. */
export async function startPlan(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
  body: { reviewDate: string; content?: PlanContent },
): Promise<{ plan: Plan; version: PlanVersion }> {
  return uniqueOr(planErrors.exists, 'plan_exists', () =>
    db.transaction().execute(async (trx) => {
      const client = await q.clientOfPlan(trx, clientId);
      if (client.status === 'ended') throw new AppError(409, 'client_ended', planErrors.clientEnded);
      if (await q.planOfClient(trx, clientId)) throw new AppError(409, 'plan_exists', planErrors.exists);
      const plan = await q.insertPlan(trx, { clientId, unitId: client.unit_id, createdBy: caller.actor.id });
      const v = await q.insertVersion(trx, {
        planId: plan.id,
        clientId,
        number: 1,
        reviewDate: body.reviewDate,
        content: body.content ?? emptyPlanContent(),
        by: caller.actor.id,
      });
      await audit(trx, {
        actor: caller.actor,
        action: 'plan.create',
        clientId,
        subjectType: 'client_plan_version',
        subjectId: v.id,
        purpose: PURPOSE,
      });
      const row = (await q.planOfClient(trx, clientId))!;
      return {
        plan: await toPlan(trx, row, caller.today),
        version: toVersion(await versionOf(trx, { planId: plan.id, versionId: v.id }), caller.lang),
      };
    }),
  );
}

/** The versions of the client's plan, newest first. */
export function listVersions(db: Kysely<DB>, caller: Caller, ids: PlanIds): Promise<VersionSummary[]> {
  return db.transaction().execute(async (trx) => {
    const plan = await planOf(trx, ids);
    await audit(trx, {
      actor: caller.actor,
      action: 'plan.read',
      clientId: ids.clientId,
      subjectType: 'client_plan',
      subjectId: plan.id,
      purpose: PURPOSE,
    });
    return (await q.versionSummaries(trx, plan.id)).map(toSummary);
  });
}

/** One version with its content and what is still missing from it. */
export function readVersion(db: Kysely<DB>, caller: Caller, ids: VersionIds): Promise<PlanVersion> {
  return db.transaction().execute(async (trx) => {
    await planOf(trx, ids);
    const v = await versionOf(trx, ids);
    await audit(trx, {
      actor: caller.actor,
      action: 'plan.read',
      clientId: ids.clientId,
      subjectType: 'client_plan_version',
      subjectId: v.id,
      purpose: PURPOSE,
    });
    return toVersion(v, caller.lang);
  });
}

/** Saves a draft from the version the user started from; only a draft can be edited. */
export function saveDraft(
  db: Kysely<DB>,
  caller: Caller,
  ids: VersionIds,
  body: { reviewDate: string; content: PlanContent; version: number },
): Promise<PlanVersion> {
  return db.transaction().execute(async (trx) => {
    await planOf(trx, ids);
    const current = await versionOf(trx, ids);
    if (current.status !== 'draft') throw new AppError(409, 'not_draft', planErrors.notDraft);
    await updateVersioned(
      trx,
      'client_plan_version',
      { id: ids.versionId, version: body.version, scope: { plan_id: ids.planId } },
      { review_date: body.reviewDate, content: JSON.stringify(body.content), updated_by: caller.actor.id },
    );
    await audit(trx, {
      actor: caller.actor,
      action: 'plan.update',
      clientId: ids.clientId,
      subjectType: 'client_plan_version',
      subjectId: ids.versionId,
      purpose: PURPOSE,
    });
    return toVersion(await versionOf(trx, ids), caller.lang);
  });
}

/**
 * A review: a new draft version copying the newest version's content. The client's own marks on
 * the goals belong to the old version; the review starts them afresh. One draft at a time.
 */
export function startReview(
  db: Kysely<DB>,
  caller: Caller,
  ids: PlanIds,
  body: { reviewDate: string },
): Promise<PlanVersion> {
  return uniqueOr(planErrors.draftExists, 'draft_exists', () =>
    db.transaction().execute(async (trx) => {
      await planOf(trx, ids);
      if (await q.versionInStatus(trx, ids.planId, 'draft'))
        throw new AppError(409, 'draft_exists', planErrors.draftExists);
      const latest = await q.latestVersion(trx, ids.planId);
      const content = planContentSchema.parse(latest.content);
      content.goals = content.goals.map((g) => ({ ...g, clientMark: null }));
      const v = await q.insertVersion(trx, {
        planId: ids.planId,
        clientId: ids.clientId,
        number: latest.number + 1,
        reviewDate: body.reviewDate,
        content,
        by: caller.actor.id,
      });
      await audit(trx, {
        actor: caller.actor,
        action: 'plan.review',
        clientId: ids.clientId,
        subjectType: 'client_plan_version',
        subjectId: v.id,
        purpose: PURPOSE,
      });
      return toVersion(await versionOf(trx, { ...ids, versionId: v.id }), caller.lang);
    }),
  );
}

/**
 * Accepts a draft (by default today): it becomes the plan in force and the version in force before
 * it is superseded. Refused with every reason at once when the acceptance rule says no.
 */
export function acceptDraft(
  db: Kysely<DB>,
  caller: Caller,
  ids: VersionIds,
  body: { version: number; acceptedOn?: string },
): Promise<PlanVersion> {
  return db.transaction().execute(async (trx) => {
    const plan = await planOf(trx, ids);
    const draft = await versionOf(trx, ids);
    if (draft.status !== 'draft') throw new AppError(409, 'not_draft', planErrors.notDraft);
    const acceptedOn = body.acceptedOn ?? caller.today;
    const previous = await q.versionInStatus(trx, ids.planId, 'accepted');
    // The version check first: a draft someone changed meanwhile answers 409 before it is judged
    // (a refusal below rolls this back).
    await updateVersioned(
      trx,
      'client_plan_version',
      { id: ids.versionId, version: body.version, scope: { plan_id: ids.planId } },
      { status: 'accepted', accepted_on: acceptedOn, accepted_by: caller.actor.id },
    );
    const client = await q.clientOfPlan(trx, ids.clientId);
    const rules = (await deadlineConfigForUnit(trx, plan.unit_id))[client.client_group];
    const problems = acceptanceErrors({
      content: draft.content,
      reviewDate: draft.review_date,
      acceptedOn,
      today: caller.today,
      rules,
    });
    if (problems.length) throw errors.validation(problems);
    if (previous)
      await updateVersioned(
        trx,
        'client_plan_version',
        { id: previous.id, version: previous.version },
        { status: 'superseded' },
      );
    await q.setVersionInForce(trx, ids.planId, {
      versionId: ids.versionId,
      acceptedOn,
      reviewDate: draft.review_date,
      meetingIntervalWeeks: draft.content.meetingFrequency.intervalWeeks,
    });
    await audit(trx, {
      actor: caller.actor,
      action: 'plan.accept',
      clientId: ids.clientId,
      subjectType: 'client_plan_version',
      subjectId: ids.versionId,
      purpose: PURPOSE,
    });
    return toVersion(await versionOf(trx, ids), caller.lang);
  });
}

/**
 * Records that the client withdrew a consent to information exchange. Allowed on an accepted
 * version too: a withdrawal takes effect at once, it does not wait for the next review.
 */
export function withdrawConsent(
  db: Kysely<DB>,
  caller: Caller,
  ids: VersionIds & { consentId: string },
  body: { withdrawnOn: string; version: number },
): Promise<PlanVersion> {
  return db.transaction().execute(async (trx) => {
    await planOf(trx, ids);
    const v = await versionOf(trx, ids);
    const consent = v.content.consents.find((c) => c.id === ids.consentId);
    if (!consent) throw errors.field('consentId', planErrors.consentNotFound);
    if (body.withdrawnOn > caller.today) throw errors.field('withdrawnOn', planErrors.withdrawnInFuture);
    if (consent.givenOn > body.withdrawnOn) throw errors.field('withdrawnOn', planErrors.withdrawBeforeGiven);
    consent.withdrawnOn = body.withdrawnOn;
    await updateVersioned(
      trx,
      'client_plan_version',
      { id: ids.versionId, version: body.version, scope: { plan_id: ids.planId } },
      { content: JSON.stringify(v.content), updated_by: caller.actor.id },
    );
    await audit(trx, {
      actor: caller.actor,
      action: 'plan.consent.withdraw',
      clientId: ids.clientId,
      subjectType: 'client_plan_version',
      subjectId: ids.versionId,
      purpose: PURPOSE,
    });
    return toVersion(await versionOf(trx, ids), caller.lang);
  });
}

/**
 * The client's copy of one version, rendered by `render` (the printable page or the PDF) inside the
 * transaction that writes the use-log row: a copy that failed to render is not logged as printed.
 * In the client's language unless `lang` is given; in plain language unless `plain` is false.
 */
export function printVersion<T>(
  db: Kysely<DB>,
  caller: Caller,
  ids: VersionIds,
  options: { lang?: Lang; plain: boolean },
  render: (d: PrintData) => T | Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await planOf(trx, ids);
    const v = await versionOf(trx, ids);
    const client = await q.clientOfPlan(trx, ids.clientId);
    const lang = options.lang ?? clientLang(client.preferred_language, caller.lang);
    const out = await render(await printData(trx, ids.clientId, v, lang, options.plain, caller.today));
    await audit(trx, {
      actor: caller.actor,
      action: 'plan.print',
      clientId: ids.clientId,
      subjectType: 'client_plan_version',
      subjectId: v.id,
      purpose: PURPOSE,
    });
    return out;
  });
}

/** What the client's copy shows: the version, the named worker and the next booked meeting. */
export async function printData(
  db: Kysely<DB>,
  clientId: string,
  v: q.PlanVersionRow,
  lang: Lang,
  plain: boolean,
  today: string,
): Promise<PrintData> {
  const client = await q.clientOfPlan(db, clientId);
  const worker = await q.namedWorkerOf(db, clientId);
  return {
    clientName: `${client.first_name} ${client.last_name}`.trim(),
    lang,
    plain,
    version: {
      number: v.number,
      status: v.status,
      acceptedOn: v.accepted_on,
      reviewDate: v.review_date,
      content: v.content,
    },
    worker: worker && { name: worker.name, phone: worker.phone, email: worker.email, unitName: worker.unitName },
    nextMeeting: await q.nextPlannedMeeting(db, clientId, today),
  };
}

// ---- reading the rows the rules need, and the answers ----

async function planOf(db: Kysely<DB>, ids: PlanIds) {
  const plan = await q.planOfClientById(db, ids.clientId, ids.planId);
  if (!plan) throw errors.notFound();
  return plan;
}

async function versionOf(db: Kysely<DB>, ids: { planId: string; versionId: string }) {
  const v = await q.versionOfPlan(db, ids.planId, ids.versionId);
  if (!v) throw errors.notFound();
  return v;
}

/** A unique index said no: two requests raced for what only one may create. */
async function uniqueOr<T>(message: typeof planErrors.exists, code: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if ((e as { code?: string })?.code === '23505') throw new AppError(409, code, message);
    throw e;
  }
}

async function toPlan(db: Kysely<DB>, plan: NonNullable<Awaited<ReturnType<typeof q.planOfClient>>>, today: string) {
  return {
    id: plan.id,
    clientId: plan.client_id,
    currentVersionId: plan.current_version_id,
    currentReviewDate: plan.current_review_date,
    reviewOverdue: !!plan.current_review_date && plan.current_review_date < today,
    versions: (await q.versionSummaries(db, plan.id)).map(toSummary),
  };
}

function toSummary(v: Awaited<ReturnType<typeof q.versionSummaries>>[number]): VersionSummary {
  return {
    id: v.id,
    number: v.number,
    status: v.status,
    reviewDate: v.review_date,
    acceptedOn: v.accepted_on,
    createdAt: new Date(v.created_at).toISOString(),
  };
}

export function toVersion(v: q.PlanVersionRow, lang: Lang): PlanVersion {
  return {
    ...toSummary(v),
    planId: v.plan_id,
    acceptedByName: v.accepted_by_name ?? null,
    content: v.content,
    clientPreparation: v.client_preparation,
    version: v.version,
    missing: missingElements(v.content).map((m) => ({
      element: m.element,
      key: m.key,
      label: localize(m.label, lang),
    })),
  };
}
