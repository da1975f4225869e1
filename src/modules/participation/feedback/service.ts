// After-meeting feedback (DOMAIN.md 4.1): worker codes, saving anonymous answers (web and paper),
// per-worker results under the minimum-size rule, the manager's overview and moderation of free text.
// "Today" and "now" come from the caller (the app's clock).
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { errors } from '../../../server/errors.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import type { AuthUser } from '../../../server/access/check.js';
import { suppress } from '../../../domain/anonymity/index.js';
import { addDays } from '../../../domain/calendar/index.js';
import type {
  FeedbackAnswerInput,
  FeedbackCode,
  FeedbackModerationBody,
  FeedbackResults,
  FeedbackWorkers,
  ModerationFilter,
  ModerationItem,
  PaperFeedbackBody,
  PeriodQuery,
} from '../../../shared/contracts/participation/feedback.js';
import type { ParticipationSettings } from '../../../shared/contracts/participation/settings.js';
import { permittedOn } from '../subjects.js';
import { settingsForUnit } from '../settings/service.js';
import { feedbackErrors } from './messages.js';
import { feedbackPaths } from './pages.js';
import {
  activeCode,
  activeCodeOf,
  answerCount,
  answerCountsByWorker,
  answerRows,
  displayName,
  feedbackStaff,
  freeTextAnswers,
  insertAnswer,
  insertCode,
  unitName,
  workerUnitsAmong,
  type ActiveCode,
  type Period,
} from './queries.js';

// No i, l, o: easy to read aloud and to type from a paper card.
const CODE_LETTERS = 'abcdefghjkmnpqrstuvwxyz';
export const CODE_PATTERN = /^[a-z]{6}$/;

export function newCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += CODE_LETTERS[randomInt(CODE_LETTERS.length)];
  return code;
}

export function normaliseCode(raw: string): string {
  return raw.trim().toLowerCase();
}

/** The worker's active code in a unit, created on first use. */
export async function ensureCode(db: Kysely<DB>, userId: string, unitId: string): Promise<string> {
  const existing = await activeCodeOf(db, userId, unitId);
  if (existing) return existing;
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = newCode();
    if (await insertCode(db, code, userId, unitId)) return code;
    // Either the random code was taken or a parallel request created this worker's code.
    const again = await activeCodeOf(db, userId, unitId);
    if (again) return again;
  }
  throw new Error('could not allocate a feedback code');
}

/** The active code the public form and paper entry answer to; undefined for anything else. */
export async function findActiveCode(db: Kysely<DB>, raw: string): Promise<ActiveCode | undefined> {
  const code = normaliseCode(raw);
  return CODE_PATTERN.test(code) ? activeCode(db, code) : undefined;
}

/** The worker's codes in each of the units (created on first use), with the form's links. */
export async function ownCodes(db: Kysely<DB>, userId: string, unitIds: string[]): Promise<FeedbackCode[]> {
  const codes: FeedbackCode[] = [];
  for (const unitId of unitIds) {
    const code = await ensureCode(db, userId, unitId);
    codes.push({ code, unitId, unitName: await unitName(db, unitId), links: feedbackPaths(code) });
  }
  return codes;
}

/** What a printable card shows: the worker's name and their code in each unit among `unitIds`. */
export async function cardsOf(db: Kysely<DB>, userId: string, unitIds: string[]) {
  const unitsOfWorker = await workerUnitsAmong(db, userId, unitIds);
  if (!unitsOfWorker.length) throw errors.notFound();
  const codes = [];
  for (const unitId of unitsOfWorker) codes.push(await ensureCode(db, userId, unitId));
  return { workerName: await displayName(db, userId), codes };
}

export function isEmptyAnswer(a: FeedbackAnswerInput): boolean {
  return !a.metExpectations && !a.opinion && !a.wishes && !a.rating;
}

/** Saves one answer to a code; call inside the caller's transaction when there is one. */
export async function saveAnswer(
  db: Kysely<DB>,
  code: Pick<ActiveCode, 'code' | 'userId' | 'unitId'>,
  answer: FeedbackAnswerInput,
  meta: { channel: 'web' | 'paper'; answeredOn: string; enteredBy?: string | null },
): Promise<string> {
  return insertAnswer(db, {
    code: code.code,
    workerId: code.userId,
    unitId: code.unitId,
    channel: meta.channel,
    answeredOn: meta.answeredOn,
    metExpectations: answer.metExpectations ?? null,
    opinion: answer.opinion || null,
    wishes: answer.wishes || null,
    rating: answer.rating ?? null,
    enteredBy: meta.enteredBy ?? null,
  });
}

/**
 * A paper card typed in by staff: the code must be one of the user's units, the day not in the
 * future, and something answered. Marked as paper, with who typed it in.
 */
export async function enterPaperAnswer(
  db: Kysely<DB>,
  user: { actor: AuditActor; id: string; unitIds: string[] },
  today: string,
  body: PaperFeedbackBody,
): Promise<string> {
  const { code, answeredOn, ...answer } = body;
  const info = await findActiveCode(db, code);
  // A code of another unit is as unknown here as a code that does not exist.
  if (!info || !user.unitIds.includes(info.unitId)) throw errors.field('code', feedbackErrors.unknownCode);
  if (answeredOn && answeredOn > today) throw errors.field('answeredOn', feedbackErrors.futureDate);
  if (isEmptyAnswer(answer)) throw errors.field('metExpectations', feedbackErrors.nothingAnswered);
  return db.transaction().execute(async (trx) => {
    const id = await saveAnswer(trx, info, answer, {
      channel: 'paper',
      answeredOn: answeredOn ?? today,
      enteredBy: user.id,
    });
    await audit(trx, {
      actor: user.actor,
      action: 'feedback.paper.enter',
      subjectType: 'feedback_answer',
      subjectId: id,
      purpose: 'palautteen kirjaus',
    });
    return id;
  });
}

