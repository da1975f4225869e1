// The proposal register (DOMAIN.md 4.2): every development idea gets a status with a dated history
// and, in the end, a public response. The flow only moves forward; rejection needs a reason and
// "done" needs a public response, so nothing is closed without telling people why or what.
// A moderated feedback answer or survey free text becomes a proposal in one step, carrying only its
// moderated words. "Today" comes from the caller (the app's clock).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { StaleVersionError, updateVersioned } from '../../../db/versioned.js';
import { errors } from '../../../server/errors.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import type { ProposalSource, ProposalStatus } from '../../../db/tables/proposals.js';
import type {
  NewProposalBody,
  ProposalFromAnswerBody,
  ProposalUpdateBody,
  StatusChangeBody,
} from '../../../shared/contracts/participation/proposals.js';
import { settingsForUnit } from '../settings/service.js';
import { answerById } from '../feedback/queries.js';
import { freeTextWithUnit } from '../surveys/queries.js';
import { proposalErrors } from './messages.js';
import { insertProposal, insertStatusChange, proposalOfSource, proposalRow } from './queries.js';

const ORDER: Record<ProposalStatus, number> = { received: 0, under_consideration: 1, decided: 2, done: 3, rejected: 3 };
const PURPOSE = 'osallisuus';

/** Forward only; done and rejected are final; rejection is possible from any open status. */
export function canMove(from: ProposalStatus, to: ProposalStatus): boolean {
  if (from === 'done' || from === 'rejected') return false;
  if (to === 'rejected') return true;
  return ORDER[to] > ORDER[from];
}

export interface NewProposal {
  ownerUnitId: string;
  source: ProposalSource;
  sourceType?: string | null;
  sourceId?: string | null;
  theme: string;
  title: string;
  description: string;
  createdBy: string | null;
}

/** Creates a proposal with its first history row (received today); call inside the caller's transaction. */
export async function createProposal(db: Kysely<DB>, p: NewProposal, today: string): Promise<string> {
  const id = await insertProposal(db, { ...p, sourceType: p.sourceType ?? null, sourceId: p.sourceId ?? null });
  await insertStatusChange(db, {
    proposalId: id,
    from: null,
    to: 'received',
    changedOn: today,
    changedBy: p.createdBy,
    note: null,
  });
  return id;
}

export interface Editor {
  actor: AuditActor;
  id: string;
}

/** Registers a proposal in one of the user's units (the first one when none is chosen). */
export async function registerProposal(
  db: Kysely<DB>,
  user: Editor & { unitIds: string[] },
  today: string,
  body: NewProposalBody,
): Promise<string> {
  const ownerUnitId = body.ownerUnitId ?? user.unitIds[0];
  if (!user.unitIds.includes(ownerUnitId)) throw errors.field('ownerUnitId', proposalErrors.unitNotAllowed);
  return db.transaction().execute(async (trx) => {
    const id = await createProposal(
      trx,
      {
        ownerUnitId,
        source: body.source,
        theme: body.theme,
        title: body.title,
        description: body.description ?? '',
        createdBy: user.id,
      },
      today,
    );
    await audit(trx, {
      actor: user.actor,
      action: 'proposal.create',
      subjectType: 'proposal',
      subjectId: id,
      purpose: PURPOSE,
    });
    return id;
  });
}

/** A moderated feedback answer becomes a proposal of its unit: only its words, no worker, date or channel. */
export async function proposalFromFeedback(
  db: Kysely<DB>,
  user: Editor,
  today: string,
  answerId: string,
  body: ProposalFromAnswerBody,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const answer = await answerById(trx, answerId);
    if (!answer) throw errors.notFound();
    const settings = await settingsForUnit(trx, answer.unit_id);
    if (settings.moderationRequired && answer.moderation === 'pending')
      throw errors.field('answerId', proposalErrors.notModerated);
    if (await proposalOfSource(trx, 'feedback_answer', answer.id))
      throw errors.field('answerId', proposalErrors.alreadyProposal);
    const id = await createProposal(
      trx,
      {
        ownerUnitId: answer.unit_id,
        source: 'feedback',
        sourceType: 'feedback_answer',
        sourceId: answer.id,
        theme: body.theme,
        title: body.title,
        description: [answer.opinion, answer.wishes].filter(Boolean).join('\n\n'),
        createdBy: user.id,
      },
      today,
    );
    await audit(trx, {
      actor: user.actor,
      action: 'proposal.fromFeedback.create',
      subjectType: 'proposal',
      subjectId: id,
      purpose: PURPOSE,
    });
    return id;
  });
}

