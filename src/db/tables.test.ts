// The hand-written table types (src/db/types.ts and src/db/tables/) must say what the migrations
// built: the same tables, the same columns, and `| null` exactly where a column is nullable.
// Read from the TypeScript types with the compiler API and from information_schema.
import path from 'node:path';
import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/app.js';

interface ColumnShape {
  nullable: boolean;
  generated?: boolean;
}

function typedTables(): Map<string, Map<string, ColumnShape>> {
  const file = path.resolve(import.meta.dirname, 'types.ts');
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const db = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).find((s) => s.name === 'DB');
  if (!db) throw new Error('interface DB not found in src/db/types.ts');
  const tables = new Map<string, Map<string, ColumnShape>>();
  for (const table of checker.getDeclaredTypeOfSymbol(db).getProperties()) {
    const tableType = checker.getTypeOfSymbol(table);
    const columns = new Map<string, ColumnShape>();
    for (const column of tableType.getProperties()) {
      let type = checker.getTypeOfSymbol(column);
      // Kysely's ColumnType<S, I, U> (and Generated<T>) carry the selected type in __select__.
      const select = type.getProperty('__select__');
      if (select) type = checker.getTypeOfSymbol(select);
      const parts = type.isUnion() ? type.types : [type];
      columns.set(column.name, { nullable: parts.some((p) => (p.flags & ts.TypeFlags.Null) !== 0) });
    }
    tables.set(table.name, columns);
  }
  return tables;
}

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('table types', () => {
  it('match the migrated database: tables, columns and nullability', async () => {
    const typed = typedTables();
    const rows = await ctx.database.db
      .withoutPlugins()
      .selectFrom('information_schema.columns' as never)
      .select(['table_name', 'column_name', 'is_nullable', 'is_generated'] as never[])
      .where('table_schema' as never, '=', 'public' as never)
      .execute();
    const actual = new Map<string, Map<string, ColumnShape>>();
    type Row = { table_name: string; column_name: string; is_nullable: string; is_generated: string };
    for (const r of rows as unknown as Row[]) {
      if (r.table_name === 'kysely_migration' || r.table_name === 'kysely_migration_lock') continue;
      if (!actual.has(r.table_name)) actual.set(r.table_name, new Map());
      // A generated column has no NOT NULL constraint; its expression decides, so the type's word stands.
      const generated = r.is_generated === 'ALWAYS';
      actual.get(r.table_name)!.set(r.column_name, { nullable: r.is_nullable === 'YES', generated });
    }
    const problems: string[] = [];
    for (const table of new Set([...typed.keys(), ...actual.keys()])) {
      const t = typed.get(table);
      const a = actual.get(table);
      if (!t) problems.push(`${table}: in the database, not in the types`);
      else if (!a) problems.push(`${table}: in the types, not in the database`);
      else {
        for (const column of new Set([...t.keys(), ...a.keys()])) {
          const tc = t.get(column);
          const ac = a.get(column);
          if (!tc) problems.push(`${table}.${column}: in the database, not in the types`);
          else if (!ac) problems.push(`${table}.${column}: in the types, not in the database`);
          else if (tc.nullable !== ac.nullable && !ac.generated)
            problems.push(`${table}.${column}: ${ac.nullable ? 'nullable' : 'not null'} in the database`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every versioned table updated_at, which the one versioned update sets', async () => {
    const rows = await sql<{ table_name: string; columns: string[] }>`
      select table_name, array_agg(column_name::text) as columns from information_schema.columns
      where table_schema = 'public' group by table_name`.execute(ctx.database.db);
    const missing = rows.rows
      // service_version numbers the history of a service; it is not an edit counter.
      .filter((r) => r.table_name !== 'service_version')
      .filter((r) => r.columns.includes('version') && !r.columns.includes('updated_at'))
      .map((r) => r.table_name);
    expect(missing).toEqual([]);
  });
});
