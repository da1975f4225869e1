// Test helpers for the measures modules: synthetic clients in the demo units.
import type { TestContext } from '../../../test/app.js';

export async function demoUnits(ctx: TestContext) {
  const rows = await ctx.app.db.selectFrom('unit').select(['id', 'name']).execute();
  const by = (n: string) => rows.find((r) => r.name === n)!.id;
  return { main: by('Aikuissosiaalityö, Keskusta'), other: by('Aikuissosiaalityö, Pohjoinen') };
}

let n = 0;
export async function newClient(ctx: TestContext, unitId: string, firstName = 'Testi', lastName = `Asiakas${++n}`) {
  const row = await ctx.app.db
    .insertInto('client')
    .values({ unit_id: unitId, first_name: firstName, last_name: lastName })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function userId(ctx: TestContext, username: string) {
  return (
    await ctx.app.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()
  ).id;
}
