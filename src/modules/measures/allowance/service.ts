// The monthly expense allowance list (attended days × the organisation's rate) and the rate itself.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { StaleVersionError, updateVersioned } from '../../../db/versioned.js';
import { audit } from '../../../server/audit/audit.js';
import { errors } from '../../../server/errors.js';
import type { AllowanceList, AllowanceSetting } from '../../../shared/contracts/measures/allowance.js';
import { monthRange, organisationIdsOf, toCsv, type Caller } from '../common.js';
import { centsToEuroText, DEFAULT_ALLOWANCE_CENTS, monthlyAllowance } from './allowance.js';
import * as q from './queries.js';

const PURPOSE = 'kulukorvauksen maksatus';

/** The rate of the user's organisation (one organisation per installation is the usual case; with
 *  several, the first unit's organisation applies). */
async function rateOf(db: Kysely<DB>, unitIds: string[]): Promise<number> {
  const [orgId] = await organisationIdsOf(db, unitIds);
  const setting = orgId ? await q.settingOf(db, orgId) : undefined;
  return setting?.allowance_cents ?? DEFAULT_ALLOWANCE_CENTS;
}

async function listOf(db: Kysely<DB>, unitIds: string[], month: string): Promise<AllowanceList> {
  const { from, to } = monthRange(month);
  const rows = await q.attendanceOfUnits(db, unitIds, from, to);
  const rate = await rateOf(db, unitIds);
  const names = new Map(rows.map((r) => [r.clientId, `${r.lastName} ${r.firstName}`.trim()]));
  const list = monthlyAllowance(rows, month, rate).map((r) => ({ ...r, clientName: names.get(r.clientId) ?? '' }));
  list.sort((a, b) => a.clientName.localeCompare(b.clientName, 'fi'));
  return { month, rateCents: rate, rows: list, totalCents: list.reduce((s, r) => s + r.cents, 0) };
}

/** The month's list for the units of the user; every client on it is in the use log. */
export async function allowanceList(db: Kysely<DB>, caller: Caller, unitIds: string[], month: string) {
  const list = await listOf(db, unitIds, month);
  await audit(
    db,
    list.rows.map((r) => ({
      actor: caller.actor,
      action: 'workActivity.allowance.read' as const,
      clientId: r.clientId,
      subjectType: 'work_activity_allowance',
      subjectId: month,
      purpose: PURPOSE,
    })),
  );
  return list;
}

/** The same list as CSV for payment (semicolon-separated, euros with a comma). */
export async function allowanceCsv(db: Kysely<DB>, caller: Caller, unitIds: string[], month: string) {
  const { rateCents: rate, rows, totalCents } = await listOf(db, unitIds, month);
  await audit(
    db,
    rows.map((r) => ({
      actor: caller.actor,
      action: 'workActivity.allowance.export' as const,
      clientId: r.clientId,
      subjectType: 'work_activity_allowance',
      subjectId: month,
      purpose: PURPOSE,
    })),
  );
  return toCsv([
    [
      'Kuukausi',
      'Asiakas',
      'Asiakkaan tunniste',
      'Läsnäolopäivät',
      'Tunnit',
      'Korvaus/päivä (€)',
      'Yhteensä (€)',
      'Yhteensä (snt)',
    ],
    ...rows.map((r) => [
      month,
      r.clientName,
      r.clientId,
      r.attendedDays,
      String(r.hours).replace('.', ','),
      centsToEuroText(rate),
      centsToEuroText(r.cents),
      r.cents,
    ]),
    [
      month,
      'Yhteensä',
      '',
      rows.reduce((s, r) => s + r.attendedDays, 0),
      '',
      '',
      centsToEuroText(totalCents),
      totalCents,
    ],
  ]);
}

/** The organisation's rate; version 0 until the organisation sets its own. */
export async function setting(db: Kysely<DB>, unitIds: string[]): Promise<AllowanceSetting> {
  const [orgId] = await organisationIdsOf(db, unitIds);
  const row = orgId ? await q.settingOf(db, orgId) : undefined;
  return { allowanceCents: row?.allowance_cents ?? DEFAULT_ALLOWANCE_CENTS, version: row?.version ?? 0 };
}

/** Sets the rate per attended day for the user's organisation (version 0 = the first time). */
export async function updateSetting(
  db: Kysely<DB>,
  caller: Caller,
  unitIds: string[],
  input: { allowanceCents: number; version: number },
): Promise<AllowanceSetting> {
  const [orgId] = await organisationIdsOf(db, unitIds);
  if (!orgId) throw errors.forbidden();
  return db.transaction().execute(async (trx) => {
    const current = await q.settingOf(trx, orgId);
    let row: { allowance_cents: number; version: number };
    if (current) {
      row = await updateVersioned(
        trx,
        'work_activity_setting',
        { id: current.id, version: input.version, scope: { organisation_id: orgId } },
        { allowance_cents: input.allowanceCents },
      );
    } else {
      // No rate set yet: only an edit that started from the default (version 0) may set the first one.
      if (input.version !== 0) throw new StaleVersionError('work_activity_setting');
      row = await q.insertSetting(trx, orgId, input.allowanceCents);
    }
    await audit(trx, {
      actor: caller.actor,
      action: 'workActivity.settings.update',
      subjectType: 'organisation',
      subjectId: orgId,
      purpose: 'asetukset',
    });
    return { allowanceCents: row.allowance_cents, version: row.version };
  });
}
