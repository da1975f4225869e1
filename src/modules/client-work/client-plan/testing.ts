// Test helpers for client work part B: synthetic clients and a complete plan content.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { PlanContentInput } from '../../../shared/contracts/client-work/plan.js';

export async function ids(db: Kysely<DB>) {
  const users = await db.selectFrom('app_user').select(['id', 'username', 'client_id']).execute();
  const byName = Object.fromEntries(users.map((u) => [u.username, u.id]));
  const main = await db
    .selectFrom('unit')
    .select('id')
    .where('name', '=', 'Aikuissosiaalityö, Keskusta')
    .executeTakeFirstOrThrow();
  const other = await db
    .selectFrom('unit')
    .select('id')
    .where('name', '=', 'Aikuissosiaalityö, Pohjoinen')
    .executeTakeFirstOrThrow();
  return {
    users: byName,
    mainUnitId: main.id,
    otherUnitId: other.id,
    demoClientId: users.find((u) => u.username === 'asiakas')!.client_id!,
  };
}

export async function makeClient(
  db: Kysely<DB>,
  unitId: string,
  opts: {
    first?: string;
    last?: string;
    group?: 'adult' | 'youth';
    workerId?: string;
    language?: 'fi' | 'sv' | 'en';
  } = {},
) {
  const c = await db
    .insertInto('client')
    .values({
      unit_id: unitId,
      first_name: opts.first ?? 'Testi',
      last_name: opts.last ?? `Asiakas ${randomUUID().slice(0, 6)}`,
      client_group: opts.group ?? 'adult',
      preferred_language: opts.language ?? 'fi',
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  if (opts.workerId) {
    await db
      .insertInto('named_worker_assignment')
      .values({ client_id: c.id, worker_id: opts.workerId, status: 'assigned', assigned_on: '2026-01-05' } as never)
      .execute();
  }
  return c.id;
}

/** Every statutory element filled in. */
export function completeContent(): PlanContentInput {
  return {
    supportNeed: { client: 'Tarvitsen apua raha-asioihin.', professional: 'Velkakierre ja asunnon menettämisen uhka.' },
    servicesAndMeasures: {
      client: 'Talous- ja velkaneuvonta.',
      professional: 'Talous- ja velkaneuvonta, sosiaalinen kuntoutus.',
    },
    essentialServicesAssessment: 'Päihdepalvelujen arvio tarpeen.',
    essentialServices: [
      { id: randomUUID(), service: 'Päihdepoliklinikka', startDate: '2026-02-01', duration: '3 kuukautta' },
    ],
    meetingFrequency: { intervalWeeks: 4, description: 'Tapaamme joka neljäs viikko toimistolla.' },
    strengths: { client: 'Haluan muutosta.', professional: 'Motivoitunut, hyvä verkosto.' },
    goals: [
      { id: randomUUID(), title: 'Vuokrarästit maksuun', status: 'in-progress' },
      { id: randomUUID(), title: 'Päivärytmi kuntoon', status: 'open' },
    ],
    agreedActions: [
      { id: randomUUID(), action: 'Varaan ajan velkaneuvontaan', owner: 'client', ownerName: '', due: '2026-02-15' },
    ],
    estimatedDuration: 'Noin vuosi.',
    partners: [
      {
        id: randomUUID(),
        name: 'TE-palvelut',
        sector: 'työllisyys',
        responsibility: 'Aktivointisuunnitelma',
        contact: '',
      },
    ],
    followUp: { monitoring: 'Tapaamisissa.', goalEvaluation: 'Puolen vuoden välein.', reassessment: 'Tarkistuksessa.' },
    consents: [
      {
        id: randomUUID(),
        partnerName: 'TE-palvelut',
        scope: 'Työllistymistä tukevat tiedot',
        givenOn: '2026-01-10',
        withdrawnOn: null,
      },
    ],
  };
}
