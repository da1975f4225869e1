// The one versioned update (optimistic concurrency). Every editable row has `version` and
// `updated_at`; an edit names the version it started from. If someone saved in between, nothing is
// overwritten: the caller gets StaleVersionError (the server answers 409 and the form offers to
// reload). If the row is gone, RowGoneError (404). The version goes up by one and `updated_at` is set
// by the same statement.
import { sql, type Kysely, type Selectable, type UpdateObject } from 'kysely';
import type { DB } from './types.js';

/** The row was not found (deleted, or not within the given scope). */
export class RowGoneError extends Error {
  constructor(readonly table: string) {
    super(`${table}: no such row`);
    this.name = 'RowGoneError';
  }
}

/** The row exists but someone saved a newer version since it was read. */
export class StaleVersionError extends Error {
  constructor(readonly table: string) {
    super(`${table}: the row has a newer version`);
    this.name = 'StaleVersionError';
  }
}

/** Tables with an id, a version and updated_at. */
export type VersionedTable = {
  [T in keyof DB]: DB[T] extends { id: unknown; version: unknown; updated_at: unknown } ? T : never;
}[keyof DB];

export interface VersionKey<T extends VersionedTable> {
  id: string;
  /** The version the edit started from. */
  version: number;
  /** Further equalities the row must meet, e.g. `{ client_id }`: a row outside them counts as gone. */
  scope?: Partial<{ [C in keyof Selectable<DB[T]>]: Selectable<DB[T]>[C] & (string | number | boolean) }>;
}

/**
 * Updates one row of a given version. Returns the updated row. Run it in the transaction of the
 * change, so its audit event and related writes commit with it.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<DB>,
  table: T,
  key: VersionKey<T>,
  set: Omit<UpdateObject<DB, T>, 'id' | 'version' | 'updated_at'>,
): Promise<Selectable<DB[T]>> {
  // Kysely cannot follow a generic table name through its types; the signature above keeps callers typed.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const anyDb = db as unknown as Kysely<any>;
  const scope = Object.entries(key.scope ?? {});
  const name = table as string;
  let update = anyDb
    .updateTable(name)
    .set({ ...(set as Record<string, unknown>), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', key.id)
    .where('version', '=', key.version);
  for (const [column, value] of scope) update = update.where(column, '=', value);
  const row = await update.returningAll().executeTakeFirst();
  if (row) return row as Selectable<DB[T]>;

  let exists = anyDb.selectFrom(name).select('id').where('id', '=', key.id);
  for (const [column, value] of scope) exists = exists.where(column, '=', value);
  if (await exists.executeTakeFirst()) throw new StaleVersionError(table);
  throw new RowGoneError(table);
}
