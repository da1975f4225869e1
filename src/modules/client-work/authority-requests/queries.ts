// Requests to other authorities. Every function takes the transaction it runs in.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { errors } from '../../../server/errors.js';
import type {
  AuthorityRequest,
  NewAuthorityRequest,
} from '../../../shared/contracts/client-work/authority-requests.js';

function select(db: Kysely<DB>) {
  return db
    .selectFrom('authority_request')
    .leftJoin('app_user', 'app_user.id', 'authority_request.created_by')
    .selectAll('authority_request')
    .select('app_user.display_name');
}
type Row = Awaited<ReturnType<ReturnType<typeof select>['executeTakeFirstOrThrow']>>;

function toRequest(r: Row): AuthorityRequest {
  return {
    id: r.id,
    authority: r.authority,
    authorityKind: r.authority_kind,
    purpose: r.purpose,
    requestText: r.request_text,
    sharedInformation: r.shared_information,
    sentOn: r.sent_on,
    dueDate: r.due_date,
    status: r.status,
    answeredOn: r.answered_on,
    answer: r.answer,
    contribution: r.contribution,
    version: r.version,
    createdByName: r.display_name,
  };
}

export async function requestsOfClient(db: Kysely<DB>, clientId: string): Promise<AuthorityRequest[]> {
  const rows = await select(db)
    .where('authority_request.client_id', '=', clientId)
    .orderBy('sent_on', 'desc')
    .orderBy('authority_request.created_at', 'desc')
    .execute();
  return rows.map(toRequest);
}

export async function requestById(db: Kysely<DB>, id: string): Promise<AuthorityRequest> {
  return toRequest(await select(db).where('authority_request.id', '=', id).executeTakeFirstOrThrow());
}

/** The stored request of this client (404 for another client's). */
export async function storedRequest(db: Kysely<DB>, clientId: string, requestId: string) {
  const row = await db
    .selectFrom('authority_request')
    .selectAll()
    .where('id', '=', requestId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  return row;
}

export async function clientGroupOf(db: Kysely<DB>, clientId: string) {
  const row = await db.selectFrom('client').select('client_group').where('id', '=', clientId).executeTakeFirstOrThrow();
  return row.client_group;
}

export async function insertRequest(
  trx: Kysely<DB>,
  r: NewAuthorityRequest & { clientId: string; unitId: string; dueDate: string; userId: string },
): Promise<string> {
  const row = await trx
    .insertInto('authority_request')
    .values({
      client_id: r.clientId,
      unit_id: r.unitId,
      authority: r.authority,
      authority_kind: r.authorityKind,
      purpose: r.purpose,
      request_text: r.requestText,
      shared_information: r.sharedInformation,
      sent_on: r.sentOn,
      due_date: r.dueDate,
      answered_on: null,
      answer: null,
      contribution: null,
      created_by: r.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
