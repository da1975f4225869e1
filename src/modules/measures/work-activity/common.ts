// Helpers shared by the measures modules (work activity, groups, benefit decisions, social
// rehabilitation, process templates).
import { sql, type Kysely } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { DB } from '../../../db/types.js';
import { errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';

/** Client name columns come from client work (migration 0100). */
export const clientFirstName = sql<string>`client.first_name`;
export const clientLastName = sql<string>`client.last_name`;

/**
 * For routes that are not under `:clientId` (group members, lists): the client must be in one of the
 * units the action allows. A denial is written to the use log like the access plugin does.
 */
export async function requireClientInUnits(db: Kysely<DB>, request: FastifyRequest, clientId: string, purpose: string) {
  const client = await db.selectFrom('client').select(['id', 'unit_id']).where('id', '=', clientId).executeTakeFirst();
  if (!client) throw errors.notFound();
  if (!request.access.unitIds.includes(client.unit_id)) {
    await audit(db, {
      actor: request.actor(),
      action: String(request.routeOptions.config.action),
      clientId,
      purpose,
      outcome: 'denied',
    });
    throw errors.forbidden();
  }
  return client;
}

export async function organisationIdsOf(db: Kysely<DB>, unitIds: string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.selectFrom('unit').select('organisation_id').where('id', 'in', unitIds).distinct().execute();
  return rows.map((r) => r.organisation_id);
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