/** A moderated survey free-text answer becomes a proposal of the survey's unit. */
export async function proposalFromSurvey(
  db: Kysely<DB>,
  user: Editor,
  today: string,
  freeTextId: string,
  body: ProposalFromAnswerBody,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const ft = await freeTextWithUnit(trx, freeTextId);
    if (!ft) throw errors.notFound();
    if (ft.moderation === 'pending') throw errors.field('freeTextId', proposalErrors.notModerated);
    if (await proposalOfSource(trx, 'survey_free_text', ft.id))
      throw errors.field('freeTextId', proposalErrors.alreadyProposal);
    const id = await createProposal(
      trx,
      {
        ownerUnitId: ft.unitId,
        source: 'survey',
        sourceType: 'survey_free_text',
        sourceId: ft.id,
        theme: body.theme,
        title: body.title,
        description: ft.text,
        createdBy: user.id,
      },
      today,
    );
    await audit(trx, {
      actor: user.actor,
      action: 'proposal.fromSurvey.create',
      subjectType: 'proposal',
      subjectId: id,
      purpose: PURPOSE,
    });
    return id;
  });
}

/** Edits title, theme, description or the public response; a done proposal keeps a response. */
export async function updateProposal(db: Kysely<DB>, user: Editor, id: string, body: ProposalUpdateBody) {
  const { version, publicResponse, ...rest } = body;
  await db.transaction().execute(async (trx) => {
    const current = await proposalRow(trx, id);
    if (!current) throw errors.notFound();
    if (current.version !== version) throw new StaleVersionError('proposal');
    if (current.status === 'done' && publicResponse !== undefined && !publicResponse)
      throw errors.field('publicResponse', proposalErrors.responseRequired);
    await updateVersioned(
      trx,
      'proposal',
      { id, version },
      { ...rest, ...(publicResponse !== undefined ? { public_response: publicResponse || null } : {}) },
    );
    await audit(trx, {
      actor: user.actor,
      action: 'proposal.update',
      subjectType: 'proposal',
      subjectId: id,
      purpose: PURPOSE,
    });
  });
}

/**
 * Moves a proposal on, with a dated history row. Run in the caller's transaction (the demo data
 * uses it too); the caller writes the use-log event.
 */
export async function changeStatus(
  db: Kysely<DB>,
  id: string,
  change: StatusChangeBody,
  actorId: string,
  today: string,
): Promise<void> {
  const current = await proposalRow(db, id);
  if (!current) throw errors.notFound();
  // A change decided on an older read: the user sees the newer one first.
  if (current.version !== change.version) throw new StaleVersionError('proposal');
  if (!canMove(current.status, change.status)) throw errors.field('status', proposalErrors.badTransition);
  const changedOn = change.changedOn ?? today;
  if (changedOn > today) throw errors.field('changedOn', proposalErrors.futureDate);
  const reason = change.reason?.trim() || null;
  const response = change.publicResponse?.trim() || current.public_response;
  if (change.status === 'rejected' && !reason) throw errors.field('reason', proposalErrors.reasonRequired);
  if (change.status === 'done' && !response) throw errors.field('publicResponse', proposalErrors.responseRequired);
  await updateVersioned(
    db,
    'proposal',
    { id, version: change.version },
    {
      status: change.status,
      rejection_reason: change.status === 'rejected' ? reason : current.rejection_reason,
      public_response: response ?? null,
    },
  );
  await insertStatusChange(db, {
    proposalId: id,
    from: current.status,
    to: change.status,
    changedOn,
    changedBy: actorId,
    note: change.note?.trim() || null,
  });
}

/** A status change by a worker, with its use-log event. */
export async function moveProposal(db: Kysely<DB>, user: Editor, today: string, id: string, body: StatusChangeBody) {
  await db.transaction().execute(async (trx) => {
    await changeStatus(trx, id, body, user.id, today);
    await audit(trx, {
      actor: user.actor,
      action: 'proposal.status',
      subjectType: 'proposal',
      subjectId: id,
      purpose: PURPOSE,
    });
  });
}
