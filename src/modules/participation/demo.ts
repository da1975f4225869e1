// Demo data for participation: feedback for a few workers (one below the minimum, one above),
// proposals in every status with public responses, and (from the surveys module) the model
// survey with answers for this year and last year. All texts are invented.
// The demo is made on the real date (systemClock): its answers and proposals lie in the months before.
import { sql } from 'kysely';
import type { DemoContext } from '../../demo/seed.js';
import { systemClock } from '../../domain/clock/index.js';
import { addDays } from '../../domain/calendar/index.js';
import { createProposal, changeStatus } from './proposals/service.js';
import type { ProposalSource, ProposalStatus } from '../../db/tables/proposals.js';
import type { MetExpectations } from '../../db/tables/feedback.js';
import { seedSurveys } from './surveys/demo.js';
import { createTask } from '../client-work/index.js';

/** Fixed, readable demo codes so the demo can be tried from a printed card. */
export const DEMO_FEEDBACK_CODES: Record<string, string> = {
  sosiaalityontekija: 'sannas',
  sosiaaliohjaaja: 'ollioh',
  etuuskasittelija: 'eetuet',
  esihenkilo: 'eevaes',
  sosiaalityontekija2: 'tonito',
};

const daysAgo = (n: number, today = systemClock.today()) => addDays(today, -n);

type DemoAnswer = [
  MetExpectations | null,
  string | null,
  string | null,
  number | null,
  'pending' | 'approved' | 'redacted',
];

const SANNA: DemoAnswer[] = [
  ['yes', 'Sain hyvin tietoa toimeentulotuesta.', 'Että asiat etenisivät yhtä nopeasti jatkossakin.', 5, 'approved'],
  ['yes', 'Minua kuunneltiin.', null, 5, 'approved'],
  ['partly', 'Jonotin pitkään aulassa.', 'Toivoisin iltavastaanottoa kerran viikossa.', 3, 'approved'],
  ['yes', null, 'Lisää tietoa vertaisryhmistä.', 4, 'pending'],
  ['no', 'Tuntui, että aikaa oli liian vähän.', 'Pidempiä tapaamisia.', 2, 'redacted'],
  ['yes', null, null, 4, 'pending'],
  [null, 'Hyvä että sai tulla ilman ajanvarausta.', null, 5, 'pending'],
];
const OLLI: DemoAnswer[] = [
  ['yes', 'Selkeä suunnitelma.', null, 4, 'pending'],
  ['partly', null, 'Enemmän yhteydenpitoa tekstiviestillä.', 3, 'pending'],
  ['yes', null, null, 5, 'pending'],
];
const TONI: DemoAnswer[] = [
  ['yes', 'Ystävällinen vastaanotto.', null, 5, 'approved'],
  ['yes', null, null, 4, 'pending'],
  ['partly', 'Paperit hukassa välillä.', 'Sähköinen asiointi toimimaan.', 3, 'approved'],
  ['yes', null, null, 4, 'pending'],
  ['no', null, null, 2, 'pending'],
];

