// The proposal register in the database. Every function takes the connection or transaction it runs in.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { ProposalSource, ProposalStatus } from '../../../db/tables/proposals.js';
import type { ProposalListQuery } from '../../../shared/contracts/participation/proposals.js';

const NONE = ['00000000-0000-0000-0000-000000000000'];

const selectProposals = (db: Kysely<DB>) =>
  db
    .selectFrom('proposal as p')
    .innerJoin('unit as u', 'u.id', 'p.owner_unit_id')
    .select([
      'p.id',
      'p.owner_unit_id as ownerUnitId',
      'u.name as ownerUnitName',
      'p.source',
      'p.source_type as sourceType',
      'p.source_id as sourceId',
      'p.theme',
      'p.title',
      'p.description',
      'p.status',
      'p.rejection_reason as rejectionReason',
      'p.public_response as publicResponse',
      sql<string>`to_char(p.created_at at time zone 'Europe/Helsinki', 'YYYY-MM-DD')`.as('createdAt'),
      'p.version',
    ]);

export async function proposalById(db: Kysely<DB>, id: string) {
  return selectProposals(db).where('p.id', '=', id).executeTakeFirstOrThrow();
}

/** Proposals owned by the units, newest first. */
export async function proposalsOf(db: Kysely<DB>, unitIds: string[], filter: ProposalListQuery) {
  let q = selectProposals(db)
    .where('p.owner_unit_id', 'in', unitIds.length ? unitIds : NONE)
    .orderBy('p.created_at', 'desc')
    .limit(500);
  if (filter.status) q = q.where('p.status', '=', filter.status);
  if (filter.theme) q = q.where('p.theme', '=', filter.theme);
  if (filter.source) q = q.where('p.source', '=', filter.source);
  return q.execute();
}

export async function historyOf(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('proposal_status_change as c')
    .leftJoin('app_user as a', 'a.id', 'c.changed_by')
    .select([
      'c.from_status as fromStatus',
      'c.to_status as toStatus',
      sql<string>`to_char(c.changed_on, 'YYYY-MM-DD')`.as('changedOn'),
      'a.display_name as changedByName',
      'c.note',
    ])
    .where('c.proposal_id', '=', id)
    .orderBy('c.changed_at')
    .execute();
}

/** The stored row, for the rules of a change. */
export async function proposalRow(db: Kysely<DB>, id: string) {
  return db.selectFrom('proposal').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface NewProposalRow {
  ownerUnitId: string;
  source: ProposalSource;
  sourceType: string | null;
  sourceId: string | null;
  theme: string;
  title: string;
  description: string;
  createdBy: string | null;
}

export async function insertProposal(db: Kysely<DB>, p: NewProposalRow): Promise<string> {
  const { id } = await db
    .insertInto('proposal')
    .values({
      owner_unit_id: p.ownerUnitId,
      source: p.source,
      source_type: p.sourceType,
      source_id: p.sourceId,
      theme: p.theme,
      title: p.title,
      description: p.description,
      rejection_reason: null,
      public_response: null,
      created_by: p.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertStatusChange(
  db: Kysely<DB>,
  change: {
    proposalId: string;
    from: ProposalStatus | null;
    to: ProposalStatus;
    changedOn: string;
    changedBy: string | null;
    note: string | null;
  },
): Promise<void> {
  await db
    .insertInto('proposal_status_change')
    .values({
      proposal_id: change.proposalId,
      from_status: change.from,
      to_status: change.to,
      changed_on: change.changedOn,
      changed_by: change.changedBy,
      note: change.note,
    })
    .execute();
}

/** The proposal already made of a source record (a feedback answer, a survey's free text), if any. */
export async function proposalOfSource(db: Kysely<DB>, sourceType: string, sourceId: string) {
  return db
    .selectFrom('proposal')
    .select('id')
    .where('source_type', '=', sourceType)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
}

/** Only what may be published: no description (it may quote an answer), no staff, no source ids. */
export async function publicProposals(db: Kysely<DB>, filter: { theme?: string; status?: ProposalStatus }) {
  const lastChange = sql`(select max(c.changed_on) from proposal_status_change c where c.proposal_id = p.id)`;
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
      sql<string | null>`to_char(${lastChange}, 'YYYY-MM-DD')`.as('statusChangedOn'),
    ])
    .orderBy(lastChange, 'desc')
    .orderBy('p.created_at', 'desc')
    .limit(500);
  if (filter.theme) q = q.where('p.theme', '=', filter.theme);
  if (filter.status) q = q.where('p.status', '=', filter.status);
  return q.execute();
}
