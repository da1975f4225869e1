// The manager's reports: aggregates only, no client data. Processing times against the legal limit,
// and decisions and held client meetings per professional group, each with its CSV.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { PROFESSIONAL_GROUPS } from '../../../shared/measures/vocabulary.js';
import type {
  ProcessingReport,
  ProfessionalGroupReport,
} from '../../../shared/contracts/measures/benefit-decisions.js';
import { monthRange, monthsBetween, toCsv } from '../common.js';
import { GROUP_LABELS_FI } from './messages.js';
import { BUCKETS, bucketOf, processingDays, withinLimit } from './processing.js';
import * as q from './queries.js';

export async function processingTimes(
  db: Kysely<DB>,
  unitIds: string[],
  from: string,
  to: string,
): Promise<ProcessingReport> {
  const rows = await q.decisionsBetween(db, unitIds, monthRange(from).from, monthRange(to).to);
  const months = monthsBetween(from, to).map((m) => {
    const inMonth = rows.filter((r) => r.decision_date!.startsWith(m));
    const distribution = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<(typeof BUCKETS)[number], number>;
    let within = 0;
    const days: number[] = [];
    for (const r of inMonth) {
      const d = processingDays(r.complete_date!, r.decision_date!);
      days.push(d);
      distribution[bucketOf(d)]++;
      if (withinLimit(r.complete_date!, r.decision_date!, r.urgent)) within++;
    }
    days.sort((a, b) => a - b);
    return {
      month: m,
      decisions: inMonth.length,
      withinLimit: within,
      late: inMonth.length - within,
      shareWithinLimit: inMonth.length ? Math.round((within / inMonth.length) * 1000) / 10 : null,
      medianDays: days.length ? days[Math.floor((days.length - 1) / 2)] : null,
      distribution,
    };
  });
  return { months, buckets: [...BUCKETS] };
}

export function processingTimesCsv(report: ProcessingReport): string {
  return toCsv([
    [
      'Kuukausi',
      'Päätöksiä',
      'Määräajassa',
      'Myöhässä',
      'Osuus määräajassa (%)',
      'Mediaani (arkipäivää)',
      ...BUCKETS.map((b) => `${b} arkipäivää`),
    ],
    ...report.months.map((m) => [
      m.month,
      m.decisions,
      m.withinLimit,
      m.late,
      m.shareWithinLimit === null ? '' : String(m.shareWithinLimit).replace('.', ','),
      m.medianDays,
      ...BUCKETS.map((b) => m.distribution[b]),
    ]),
  ]);
}

/** Decisions and held client meetings per month and professional group. */
export async function professionalGroups(
  db: Kysely<DB>,
  unitIds: string[],
  from: string,
  to: string,
): Promise<ProfessionalGroupReport> {
  const start = monthRange(from).from;
  const end = monthRange(to).to;
  const decisions = await q.decisionsPerGroup(db, unitIds, start, end);
  // Client meetings come from client work's `meeting` table (part B); without it only decisions count.
  const hasMeetings = await q.hasMeetingTable(db);
  const meetings = hasMeetings ? await q.meetingsPerGroup(db, unitIds, start, end) : [];
  const months = monthsBetween(from, to).map((m) => ({
    month: m,
    groups: PROFESSIONAL_GROUPS.map((g) => ({
      group: g,
      decisions: decisions.filter((d) => d.month === m && d.grp === g).reduce((s, d) => s + d.n, 0),
      meetings: hasMeetings ? meetings.filter((d) => d.month === m && d.grp === g).reduce((s, d) => s + d.n, 0) : null,
    })),
  }));
  return { meetingsCounted: hasMeetings, months };
}

export function professionalGroupsCsv(report: ProfessionalGroupReport): string {
  return toCsv([
    [
      'Kuukausi',
      'Ammattiryhmä',
      'Päätöksiä',
      report.meetingsCounted ? 'Asiakastapaamisia' : 'Asiakastapaamisia (ei laskettu)',
    ],
    ...report.months.flatMap((m) => m.groups.map((g) => [m.month, GROUP_LABELS_FI[g.group], g.decisions, g.meetings])),
  ]);
}