const PROPOSALS: {
  source: ProposalSource;
  theme: string;
  title: string;
  description: string;
  path: ProposalStatus[];
  response?: string;
  reason?: string;
  daysAgo: number;
}[] = [
  {
    source: 'feedback',
    theme: 'premises',
    title: 'Iltavastaanotto kerran viikossa',
    description: 'Palautteissa toivottiin vastaanottoa työajan jälkeen.',
    path: ['under_consideration', 'decided', 'done'],
    response: 'Keskiviikkoisin on nyt vastaanotto klo 18 asti ilman ajanvarausta.',
    daysAgo: 300,
  },
  {
    source: 'survey',
    theme: 'accessibility',
    title: 'Neuvontaa ilman ajanvarausta',
    description: 'Kyselyssä 69 % toivoi neuvontaa ilman ajanvarausta.',
    path: ['under_consideration', 'decided', 'done'],
    response: 'Avoin neuvonta on maanantaisin ja torstaisin klo 9–11.',
    daysAgo: 280,
  },
  {
    source: 'survey',
    theme: 'digital',
    title: 'Asiakastietokoneet aulaan',
    description: 'Kyselyssä 31 % toivoi asiakastietokoneita.',
    path: ['under_consideration', 'decided', 'done'],
    response: 'Aulassa on kaksi asiakastietokonetta ja ohjaaja tiistaisin.',
    daysAgo: 260,
  },
  {
    source: 'client_council',
    theme: 'information',
    title: 'Selkokieliset päätösten saatteet',
    description: 'Asiakasraati toivoi päätösten mukaan selkokielisen saatteen.',
    path: ['under_consideration', 'decided'],
    response: 'Saatteet kirjoitetaan kevään aikana yhdessä raadin kanssa.',
    daysAgo: 120,
  },
  {
    source: 'developer_group',
    theme: 'encounter',
    title: 'Tervetulokansio uusille asiakkaille',
    description: 'Kehittäjäasiakasryhmän idea.',
    path: ['under_consideration'],
    daysAgo: 60,
  },
  {
    source: 'group_interview',
    theme: 'participation',
    title: 'Asiakasraadin jäsen mukaan työryhmiin',
    description: 'Ryhmähaastattelussa toivottiin asiakkaiden ääntä suunnitteluun.',
    path: ['under_consideration', 'decided'],
    response: 'Raadin edustaja osallistuu palvelujen kehittämisryhmään syksystä alkaen.',
    daysAgo: 90,
  },
  {
    source: 'workshop',
    theme: 'services',
    title: 'Vertaisryhmä velkaantuneille',
    description: 'Työpajan ”leijonan luola” osti idean.',
    path: [],
    daysAgo: 10,
  },
  {
    source: 'feedback',
    theme: 'encounter',
    title: 'Pidemmät ensitapaamiset',
    description: 'Palautteessa toivottiin enemmän aikaa.',
    path: ['under_consideration', 'rejected'],
    reason: 'Ensitapaamisen pituus pidetään ennallaan, mutta jatkotapaamisen saa varattua heti samalla kertaa.',
    daysAgo: 150,
  },
  {
    source: 'other',
    theme: 'premises',
    title: 'Lastenleikkinurkka odotustilaan',
    description: 'Asiakkaan ehdotus palvelupisteessä.',
    path: ['under_consideration', 'decided', 'done'],
    response: 'Odotustilassa on nyt leikkinurkka ja kirjoja.',
    daysAgo: 200,
  },
  {
    source: 'client_council',
    theme: 'digital',
    title: 'Tekstiviestimuistutus tapaamisista',
    description: 'Raati ehdotti muistutusta edellisenä päivänä.',
    path: ['under_consideration', 'rejected'],
    reason: 'Nykyinen järjestelmä ei mahdollista viestejä; asia otetaan mukaan uuden järjestelmän hankintaan.',
    daysAgo: 180,
  },
  {
    source: 'feedback',
    theme: 'information',
    title: 'Vertaisryhmien esite aulaan',
    description: 'Palautteessa toivottiin tietoa vertaisryhmistä.',
    path: [],
    daysAgo: 5,
  },
  {
    source: 'survey',
    theme: 'accessibility',
    title: 'Puhelinaika myös iltapäivään',
    description: 'Työntekijä on vaikea tavoittaa aamupäivän puhelinajan ulkopuolella.',
    path: ['under_consideration', 'decided', 'done'],
    response: 'Puhelinaika on nyt myös klo 13–14.',
    daysAgo: 330,
  },
];