/** The last twelve months up to today, when no period is chosen. */
export function defaultPeriod(today: string): Period {
  return { from: addDays(addYears(today, -1), 1), to: today };
}

function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

export function periodOf(q: PeriodQuery, today: string): Period {
  const d = defaultPeriod(today);
  const period = { from: q.from ?? d.from, to: q.to ?? d.to };
  if (period.from > period.to) throw errors.field('from', feedbackErrors.periodOrder);
  return period;
}

/**
 * A worker's results for a period, within the given units. Below the minimum the answer is only
 * `enough: false` — no count, no distribution, no text.
 */
export async function workerResults(
  db: Kysely<DB>,
  workerId: string,
  unitIds: string[],
  period: Period,
  settings: ParticipationSettings,
): Promise<FeedbackResults> {
  const count = await answerCount(db, workerId, unitIds, period);
  const minimum = settings.feedbackMinAnswers;
  const shown = suppress(count, minimum, () => true);
  if (!shown.shown) return { period, minimum, enough: false };
  const rows = await answerRows(db, workerId, unitIds, period);
  const met = { yes: 0, partly: 0, no: 0, unanswered: 0 };
  const distribution = [0, 0, 0, 0, 0];
  let sum = 0;
  let rated = 0;
  for (const r of rows) {
    if (r.met_expectations) met[r.met_expectations]++;
    else met.unanswered++;
    if (r.rating) {
      distribution[r.rating - 1]++;
      sum += r.rating;
      rated++;
    }
  }
  const hasText = (r: (typeof rows)[number]) => !!(r.opinion || r.wishes);
  const waits = (r: (typeof rows)[number]) => settings.moderationRequired && r.moderation === 'pending';
  return {
    period,
    minimum,
    enough: true,
    count,
    metExpectations: met,
    rating: { distribution, answered: rated, mean: rated ? Math.round((sum / rated) * 10) / 10 : null },
    freeTexts: rows
      .filter((r) => hasText(r) && !waits(r))
      .map((r) => ({ id: r.id, opinion: r.opinion, wishes: r.wishes })),
    awaitingModeration: rows.filter((r) => hasText(r) && waits(r)).length,
  };
}

/** The user's own results in their units (the settings of the first unit's organisation). */
export async function ownResults(db: Kysely<DB>, userId: string, unitIds: string[], period: Period) {
  return workerResults(db, userId, unitIds, period, await settingsForUnit(db, unitIds[0]));
}

/** A manager reads one worker's results in the units both share; the reading is in the use log. */
export async function readWorkerResults(
  db: Kysely<DB>,
  actor: AuditActor,
  workerId: string,
  unitIds: string[],
  period: Period,
): Promise<FeedbackResults> {
  const results = await workerResults(db, workerId, unitIds, period, await settingsForUnit(db, unitIds[0]));
  await audit(db, {
    actor,
    action: 'feedback.perWorker.read',
    subjectType: 'app_user',
    subjectId: workerId,
    purpose: 'palautteen käsittely',
  });
  return results;
}

/** The manager's unit staff with whether each has enough answers to show (no counts). */
export async function workersOverview(
  db: Kysely<DB>,
  user: AuthUser,
  unitIds: string[],
  period: Period,
): Promise<FeedbackWorkers> {
  const settings = await settingsForUnit(db, unitIds[0]);
  const staff = await feedbackStaff(db, unitIds);
  const counts = await answerCountsByWorker(db, unitIds, period);
  const n = (userId: string, unitId: string) =>
    counts.find((c) => c.worker_id === userId && c.unit_id === unitId)?.n ?? 0;
  return {
    minimum: settings.feedbackMinAnswers,
    workers: staff.map((s) => ({
      userId: s.id,
      displayName: s.display_name,
      unitId: s.unitId,
      unitName: s.unitName,
      enough: n(s.id, s.unitId) >= settings.feedbackMinAnswers,
      permittedActions: permittedOn(user, 'feedbackWorker', s.id, [s.unitId]),
    })),
  };
}

/** Free-text answers of the units, each with what the user may do with it. */
export async function moderationQueue(
  db: Kysely<DB>,
  user: AuthUser,
  unitIds: string[],
  status: ModerationFilter,
): Promise<ModerationItem[]> {
  const rows = await freeTextAnswers(db, unitIds, status);
  return rows.map(({ unitId, ...r }) => ({
    ...r,
    answeredOn: String(r.answeredOn),
    permittedActions: permittedOn(user, 'feedbackAnswer', r.id, [unitId]),
  }));
}

/** Approves an answer's free text as written, or replaces it with a redacted version. */
export async function moderateAnswer(
  db: Kysely<DB>,
  user: { actor: AuditActor; id: string },
  now: Date,
  answerId: string,
  body: FeedbackModerationBody,
) {
  return db.transaction().execute(async (trx) => {
    const updated = await updateVersioned(
      trx,
      'feedback_answer',
      { id: answerId, version: body.version },
      {
        moderation: body.decision === 'approve' ? 'approved' : 'redacted',
        ...(body.decision === 'redact' ? { opinion: body.opinion || null, wishes: body.wishes || null } : {}),
        moderated_by: user.id,
        moderated_at: now,
      },
    );
    await audit(trx, {
      actor: user.actor,
      action: 'feedback.moderate',
      subjectType: 'feedback_answer',
      subjectId: updated.id,
      purpose: 'palautteen moderointi',
    });
    return { id: updated.id, moderation: updated.moderation, version: updated.version };
  });
}
