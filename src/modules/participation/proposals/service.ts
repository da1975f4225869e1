// The proposal register (DOMAIN.md 4.2): every development idea gets a status with a dated history
// and, in the end, a public response. The flow only moves forward; rejection needs a reason and
// "done" needs a public response, so nothing is closed without telling people why or what.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { errors } from '../../../server/errors.js';
import { todayInFinland } from '../../client-work/index.js';
import { proposalErrors } from './messages.js';
import type { ProposalSource, ProposalStatus } from '../../../db/tables/proposals.js';

const ORDER: Record<ProposalStatus, number> = { received: 0, under_consideration: 1, decided: 2, done: 3, rejected: 3 };

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

/** Creates a proposal with its first history row; call inside the caller's transaction. */
export async function createProposal(db: Kysely<DB>, p: NewProposal): Promise<string> {
  const { id } = await db
    .insertInto('proposal')
    .values({
      owner_unit_id: p.ownerUnitId,
      source: p.source,
      source_type: p.sourceType ?? null,
      source_id: p.sourceId ?? null,
      theme: p.theme,
      title: p.title,
      description: p.description,
      rejection_reason: null,
      public_response: null,
      created_by: p.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('proposal_status_change')
    .values({
      proposal_id: id,
      from_status: null,
      to_status: 'received',
      changed_on: todayInFinland(),
      changed_by: p.createdBy,
      note: null,
    })
    .execute();
  return id;
}

export interface StatusChange {
  status: ProposalStatus;
  reason?: string | null;
  publicResponse?: string | null;
  note?: string | null;
  changedOn?: string;
  version: number;
}

export async function changeStatus(db: Kysely<DB>, id: string, change: StatusChange, actorId: string) {
  const current = await db.selectFrom('proposal').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw errors.notFound();
  if (current.version !== change.version) throw errors.conflict();
  if (!canMove(current.status, change.status)) throw errors.field('status', proposalErrors.badTransition);
  const reason = change.reason?.trim() || null;
  const response = change.publicResponse?.trim() || current.public_response;
  if (change.status === 'rejected' && !reason) throw errors.field('reason', proposalErrors.reasonRequired);
  if (change.status === 'done' && !response) throw errors.field('publicResponse', proposalErrors.responseRequired);
  const updated = await db
    .updateTable('proposal')
    .set({
      status: change.status,
      rejection_reason: change.status === 'rejected' ? reason : current.rejection_reason,
      public_response: response ?? null,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', change.version)
    .returning('id')
    .executeTakeFirst();
  if (!updated) throw errors.conflict();
  await db
    .insertInto('proposal_status_change')
    .values({
      proposal_id: id,
      from_status: current.status,
      to_status: change.status,
      changed_on: change.changedOn ?? todayInFinland(),
      changed_by: actorId,
      note: change.note?.trim() || null,
    })
    .execute();
}

/** Only what may be published: no description (it may quote an answer), no staff, no source ids. */
export async function publicProposals(db: Kysely<DB>, filter: { theme?: string; status?: ProposalStatus }) {
  let q = db
    .selectFrom('proposal as p')
    .innerJoin('unit as u', 'u.id', 'p.owner_unit_id')
    .select([
      'p.id',
      'p.title',
      'p.theme',
      'p.source',
      'p.status',
      'p.public_response as publicResponse',
      'p.rejection_reason as rejectionReason',
      'u.name as unitName',
      sql<string>`to_char(p.created_at at time zone 'Europe/Helsinki', 'YYYY-MM-DD')`.as('receivedOn'),
      sql<string>`(select to_char(max(c.changed_on), 'YYYY-MM-DD') from proposal_status_change c where c.proposal_id = p.id)`.as(
        'statusChangedOn',
      ),
    ])
    .orderBy(sql`(select max(c.changed_on) from proposal_status_change c where c.proposal_id = p.id)`, 'desc')
    .orderBy('p.created_at', 'desc')
    .limit(500);
  if (filter.theme) q = q.where('p.theme', '=', filter.theme);
  if (filter.status) q = q.where('p.status', '=', filter.status);
  return q.execute();
}
