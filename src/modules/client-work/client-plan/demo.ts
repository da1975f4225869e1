// Demo data of client work part B: plans in varied states (in force, past review, drafts), goals and
// meetings (past and upcoming) for the clients part A seeded; the `asiakas` client gets a plan in
// force with three goals, a review draft and an upcoming meeting. Every name and text is invented.
// Dates are relative to the seeding day so My work always shows something due.
import { randomUUID } from 'node:crypto';
import type { DemoContext } from '../../../demo/seed.js';
import { addDays } from '../../../domain/calendar/index.js';
import { addMonths, type MeetingKind } from '../../../domain/deadlines/index.js';
import { systemClock } from '../../../domain/clock/index.js';
import { planContentSchema, type PlanContent } from '../../../shared/contracts/client-work/plan.js';

const GOALS = [
  'Vuokrarästit maksuun ja asunto säilyy',
  'Päivärytmi kuntoon',
  'Velkajärjestelyn hakeminen',
  'Työkokeiluun pääsy',
  'Päihteiden käytön vähentäminen',
  'Oma asunto',
  'Opiskelupaikan hakeminen',
  'Terveystarkastukseen meneminen',
];
const KINDS: MeetingKind[] = ['face-to-face', 'phone', 'face-to-face', 'video', 'home-visit', 'network-meeting'];

function content(i: number, workerName: string): PlanContent {
  const g = (k: number) => GOALS[(i + k) % GOALS.length];
  return planContentSchema.parse({
    supportNeed: {
      client: 'Rahat eivät riitä ja olen yksin.',
      professional: 'Taloudellinen tilanne heikko, sosiaalinen verkosto ohut.',
    },
    servicesAndMeasures: {
      client: 'Haluan apua raha-asioihin.',
      professional: 'Talous- ja velkaneuvonta, sosiaalinen kuntoutus.',
    },
    essentialServicesAssessment:
      i % 2
        ? 'Terveydenhuollon arvio tarpeen.'
        : 'Ei välttämättömiä terveyden tai kehityksen palveluja tällä hetkellä.',
    essentialServices:
      i % 2
        ? [{ id: randomUUID(), service: 'Terveysaseman vastaanotto', startDate: null, duration: 'kertakäynti' }]
        : [],
    meetingFrequency: { intervalWeeks: [2, 4, 6][i % 3], description: 'Tapaamme toimistolla tai puhelimessa.' },
    strengths: { client: 'Pidän liikkumisesta.', professional: 'Motivoitunut, hyvä yhteistyö.' },
    goals: [
      { id: randomUUID(), title: g(0), status: 'in-progress', professionalView: 'Edennyt.' },
      { id: randomUUID(), title: g(1), status: i % 4 === 0 ? 'reached' : 'open' },
    ],
    agreedActions: [
      { id: randomUUID(), action: 'Kokoan laskut yhteen kansioon', owner: 'client', ownerName: '', due: null },
      {
        id: randomUUID(),
        action: 'Ohjaus talous- ja velkaneuvontaan',
        owner: 'worker',
        ownerName: workerName,
        due: null,
      },
    ],
    estimatedDuration: 'Noin vuosi.',
    partners:
      i % 3 === 0
        ? []
        : [
            {
              id: randomUUID(),
              name: 'Työllisyyspalvelut',
              sector: 'työllisyys',
              responsibility: 'Aktivointisuunnitelma',
              contact: '',
            },
          ],
    noPartners: i % 3 === 0,
    followUp: {
      monitoring: 'Seuraamme tapaamisissa.',
      goalEvaluation: 'Arvioimme tavoitteet puolen vuoden välein.',
      reassessment: 'Tarve arvioidaan tarkistuksessa.',
    },
    consents:
      i % 3 === 0
        ? []
        : [
            {
              id: randomUUID(),
              partnerName: 'Työllisyyspalvelut',
              scope: 'Työllistymistä tukevat tiedot',
              givenOn: '2026-01-15',
              withdrawnOn: null,
            },
          ],
  });
}

