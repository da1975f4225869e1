// Demo data: a synthetic organisation, units and users so the product can be tried at once.
// Every name here is invented. Each capability adds its own demo data in its slot.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import { hashPassword } from '../server/auth/passwords.js';
import type { StaffRole } from '../shared/roles.js';
import { seedClientPlans, seedClientWork } from '../modules/client-work/index.js';
import { seedMeasures } from '../modules/measures/index.js';
import { seedParticipation } from '../modules/participation/index.js';
import { seedServicemapDemo } from '../modules/servicemap/index.js';

export interface DemoContext {
  db: Kysely<DB>;
  organisationId: string;
  /** The demo unit where all demo staff work. */
  unitId: string;
  /** The second unit, with only `sosiaalityontekija2`, to show cross-unit denial. */
  otherUnitId: string;
  /** Benefit unit (Toimeentulotuki) of the same organisation. */
  benefitUnitId: string;
  users: Record<string, string>;
  passwordHash: string;
  /** The client record the `asiakas` account is linked to (client work fills in its details). */
  demoClientId: string;
}

export const DEMO_USERS: {
  username: string;
  displayName: string;
  role: StaffRole | 'asiakas';
  unit: 'main' | 'other';
}[] = [
  { username: 'sosiaalityontekija', displayName: 'Sanna Sosiaalityöntekijä', role: 'sosiaalityontekija', unit: 'main' },
  { username: 'sosiaaliohjaaja', displayName: 'Olli Ohjaaja', role: 'sosiaaliohjaaja', unit: 'main' },
  { username: 'etuuskasittelija', displayName: 'Eetu Etuuskäsittelijä', role: 'etuuskasittelija', unit: 'main' },
  { username: 'esihenkilo', displayName: 'Eeva Esihenkilö', role: 'esihenkilo', unit: 'main' },
  {
    username: 'kokemusasiantuntija',
    displayName: 'Kaisa Kokemusasiantuntija',
    role: 'kokemusasiantuntija',
    unit: 'main',
  },
  { username: 'yllapitaja', displayName: 'Ylli Ylläpitäjä', role: 'yllapitaja', unit: 'main' },
  { username: 'sosiaalityontekija2', displayName: 'Toni Toinen', role: 'sosiaalityontekija', unit: 'other' },
  { username: 'asiakas', displayName: 'Aino Asiakas', role: 'asiakas', unit: 'main' },
];

const SEED_LOCK = 730_2024;

/** Creates the demo data if the database has no organisation yet. Safe to run from several instances. */
export async function seedDemoIfEmpty(db: Kysely<DB>, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    const existing = await trx.selectFrom('organisation').select('id').limit(1).executeTakeFirst();
    if (existing) return false;
    await seedDemo(trx, passwordHash);
    return true;
  });
}

async function seedDemo(db: Kysely<DB>, passwordHash: string) {
  const org = await db
    .insertInto('organisation')
    .values({ name: 'Esimerkkilän hyvinvointialue', kind: 'hyvinvointialue', population: 182_000 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const unitIds: Record<string, string> = {};
  for (const [key, name] of [
    ['main', 'Aikuissosiaalityö, Keskusta'],
    ['other', 'Aikuissosiaalityö, Pohjoinen'],
    ['benefit', 'Toimeentulotuki'],
  ] as const) {
    const u = await db
      .insertInto('unit')
      .values({ organisation_id: org.id, name })
      .returning('id')
      .executeTakeFirstOrThrow();
    unitIds[key] = u.id;
  }
  const users: Record<string, string> = {};
  for (const u of DEMO_USERS) {
    const row = await db
      .insertInto('app_user')
      .values({
        username: u.username,
        display_name: u.displayName,
        email: null,
        phone: null,
        password_hash: passwordHash,
        totp_secret: null,
        client_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    users[u.username] = row.id;
    if (u.role !== 'asiakas') {
      await db.insertInto('user_role').values({ user_id: row.id, unit_id: unitIds[u.unit], role: u.role }).execute();
    }
  }
  // The `asiakas` account is a client of the demo unit.
  const client = await db
    .insertInto('client')
    .values({ unit_id: unitIds.main })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('app_user').set({ client_id: client.id }).where('id', '=', users.asiakas).execute();
  const ctx: DemoContext = {
    db,
    organisationId: org.id,
    unitId: unitIds.main,
    otherUnitId: unitIds.other,
    benefitUnitId: unitIds.benefit,
    users,
    passwordHash,
    demoClientId: client.id,
  };
  // Capabilities add their demo data here, in order (client work first: others refer to clients).
  // slot: client-work
  await seedClientWork(ctx); // client ids: re-query `client` by ctx.unitId / ctx.otherUnitId
  await seedClientPlans(ctx);
  // slot: measures
  await seedMeasures(ctx);
  // slot: participation
  await seedParticipation(ctx);
  // slot: servicemap
  await seedServicemapDemo(ctx);
  // slot: knowledge
  void ctx;
}
