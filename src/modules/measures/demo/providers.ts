// Demo data of the measures capability (synthetic). Called from src/demo/seed.ts after client work.
import type { DemoContext } from '../../../demo/seed.js';

export const PROVIDER_DEMO_USER = 'tyotoiminta';

export async function seedWorkActivityProviders(ctx: DemoContext) {
  const { db } = ctx;
  const providers = [
    {
      name: 'Työpaja Verstas',
      address: 'Pajakatu 4, Esimerkkilä',
      tasks_offered: 'Puutyöt, pienkorjaukset, kierrätystavaran kunnostus',
      contact_person: 'Veikko Verstas',
      contact_phone: '040 000 0001',
      public_transport: 'Bussi 3, pysäkki Pajakatu (200 m)',
      capacity: 8,
    },
    {
      name: 'Kierrätyskeskus Kiertokulku',
      address: 'Kauppatie 12, Esimerkkilä',
      tasks_offered: 'Myymälätyö, lajittelu, kuljetusapu',
      contact_person: 'Kirsi Kiertokulku',
      contact_phone: '040 000 0002',
      public_transport: 'Bussit 1 ja 5, pysäkki Kauppatie',
      capacity: 6,
    },
    {
      name: 'Seurakunnan keittiö',
      address: 'Kirkkopolku 1, Esimerkkilä',
      tasks_offered: 'Keittiö- ja siivoustyöt, ruoka-avun jako',
      contact_person: 'Paula Pata',
      contact_phone: '040 000 0003',
      public_transport: 'Keskustan asemalta 10 min kävellen',
      capacity: 4,
    },
    {
      name: 'Kunnan puistotoimi',
      address: 'Varikontie 2, Esimerkkilä',
      tasks_offered: 'Puistojen hoito, lumityöt',
      contact_person: 'Pekka Puisto',
      contact_phone: '040 000 0004',
      public_transport: 'Bussi 7, pysäkki Varikko',
      capacity: 5,
    },
  ];
  const ids: Record<string, string> = {};
  for (const p of providers) {
    const row = await db
      .insertInto('work_activity_provider')
      .values({ ...p, organisation_id: ctx.organisationId })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[p.name] = row.id;
  }
  // The provider supervisor's account: no unit role, linked to one provider only.
  const user = await db
    .insertInto('app_user')
    .values({
      username: PROVIDER_DEMO_USER,
      display_name: 'Veikko Verstas (Työpaja Verstas)',
      email: null,
      phone: null,
      password_hash: ctx.passwordHash,
      totp_secret: null,
      client_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ctx.users[PROVIDER_DEMO_USER] = user.id;
  await db.insertInto('provider_user').values({ user_id: user.id, provider_id: ids['Työpaja Verstas'] }).execute();
  return ids;
}
