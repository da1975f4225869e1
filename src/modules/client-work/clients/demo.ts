// Demo data for client work (part A). Every person is invented; identity codes use the 900–999
// individual numbers (temporary codes), so they cannot collide with a real person's code.
// Dates are relative to the real day the demo is made (the system clock), so the demo always has
// overdue and upcoming items.
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { DemoContext } from '../../../demo/seed.js';
import { addDays } from '../../../domain/calendar/index.js';
import { systemClock } from '../../../domain/clock/index.js';
import { checkCharacter } from './henkilotunnus.js';
import { DEFAULT_DEADLINE_CONFIG, authorityRequestDue } from '../../../domain/deadlines/index.js';
import type {
  AssessmentTable,
  AuthorityRequestTable,
  ClientTable,
  ContactTable,
  NamedWorkerAssignmentTable,
  NetworkConsentTable,
  NetworkPersonTable,
} from '../../../db/tables/clients.js';
import type { TaskTable } from '../../../db/tables/tasks.js';

const FIRST = [
  'Aleksi',
  'Anna',
  'Elina',
  'Emil',
  'Hanna',
  'Ilkka',
  'Jari',
  'Johanna',
  'Kalle',
  'Katja',
  'Lauri',
  'Leena',
  'Markku',
  'Minna',
  'Niko',
  'Noora',
  'Pekka',
  'Pirjo',
  'Riikka',
  'Sami',
  'Satu',
  'Tero',
  'Tiina',
  'Ville',
  'Jonna',
  'Mika',
];
const FIRST_SV = ['Anders', 'Britt', 'Camilla', 'Henrik', 'Ingrid', 'Jonas', 'Linnea', 'Mats', 'Sofia', 'Viktor'];
const LAST = [
  'Aaltonen',
  'Heikkilä',
  'Hämäläinen',
  'Järvinen',
  'Kallio',
  'Koskinen',
  'Laine',
  'Lehtonen',
  'Mäkelä',
  'Niemi',
  'Nieminen',
  'Ojala',
  'Rantanen',
  'Saarinen',
  'Salonen',
  'Toivonen',
  'Tuominen',
  'Virtanen',
  'Väisänen',
  'Kettunen',
];
const LAST_SV = ['Andersson', 'Berg', 'Ekholm', 'Lindqvist', 'Nyström', 'Sjöberg', 'Wikström', 'Holmberg'];
const REASONS = [
  'Toimeentulo-ongelmat ja vuokrarästit',
  'Asunnottomuuden uhka',
  'Päihteiden käyttö ja työttömyys',
  'Velkaantuminen',
  'Yksinäisyys ja mielenterveyden ongelmat',
  'Kelan ohjaus',
  'Työllisyyspalveluiden lähete',
];