/** `today`: the seeding day (demo dates are relative to it). */
export async function seedClientPlans(ctx: DemoContext, today = systemClock.today()): Promise<void> {
  const { db } = ctx;
  // Contact details for the workers, shown to their clients (synthetic).
  for (const [username, phone] of [
    ['sosiaalityontekija', '040 000 0101'],
    ['sosiaaliohjaaja', '040 000 0102'],
  ] as const) {
    await db
      .updateTable('app_user')
      .set({ phone, email: `${username}@esimerkkila.example` })
      .where('id', '=', ctx.users[username])
      .where('phone', 'is', null)
      .execute();
  }
  const sw = ctx.users.sosiaalityontekija;
  // The portal's demo client has Sanna as named worker (unless part A's demo gave them one).
  const hasWorker = await db
    .selectFrom('named_worker_assignment')
    .select('id')
    .where('client_id', '=', ctx.demoClientId)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
  if (!hasWorker) {
    await db
      .insertInto('named_worker_assignment')
      .values({
        client_id: ctx.demoClientId,
        worker_id: sw,
        status: 'assigned',
        reason: null,
        other_responsible: null,
        assigned_on: addMonths(today, -8),
        client_informed_on: addMonths(today, -8),
        ended_on: null,
        created_by: sw,
      })
      .execute();
  }

  const clients = await db
    .selectFrom('client as c')
    .leftJoin('named_worker_assignment as n', (j) => j.onRef('n.client_id', '=', 'c.id').on('n.ended_on', 'is', null))
    .leftJoin('app_user as u', 'u.id', 'n.worker_id')
    .select(['c.id', 'c.unit_id', 'c.status', 'n.worker_id', 'u.display_name'])
    .where('c.unit_id', 'in', [ctx.unitId, ctx.otherUnitId])
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();

  let i = 0;
  for (const c of clients) {
    const n = i++;
    const isDemo = c.id === ctx.demoClientId;
    const worker = c.worker_id ?? sw;
    const workerName = c.display_name ?? 'Sanna Sosiaalityöntekijä';
    // State by position: 0 no plan, 1 in force, 2 past review, 3 draft only, 4 in force + review draft.
    const state = isDemo ? 4 : c.status === 'ended' ? 2 : n % 5;
    if (state !== 0) {
      const acceptedOn = state === 2 ? addMonths(today, -13) : addDays(today, -30 - ((n * 11) % 200));
      const reviewDate = state === 2 ? addDays(today, -((n * 7) % 40) - 1) : addMonths(acceptedOn, 12);
      const c1 = content(n, workerName);
      if (isDemo) {
        c1.goals = [
          {
            id: randomUUID(),
            title: 'Vuokrarästit maksuun ja asunto säilyy',
            status: 'in-progress',
            clientView: 'Olen maksanut yhden rästin.',
            clientMark: 'some-progress',
            professionalView: 'Maksusuunnitelma tehty.',
          },
          {
            id: randomUUID(),
            title: 'Päivärytmi kuntoon',
            status: 'open',
            clientView: '',
            clientMark: null,
            professionalView: '',
          },
          {
            id: randomUUID(),
            title: 'Työkokeiluun pääsy syksyllä',
            status: 'open',
            clientView: 'Haluan kokeilla kahvilatyötä.',
            clientMark: null,
            professionalView: '',
          },
        ];
      }
      const plan = await db
        .insertInto('client_plan')
        .values({
          client_id: c.id,
          unit_id: c.unit_id,
          current_version_id: null,
          current_accepted_on: null,
          current_review_date: null,
          meeting_interval_weeks: null,
          created_by: worker,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const accepted = state !== 3;
      const v1 = await db
        .insertInto('client_plan_version')
        .values({
          plan_id: plan.id,
          client_id: c.id,
          number: 1,
          status: accepted ? 'accepted' : 'draft',
          review_date: reviewDate,
          accepted_on: accepted ? acceptedOn : null,
          accepted_by: accepted ? worker : null,
          content: JSON.stringify(c1),
          client_preparation: null,
          created_by: worker,
          updated_by: worker,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (accepted) {
        await db
          .updateTable('client_plan')
          .set({
            current_version_id: v1.id,
            current_accepted_on: acceptedOn,
            current_review_date: reviewDate,
            meeting_interval_weeks: c1.meetingFrequency.intervalWeeks,
          })
          .where('id', '=', plan.id)
          .execute();
      }
      if (state === 4) {
        await db
          .insertInto('client_plan_version')
          .values({
            plan_id: plan.id,
            client_id: c.id,
            number: 2,
            review_date: addMonths(today, 12),
            accepted_on: null,
            accepted_by: null,
            content: JSON.stringify({ ...c1, goals: c1.goals.map((g) => ({ ...g, clientMark: null })) }),
            client_preparation: null,
            created_by: worker,
            updated_by: worker,
          })
          .execute();
      }
    }
    // Meetings: a few held in the past months, and for most clients one booked ahead.
    const held = isDemo ? 4 : 1 + (n % 5);
    const rows = [];
    for (let k = 0; k < held; k++) {
      rows.push({
        client_id: c.id,
        unit_id: c.unit_id,
        meeting_date: addDays(today, -14 - k * 21 - (n % 9)),
        start_time: '10:00',
        kind: KINDS[(n + k) % KINDS.length],
        status: 'held' as const,
        participants: JSON.stringify(['asiakas', workerName]),
        location: null,
        note: 'Kävimme läpi tilanteen ja tavoitteet.',
        worker_id: worker,
        created_by: worker,
      });
    }
    if (isDemo || (c.status === 'active' && n % 3 !== 0)) {
      rows.push({
        client_id: c.id,
        unit_id: c.unit_id,
        meeting_date: addDays(today, isDemo ? 6 : 2 + (n % 25)),
        start_time: isDemo ? '13:30' : '09:00',
        kind: 'face-to-face' as const,
        status: 'planned' as const,
        participants: JSON.stringify(['asiakas', workerName]),
        location: 'Keskustan sosiaalitoimisto, huone 204',
        note: null,
        worker_id: worker,
        created_by: worker,
      });
    }
    await db.insertInto('meeting').values(rows).execute();
  }
}
