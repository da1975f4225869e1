// What the features of the measures capability share: who acts and when (the caller a handler passes
// to a service), the user's organisations, months, CSV and the client name columns.
import { sql, type Kysely } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { DB } from '../../db/types.js';
import type { AuditActor } from '../../server/audit/audit.js';
import type { App } from '../../server/types.js';

/** Who performs a change and when: what a handler gives a service. */
export interface Caller {
  /** The signed-in user, for the use log and the `created_by` columns. */
  actor: AuditActor;
  /** Today in Finland, from the app's one clock. */
  today: string;
  /** The current instant, from the app's one clock. */
  now: Date;
}

export function callerOf(app: App, request: FastifyRequest): Caller {
  return { actor: request.actor(), today: app.clock.today(), now: app.clock.now() };
}

/** Client name columns come from client work (migration 0100). */
export const clientFirstName = sql<string>`client.first_name`;
export const clientLastName = sql<string>`client.last_name`;

/** The organisations of the given units (an `anyUnit` action's units, or a client's unit). */
export async function organisationIdsOf(db: Kysely<DB>, unitIds: string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.selectFrom('unit').select('organisation_id').where('id', 'in', unitIds).distinct().execute();
  return rows.map((r) => r.organisation_id);
}

/** 'YYYY-MM' → first and last day. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The months from `from` to `to` inclusive, at most 60. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while ((y < ty || (y === ty && m <= tm)) && out.length < 60) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** CSV for spreadsheets: semicolon-separated (Finnish Excel), quoted, formula injection defused. */
export function toCsv(rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    let s = v === null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
    return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
