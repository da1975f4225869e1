// Close-network consents and persons. Every function takes the transaction it runs in.
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { NetworkPersonTable } from '../../../db/tables/clients.js';
import type {
  NetworkBasis,
  NetworkConsent,
  NetworkPerson,
  Person,
} from '../../../shared/contracts/client-work/network.js';

/** The basis in force: the newest consent not withdrawn, or an exception. */
export async function activeNetworkBasis(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('network_consent')
    .select(['id', 'basis'])
    .where('client_id', '=', clientId)
    .where('withdrawn_at', 'is', null)
    .orderBy('given_on', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export function toPerson(p: Selectable<NetworkPersonTable>): NetworkPerson {
  return {
    id: p.id,
    consentId: p.consent_id,
    name: p.name,
    relationship: p.relationship,
    contactInfo: p.contact_info,
    supportRole: p.support_role,
    ownSupportNeeds: p.own_support_needs,
    version: p.version,
  };
}

export async function networkOfClient(
  db: Kysely<DB>,
  clientId: string,
): Promise<{ consents: NetworkConsent[]; persons: NetworkPerson[] }> {
  const consents = await db
    .selectFrom('network_consent')
    .leftJoin('app_user', 'app_user.id', 'network_consent.created_by')
    .selectAll('network_consent')
    .select('app_user.display_name')
    .where('network_consent.client_id', '=', clientId)
    .orderBy('given_on', 'desc')
    .orderBy('network_consent.created_at', 'desc')
    .execute();
  const persons = await db
    .selectFrom('network_person')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('created_at')
    .execute();
  return {
    consents: consents.map((c) => ({
      id: c.id,
      basis: c.basis,
      scope: c.scope,
      givenOn: c.given_on,
      givenBy: c.given_by,
      justification: c.justification,
      withdrawnAt: c.withdrawn_at,
      createdByName: c.display_name,
    })),
    persons: persons.map(toPerson),
  };
}

export async function insertConsent(
  trx: Kysely<DB>,
  c: {
    clientId: string;
    basis: NetworkBasis;
    scope: string | null;
    givenOn: string;
    givenBy: string | null;
    justification: string | null;
    userId: string;
  },
): Promise<string> {
  const row = await trx
    .insertInto('network_consent')
    .values({
      client_id: c.clientId,
      basis: c.basis,
      scope: c.scope,
      given_on: c.givenOn,
      given_by: c.givenBy,
      justification: c.justification,
      withdrawn_at: null,
      created_by: c.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function consentOfClient(db: Kysely<DB>, clientId: string, consentId: string) {
  return db
    .selectFrom('network_consent')
    .select(['withdrawn_at', 'given_on'])
    .where('id', '=', consentId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

export async function withdrawConsent(trx: Kysely<DB>, consentId: string, withdrawnAt: string): Promise<void> {
  await trx.updateTable('network_consent').set({ withdrawn_at: withdrawnAt }).where('id', '=', consentId).execute();
}

export function personColumns(b: Person) {
  return {
    name: b.name,
    relationship: b.relationship,
    contact_info: b.contactInfo,
    support_role: b.supportRole,
    own_support_needs: b.ownSupportNeeds,
  };
}

export async function insertPerson(
  trx: Kysely<DB>,
  clientId: string,
  consentId: string,
  columns: ReturnType<typeof personColumns>,
  userId: string,
): Promise<NetworkPerson> {
  const row = await trx
    .insertInto('network_person')
    .values({ client_id: clientId, consent_id: consentId, ...columns, created_by: userId })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPerson(row);
}
