// Kulukorvaus (expense allowance): paid per attended day of rehabilitative work activity at a rate
// set per organisation. Pure so the sum rule can be property-tested.

/** The rate when the organisation has not set one: 9 € (the reports' figure), in cents. */
export const DEFAULT_ALLOWANCE_CENTS = 900;

export interface AttendanceForAllowance {
  clientId: string;
  day: string; // 'YYYY-MM-DD'
  attended: boolean;
  hours: number;
}

export interface AllowanceRow {
  clientId: string;
  attendedDays: number;
  /** Hours in tenths are summed as integers so floating point never creeps in. */
  hours: number;
  cents: number;
}

/**
 * The monthly payment list: one row per client with attended days × rate. A day counts once even if
 * two agreements of the same client list it (the allowance is per day, not per agreement).
 */
export function monthlyAllowance(rows: AttendanceForAllowance[], month: string, rateCents: number): AllowanceRow[] {
  if (!Number.isInteger(rateCents) || rateCents < 0) throw new RangeError('rate must be whole cents');
  const byClient = new Map<string, { days: Set<string>; tenths: number }>();
  for (const r of rows) {
    if (!r.day.startsWith(`${month}-`)) continue;
    let entry = byClient.get(r.clientId);
    if (!entry) byClient.set(r.clientId, (entry = { days: new Set(), tenths: 0 }));
    if (r.attended) {
      entry.days.add(r.day);
      entry.tenths += Math.round(r.hours * 10);
    }
  }
  return [...byClient.entries()]
    .filter(([, e]) => e.days.size > 0)
    .map(([clientId, e]) => ({
      clientId,
      attendedDays: e.days.size,
      hours: e.tenths / 10,
      cents: e.days.size * rateCents,
    }))
    .sort((a, b) => a.clientId.localeCompare(b.clientId));
}

/** Euros with a comma for Finnish spreadsheets, from integer cents (no floating point). */
export function centsToEuroText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
