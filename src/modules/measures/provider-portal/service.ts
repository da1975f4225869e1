// The provider account's portal: its participants' agreements and their attendance. Who may see an
// agreement is decided before this by the access plugin (the `providerMember` relation).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { audit } from '../../../server/audit/audit.js';
import type { AttendanceBody } from '../../../shared/contracts/measures/work-activity.js';
import { monthRange, type Caller } from '../common.js';
import { listAttendance } from '../work-activity/queries.js';
import { recordAttendance } from '../work-activity/service.js';
import { providerAgreementsFor, providersOfUser } from './queries.js';

const PURPOSE = 'kuntouttava työtoiminta';

export function providers(db: Kysely<DB>, userId: string) {
  return providersOfUser(db, userId);
}

/** The user's providers' agreements; each client shown is in the use log. */
export async function agreements(db: Kysely<DB>, caller: Caller) {
  const rows = await providerAgreementsFor(db, caller.actor.id, caller.today);
  await audit(
    db,
    rows.map((r) => ({
      actor: caller.actor,
      action: 'workActivity.providerPortal.read' as const,
      clientId: r.clientId,
      subjectType: 'work_activity_agreement',
      subjectId: r.id,
      purpose: PURPOSE,
    })),
  );
  return rows.map(({ clientId: _c, ...r }) => r);
}

/** The days of one agreement, without the counsellor's notes or the TE notice. */
export async function attendance(
  db: Kysely<DB>,
  caller: Caller,
  agreement: { id: string; clientId: string },
  month?: string,
) {
  const range = month ? monthRange(month) : undefined;
  const rows = await listAttendance(db, agreement.id, range?.from, range?.to);
  await audit(db, {
    actor: caller.actor,
    action: 'workActivity.providerPortal.attendance.read',
    clientId: agreement.clientId,
    subjectType: 'work_activity_agreement',
    subjectId: agreement.id,
    purpose: PURPOSE,
  });
  return rows.map(({ teInformedAt: _t, absenceNote: _n, ...r }) => r);
}

/** The supervisor records a day; an absence becomes the counsellor's task as when they record it. */
export async function recordDay(
  db: Kysely<DB>,
  caller: Caller,
  agreementId: string,
  day: string,
  input: AttendanceBody,
) {
  return db.transaction().execute(async (trx) => {
    const r = await recordAttendance(trx, caller, agreementId, day, input);
    await audit(trx, {
      actor: caller.actor,
      action: 'workActivity.providerPortal.attendance.write',
      clientId: r.clientId,
      subjectType: 'work_activity_attendance',
      subjectId: r.id,
      purpose: PURPOSE,
    });
    return { id: r.id };
  });
}