/** A small deterministic generator so the demo looks the same on every start. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function hetuFor(birthDate: string, n: number): string {
  const [y, m, d] = birthDate.split('-');
  const sign = Number(y) >= 2000 ? 'A' : '-';
  const ind = String(900 + (n % 100)).padStart(3, '0');
  const digits = d + m + y.slice(2);
  return `${digits}${sign}${ind}${checkCharacter(digits, ind)}`;
}

type Kind = 'new' | 'completed' | 'draft' | 'no-named-worker' | 'ended';

/** Seeds the client-work demo data; returns the ids of the clients created (not the portal client). */
export async function seedClientWork(ctx: DemoContext): Promise<{ mainClientIds: string[]; otherClientIds: string[] }> {
  const { db } = ctx;
  const today = systemClock.today();
  const rand = rng(4242);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const sw = ctx.users.sosiaalityontekija;
  const so = ctx.users.sosiaaliohjaaja;
  const sw2 = ctx.users.sosiaalityontekija2;

  const clients: Insertable<ClientTable>[] = [];
  const contacts: Insertable<ContactTable>[] = [];
  const assessments: Insertable<AssessmentTable>[] = [];
  const named: Insertable<NamedWorkerAssignmentTable>[] = [];
  const consents: Insertable<NetworkConsentTable>[] = [];
  const persons: Insertable<NetworkPersonTable>[] = [];
  const requests: Insertable<AuthorityRequestTable>[] = [];
  const tasks: Insertable<TaskTable>[] = [];
  const hetus = new Set<string>();

  const completedAssessment = (
    clientId: string,
    contactId: string | null,
    startedOn: string,
    by: string,
  ): Insertable<AssessmentTable> => ({
    id: randomUUID(),
    client_id: clientId,
    contact_id: contactId,
    status: 'completed',
    started_on: startedOn,
    completed_on: addDays(startedOn, 21),
    completed_by: by,
    situation_summary: 'Asiakas on ollut pitkään työttömänä. Vuokrarästejä kolmelta kuukaudelta, asunto on vaarassa.',
    professional_conclusion:
      'Asiakkuuden edellytykset täyttyvät: tarvitaan sosiaalityötä ja suunnitelmallista tukea asumisen turvaamiseksi.',
    client_view: 'Haluan pitää asuntoni ja päästä kuntouttavaan työtoimintaan.',
    client_view_unavailable_reason: null,
    named_worker_client_view: 'Toivon, että sama työntekijä jatkaa.',
    named_worker_professional_view: 'Omatyöntekijä on tarpeen.',
    support_needed: true,
    support_duration: pick(['temporary', 'recurring', 'long-term'] as const),
    special_support_needed: rand() < 0.4,
    special_support_reasons: JSON.stringify(rand() < 0.4 ? ['multiple-needs'] : []),
    special_support_details: null,
    rights_information: 'Kerrottu oikeudesta osallistua, muutoksenhausta ja palveluvaihtoehdoista; asiakas ymmärsi.',
    participants: 'Asiakas, sosiaalityöntekijä',
    sections: JSON.stringify({
      housing: 'Vuokra-asunto, vuokrarästejä.',
      finances: 'Työmarkkinatuki ja asumistuki; ulosotossa yksi velka.',
    }),
    created_by: by,
    updated_by: by,
  });

  function addClient(n: number, unitId: string, kind: Kind, workerId: string, createdBy: string) {
    const swedish = n % 7 === 3;
    const youth = n % 5 === 1 || (kind === 'ended' && n % 2 === 0);
    const age = youth ? 18 + Math.floor(rand() * 6) : 25 + Math.floor(rand() * 40);
    const birthDate = addDays(today, -Math.floor(age * 365.25 + rand() * 300));
    let code = hetuFor(birthDate, n);
    for (let k = 1; hetus.has(code); k++) code = hetuFor(birthDate, n + k * 37);
    hetus.add(code);
    const id = randomUUID();
    const ended = kind === 'ended';
    const endedOn = addDays(today, -(10 + n * 3));
    clients.push({
      id,
      unit_id: unitId,
      first_name: swedish ? pick(FIRST_SV) : pick(FIRST),
      last_name: swedish ? pick(LAST_SV) : pick(LAST),
      birth_date: birthDate,
      henkilotunnus: code,
      phone: `040 000 ${String(1000 + n).slice(-4)}`,
      email: null,
      street_address: `Esimerkkikatu ${n + 1}`,
      postal_code: '00100',
      city: 'Esimerkkilä',
      preferred_language: swedish ? 'sv' : 'fi',
      other_language: null,
      interpreter_needed: false,
      client_group: youth ? 'youth' : 'adult',
      status: ended ? 'ended' : 'active',
      ended_on: ended ? endedOn : null,
      end_reason: ended ? 'Tavoitteet saavutettu, asiakas pärjää itsenäisesti.' : null,
      created_by: createdBy,
    });
    const contactId = randomUUID();
    // New contacts spread from 12 days ago to today: some starts are overdue, some upcoming.
    const contactDate = kind === 'new' ? addDays(today, -((n * 5) % 13)) : addDays(today, -(40 + n * 9));
    contacts.push({
      id: contactId,
      client_id: id,
      unit_id: unitId,
      contact_date: contactDate,
      channel: pick(['phone', 'visit', 'e-service', 'referral'] as const),
      contacted_by: pick(['client', 'client', 'kela', 'partner', 'close-person'] as const),
      reason: pick(REASONS),
      assessment_required: true,
      created_by: createdBy,
    });
    if (kind === 'completed' || kind === 'ended' || kind === 'no-named-worker') {
      assessments.push(completedAssessment(id, contactId, addDays(contactDate, 3), unitId === ctx.unitId ? sw : sw2));
    }
    if (kind === 'draft') {
      assessments.push({
        ...completedAssessment(id, contactId, addDays(contactDate, 4), createdBy),
        status: 'draft',
        completed_on: null,
        completed_by: null,
        professional_conclusion: null,
        rights_information: null,
      });
    }
    if (kind === 'completed' || kind === 'draft' || kind === 'ended') {
      named.push({
        client_id: id,
        worker_id: workerId,
        status: 'assigned',
        reason: null,
        other_responsible: null,
        assigned_on: addDays(contactDate, 10),
        client_informed_on: addDays(contactDate, 12),
        ended_on: null,
        created_by: createdBy,
      });
    }
    if (kind === 'no-named-worker' && n % 2 === 0) {
      named.push({
        client_id: id,
        worker_id: null,
        status: 'not-needed',
        reason: 'Lyhyt neuvonta riittää; asiakas hoitaa asiansa itse.',
        other_responsible: null,
        assigned_on: addDays(contactDate, 10),
        client_informed_on: addDays(contactDate, 10),
        ended_on: null,
        created_by: createdBy,
      });
    }
    if (kind === 'completed' && n % 3 === 0) {
      const consentId = randomUUID();
      consents.push({
        id: consentId,
        client_id: id,
        basis: 'consent',
        scope: 'Läheisverkoston kartoitus ja yhteydenotto sisareen',
        given_on: addDays(contactDate, 5),
        given_by: 'Asiakas itse',
        justification: null,
        withdrawn_at: null,
        created_by: workerId,
      });
      persons.push({
        client_id: id,
        consent_id: consentId,
        name: `${pick(FIRST)} ${pick(LAST)}`,
        relationship: 'sisar',
        contact_info: null,
        support_role: 'Auttaa asioinnissa ja kauppakäynneissä.',
        own_support_needs: 'Uupunut, tarvitsisi omaa tukea.',
        created_by: workerId,
      });
    }
    if (kind === 'completed' && n % 4 === 1) {
      const sentOn = addDays(today, -(5 + (n % 20)));
      requests.push({
        client_id: id,
        unit_id: unitId,
        authority: pick(['Työllisyyspalvelut', 'Aikuispsykiatrian poliklinikka', 'Kela', 'Asumisneuvonta']),
        authority_kind: 'other',
        purpose: 'plan',
        request_text: 'Pyydämme osallistumaan asiakassuunnitelman laatimiseen.',
        shared_information: 'Nimi, yhteystiedot ja tuen tarve pääpiirteissään.',
        sent_on: sentOn,
        due_date: authorityRequestDue(sentOn, DEFAULT_DEADLINE_CONFIG.adult),
        answered_on: null,
        answer: null,
        contribution: null,
        created_by: workerId,
      });
    }
    if (ended && youth) {
      // Youth model: a contact two months after the end; some of these are already overdue.
      tasks.push({
        unit_id: unitId,
        assignee_id: workerId,
        client_id: id,
        kind: 'client.followup',
        title: 'Seurantayhteydenotto päättyneelle asiakkuudelle',
        details: null,
        due_date: addDays(endedOn, 61),
        source_type: 'client',
        source_id: id,
        created_by: workerId,
        done_at: null,
        done_by: null,
      });
    }
    return id;
  }

  const kinds: Kind[] = [];
  for (let i = 0; i < 46; i++) {
    kinds.push(i < 9 ? 'new' : i < 29 ? 'completed' : i < 35 ? 'draft' : i < 39 ? 'no-named-worker' : 'ended');
  }
  const mainClientIds = kinds.map((kind, i) => addClient(i, ctx.unitId, kind, i % 2 ? so : sw, i % 3 ? sw : so));
  // Ended youth clients must be youth for the follow-up rule: make sure a few are.
  const otherClientIds = (
    ['new', 'new', 'completed', 'completed', 'completed', 'draft', 'ended', 'no-named-worker'] as Kind[]
  ).map((kind, i) => addClient(100 + i, ctx.otherUnitId, kind, sw2, sw2));

  // The portal client Aino Asiakas: a completed assessment and named worker sosiaalityontekija.
  const ainoContact = randomUUID();
  const ainoStart = addDays(today, -60);
  contacts.push({
    id: ainoContact,
    client_id: ctx.demoClientId,
    unit_id: ctx.unitId,
    contact_date: addDays(ainoStart, -4),
    channel: 'visit',
    contacted_by: 'client',
    reason: 'Toimeentulo-ongelmat ja halu päästä työelämään',
    assessment_required: true,
    created_by: sw,
  });
  assessments.push(completedAssessment(ctx.demoClientId, ainoContact, ainoStart, sw));
  named.push({
    client_id: ctx.demoClientId,
    worker_id: sw,
    status: 'assigned',
    reason: null,
    other_responsible: null,
    assigned_on: addDays(ainoStart, 7),
    client_informed_on: addDays(ainoStart, 7),
    ended_on: null,
    created_by: sw,
  });

  await db
    .updateTable('client')
    .set({
      first_name: 'Aino',
      last_name: 'Asiakas',
      birth_date: '1988-04-17',
      henkilotunnus: hetuFor('1988-04-17', 99),
      phone: '040 000 0001',
      street_address: 'Esimerkkikatu 99',
      postal_code: '00100',
      city: 'Esimerkkilä',
      created_by: sw,
    })
    .where('id', '=', ctx.demoClientId)
    .execute();
  await db.insertInto('client').values(clients).execute();
  await db.insertInto('contact').values(contacts).execute();
  await db.insertInto('assessment').values(assessments).execute();
  await db.insertInto('named_worker_assignment').values(named).execute();
  if (consents.length) await db.insertInto('network_consent').values(consents).execute();
  if (persons.length) await db.insertInto('network_person').values(persons).execute();
  if (requests.length) await db.insertInto('authority_request').values(requests).execute();
  if (tasks.length) await db.insertInto('task').values(tasks).execute();
  return { mainClientIds, otherClientIds };
}