export async function seedParticipation(ctx: DemoContext): Promise<void> {
  const { db, users } = ctx;
  await db
    .insertInto('participation_setting')
    .values({ organisation_id: ctx.organisationId, feedback_min_answers: 5, moderation_required: true })
    .execute();
  const units: Record<string, string> = { sosiaalityontekija2: ctx.otherUnitId };
  for (const [username, code] of Object.entries(DEMO_FEEDBACK_CODES)) {
    await db
      .insertInto('feedback_code')
      .values({ code, user_id: users[username], unit_id: units[username] ?? ctx.unitId })
      .execute();
  }
  const insertAnswers = async (username: string, answers: DemoAnswer[]) => {
    await db
      .insertInto('feedback_answer')
      .values(
        answers.map(([met, opinion, wishes, rating, moderation], i) => ({
          code: DEMO_FEEDBACK_CODES[username],
          worker_id: users[username],
          unit_id: units[username] ?? ctx.unitId,
          channel: i % 3 === 2 ? ('paper' as const) : ('web' as const),
          answered_on: daysAgo(5 + i * 17),
          met_expectations: met,
          opinion,
          wishes,
          rating,
          moderation,
          moderated_by: moderation === 'pending' ? null : users.esihenkilo,
          moderated_at: moderation === 'pending' ? null : systemClock.now(),
          entered_by: i % 3 === 2 ? users.sosiaaliohjaaja : null,
        })),
      )
      .execute();
  };
  await insertAnswers('sosiaalityontekija', SANNA);
  await insertAnswers('sosiaaliohjaaja', OLLI);
  await insertAnswers('sosiaalityontekija2', TONI);

  for (const p of PROPOSALS) {
    const start = daysAgo(p.daysAgo);
    const id = await createProposal(
      db,
      {
        ownerUnitId: ctx.unitId,
        source: p.source,
        theme: p.theme,
        title: p.title,
        description: p.description,
        createdBy: users.esihenkilo,
      },
      start,
    );
    await sql`update proposal set created_at = ${`${start}T09:00:00+02:00`}::timestamptz where id = ${id}`.execute(db);
    let version = 1;
    for (const [i, status] of p.path.entries()) {
      const last = i === p.path.length - 1;
      await changeStatus(
        db,
        id,
        {
          status,
          version,
          reason: status === 'rejected' ? p.reason : null,
          publicResponse: last ? p.response : null,
          changedOn: daysAgo(Math.max(0, p.daysAgo - (i + 1) * 14)),
        },
        users.esihenkilo,
        systemClock.today(),
      );
      version++;
    }
  }
  await seedSurveys(db, ctx.unitId, users.esihenkilo, systemClock.today());

  // A group interview that followed up the survey, with actions on the owners' My work.
  const { id: interviewId } = await db
    .insertInto('group_interview')
    .values({
      unit_id: ctx.unitId,
      held_on: daysAgo(40),
      goal: 'Syventää kyselyn tuloksia työntekijän tavoitettavuudesta.',
      questions: JSON.stringify([
        { theme: 'Tavoitettavuus', questions: ['Miten saat yhteyden työntekijään?', 'Mikä auttaisi?'] },
      ]) as never,
      participant_count: 7,
      interviewer_kind: 'external',
      interviewer_count: 2,
      strengths: 'Asiallinen kohtelu, selkeät päätökset.',
      weaknesses: 'Puhelinaika on lyhyt, takaisinsoittoa joutuu odottamaan.',
      opportunities: 'Sähköinen ajanvaraus, avoin neuvonta.',
      threats: 'Henkilöstön vaihtuvuus.',
      created_by: users.esihenkilo,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [owner, description, due] of [
    ['sosiaalityontekija', 'Kokeile iltapäivän puhelinaikaa kuukauden ajan', 20],
    ['sosiaaliohjaaja', 'Laadi ohje takaisinsoittopyynnöstä aulaan', 35],
  ] as const) {
    const dueDate = daysAgo(-due);
    const taskId = await createTask(db, {
      unitId: ctx.unitId,
      assigneeId: users[owner],
      kind: 'group-interview.action',
      title: description,
      dueDate,
      sourceType: 'group_interview',
      sourceId: interviewId,
      createdBy: users.esihenkilo,
    });
    await db
      .insertInto('group_interview_action')
      .values({
        interview_id: interviewId,
        description,
        owner_id: users[owner],
        due_date: dueDate,
        task_id: taskId,
        proposal_id: null,
      })
      .execute();
  }
}
