// Social rehabilitation (sosiaalinen kuntoutus) of one client: a period of three months by default with
// at least four hours a week, contacts, and the start and end interviews compared.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { audit } from '../../../server/audit/audit.js';
import { errors } from '../../../server/errors.js';
import { addDays } from '../../../domain/calendar/index.js';
import type { InterviewPhase } from '../../../shared/measures/vocabulary.js';
import type {
  ContactBody,
  InterviewBody,
  NewPeriodBody,
} from '../../../shared/contracts/measures/social-rehabilitation.js';
import type { Caller } from '../common.js';
import { socialRehabErrors as msg } from './messages.js';
import * as q from './queries.js';
import { answersProblem, compareInterviews, realisedHoursPerWeek } from './rules.js';

const PURPOSE = 'sosiaalinen kuntoutus';

async function load(db: Kysely<DB>, clientId: string, today: string, periodId?: string) {
  const { periods, contacts, interviews } = await q.periodsOfClient(db, clientId, periodId);
  return periods.map((p) => {
    const own = contacts.filter((c) => c.period_id === p.id).map(({ period_id: _p, ...c }) => c);
    const start = interviews.find((i) => i.period_id === p.id && i.phase === 'start');
    const end = interviews.find((i) => i.period_id === p.id && i.phase === 'end');
    const minutes = own.reduce((s, c) => s + c.minutes, 0);
    return {
      ...p,
      contacts: own,
      realisedHoursPerWeek: realisedHoursPerWeek(p.startDate, p.endDate, today, minutes),
      interviews: { start: start?.interview_date ?? null, end: end?.interview_date ?? null },
      comparison: compareInterviews(start?.answers ?? null, end?.answers ?? null),
    };
  });
}

async function onePeriod(db: Kysely<DB>, clientId: string, today: string, periodId: string) {
  const [period] = await load(db, clientId, today, periodId);
  return period;
}

export async function periods(db: Kysely<DB>, caller: Caller, clientId: string) {
  const list = await load(db, clientId, caller.today);
  await audit(db, {
    actor: caller.actor,
    action: 'socialRehab.read',
    clientId,
    subjectType: 'social_rehab_period',
    purpose: PURPOSE,
  });
  return list;
}

/** Starts a period with the caller as the counsellor; a client has one open period at a time. */
export async function startPeriod(
  db: Kysely<DB>,
  caller: Caller,
  client: { id: string; unitId: string },
  b: NewPeriodBody,
) {
  const endDate = b.endDate ?? addDays(b.startDate, 91);
  if (endDate <= b.startDate) throw errors.field('endDate', msg.endAfterStart);
  const id = await db.transaction().execute(async (trx) => {
    if (await q.hasOpenPeriod(trx, client.id)) throw errors.field('startDate', msg.openPeriodExists);
    const periodId = await q.insertPeriod(trx, {
      clientId: client.id,
      unitId: client.unitId,
      planId: b.planId ?? null,
      counsellorId: caller.actor.id,
      startDate: b.startDate,
      endDate,
      hoursPerWeek: b.hoursPerWeek,
      activities: b.activities,
    });
    await audit(trx, {
      actor: caller.actor,
      action: 'socialRehab.period.create',
      clientId: client.id,
      subjectType: 'social_rehab_period',
      subjectId: periodId,
      purpose: PURPOSE,
    });
    return periodId;
  });
  return onePeriod(db, client.id, caller.today, id);
}

async function periodOf(db: Kysely<DB>, clientId: string, periodId: string) {
  const period = await q.periodOfClient(db, clientId, periodId);
  if (!period) throw errors.notFound();
  return period;
}

/** A contact: meeting, home visit, phone support, activity or accompanying, within the period. */
export async function addContact(db: Kysely<DB>, caller: Caller, clientId: string, periodId: string, b: ContactBody) {
  return db.transaction().execute(async (trx) => {
    const p = await periodOf(trx, clientId, periodId);
    if (b.date < p.start_date || b.date > p.end_date) throw errors.field('date', msg.dateOutsidePeriod);
    const contactId = await q.insertContact(trx, p.id, b, caller.actor.id);
    await audit(trx, {
      actor: caller.actor,
      action: 'socialRehab.contact.create',
      clientId,
      subjectType: 'social_rehab_contact',
      subjectId: contactId,
      purpose: PURPOSE,
    });
    return contactId;
  });
}

/** The start or end interview: every question answered on 1–5; the end needs the start first. */
export async function saveInterview(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
  periodId: string,
  phase: InterviewPhase,
  b: InterviewBody,
) {
  await db.transaction().execute(async (trx) => {
    const p = await periodOf(trx, clientId, periodId);
    const problem = answersProblem(b.answers);
    if (problem) throw errors.field(`answers.${problem.key}`, problem.missing ? msg.answerEvery : msg.unknownQuestion);
    if (phase === 'end' && !(await q.hasInterview(trx, p.id, 'start')))
      throw errors.field('phase', msg.startInterviewFirst);
    await q.saveInterview(trx, p.id, phase, b, caller.actor.id);
    await audit(trx, {
      actor: caller.actor,
      action: phase === 'start' ? 'socialRehab.interview.start' : 'socialRehab.interview.end',
      clientId,
      subjectType: 'social_rehab_period',
      subjectId: p.id,
      purpose: PURPOSE,
    });
  });
  return onePeriod(db, clientId, caller.today, periodId);
}

export async function endPeriod(db: Kysely<DB>, caller: Caller, clientId: string, periodId: string, version: number) {
  await db.transaction().execute(async (trx) => {
    await updateVersioned(
      trx,
      'social_rehab_period',
      { id: periodId, version, scope: { client_id: clientId } },
      { status: 'ended' },
    );
    await audit(trx, {
      actor: caller.actor,
      action: 'socialRehab.period.end',
      clientId,
      subjectType: 'social_rehab_period',
      subjectId: periodId,
      purpose: PURPOSE,
    });
  });
  return onePeriod(db, clientId, caller.today, periodId);
}
