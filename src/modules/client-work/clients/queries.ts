// The client record. Every function takes the transaction it runs in; the service audits.
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { ClientTable } from '../../../db/tables/clients.js';
import type { Client, ClientBasic, ClientSearch } from '../../../shared/contracts/client-work/clients.js';
import { currentNamedWorker, toNamedWorker } from '../named-worker/queries.js';
import { looksLikeHenkilotunnus, maskHenkilotunnus, parseHenkilotunnus } from './henkilotunnus.js';

function clientSelect(db: Kysely<DB>) {
  return db
    .selectFrom('client')
    .innerJoin('unit', 'unit.id', 'client.unit_id')
    .selectAll('client')
    .select('unit.name as unit_name');
}

type ClientRow = Awaited<ReturnType<ReturnType<typeof clientSelect>['executeTakeFirstOrThrow']>>;

function toBasic(c: ClientRow): ClientBasic {
  return {
    id: c.id,
    unitId: c.unit_id,
    unitName: c.unit_name,
    firstName: c.first_name,
    lastName: c.last_name,
    birthDate: c.birth_date,
    clientGroup: c.client_group,
    status: c.status,
  };
}

export async function clientBasic(db: Kysely<DB>, clientId: string): Promise<ClientBasic> {
  return toBasic(await clientSelect(db).where('client.id', '=', clientId).executeTakeFirstOrThrow());
}

/** The whole record with the current named worker; the identity code masked. */
export async function clientRecord(db: Kysely<DB>, clientId: string): Promise<Client> {
  const c = await clientSelect(db).where('client.id', '=', clientId).executeTakeFirstOrThrow();
  const nw = await currentNamedWorker(db, c.id);
  return {
    ...toBasic(c),
    henkilotunnus: maskHenkilotunnus(c.henkilotunnus),
    phone: c.phone,
    email: c.email,
    streetAddress: c.street_address,
    postalCode: c.postal_code,
    city: c.city,
    preferredLanguage: c.preferred_language,
    otherLanguage: c.other_language,
    interpreterNeeded: c.interpreter_needed,
    endedOn: c.ended_on,
    endReason: c.end_reason,
    version: c.version,
    namedWorker: nw ? toNamedWorker(nw) : null,
  };
}

/** Clients of the given units by name, or by the exact identity code (an invalid one matches nothing). */
export async function searchClients(
  db: Kysely<DB>,
  unitIds: string[],
  { q, status, limit }: ClientSearch,
): Promise<ClientBasic[]> {
  if (unitIds.length === 0) return [];
  let query = clientSelect(db).where('client.unit_id', 'in', unitIds);
  if (status !== 'all') query = query.where('client.status', '=', status);
  if (q) {
    if (looksLikeHenkilotunnus(q)) {
      query = query.where('client.henkilotunnus', '=', parseHenkilotunnus(q)?.value ?? '');
    } else {
      for (const token of q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 4)) {
        const like = `%${token.replace(/[%_\\]/g, '')}%`;
        query = query.where(sql<string>`lower(client.first_name || ' ' || client.last_name)`, 'like', like);
      }
    }
  }
  const rows = await query.orderBy('client.last_name').orderBy('client.first_name').limit(limit).execute();
  return rows.map(toBasic);
}

/**
 * Possible duplicates anywhere in the register: the same identity code, or the same name and birth
 * date. Only id, name, unit and whether the code is the same leave this function.
 */
export async function duplicateCandidates(
  db: Kysely<DB>,
  p: { henkilotunnus?: string | null; birthDate?: string | null; firstName: string; lastName: string },
) {
  if (!p.henkilotunnus && !p.birthDate) return [];
  const rows = await db
    .selectFrom('client')
    .innerJoin('unit', 'unit.id', 'client.unit_id')
    .select(['client.id', 'client.first_name', 'client.last_name', 'unit.name as unit_name', 'client.henkilotunnus'])
    .where((eb) =>
      eb.or([
        ...(p.henkilotunnus ? [eb('client.henkilotunnus', '=', p.henkilotunnus)] : []),
        ...(p.birthDate
          ? [
              eb.and([
                eb(sql<string>`lower(client.first_name)`, '=', p.firstName.toLowerCase()),
                eb(sql<string>`lower(client.last_name)`, '=', p.lastName.toLowerCase()),
                eb('client.birth_date', '=', p.birthDate),
              ]),
            ]
          : []),
      ]),
    )
    .limit(10)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    unitName: r.unit_name,
    sameCode: !!p.henkilotunnus && r.henkilotunnus === p.henkilotunnus,
  }));
}

export async function insertClient(trx: Kysely<DB>, values: Insertable<ClientTable>): Promise<string> {
  const row = await trx.insertInto('client').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export type ClientChanges = Omit<Updateable<ClientTable>, 'id' | 'version' | 'updated_at'>;

export async function clientState(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('client')
    .select(['status', 'client_group', 'unit_id'])
    .where('id', '=', clientId)
    .executeTakeFirstOrThrow();
}

export async function identityCodeOf(db: Kysely<DB>, clientId: string): Promise<string | null> {
  const row = await db
    .selectFrom('client')
    .select('henkilotunnus')
    .where('id', '=', clientId)
    .executeTakeFirstOrThrow();
  return row.henkilotunnus;
}
