// Demo data of the measures capability, in the `measures` slot of src/demo/seed.ts. Synthetic only.
// Client-linked data goes to clients that client work's seed created in the demo unit (never the
// `asiakas` demo account's own record, which the browser tests start from a clean state); without
// such clients only providers and templates are created.
import { sql } from 'kysely';
import type { DemoContext } from '../../../demo/seed.js';
import { addDays, addWorkingDays, dayOfWeek, isWorkingDay } from '../../../domain/calendar/index.js';
import { systemClock } from '../../../domain/clock/index.js';
import { INTERVIEW_QUESTIONS } from '../../../shared/measures/social-rehabilitation.js';
import { seedWorkActivityProviders } from './providers.js';
import { YOUTH_TEMPLATE } from '../process-templates/process.js';

export async function seedMeasures(ctx: DemoContext): Promise<void> {
  const { db } = ctx;
  const providers = await seedWorkActivityProviders(ctx);
  await db
    .insertInto('process_template')
    .values({
      organisation_id: ctx.organisationId,
      name: YOUTH_TEMPLATE.name,
      description: YOUTH_TEMPLATE.description,
      age_min: YOUTH_TEMPLATE.ageMin,
      age_max: YOUTH_TEMPLATE.ageMax,
      rules: JSON.stringify(YOUTH_TEMPLATE.rules),
      steps: JSON.stringify(YOUTH_TEMPLATE.steps),
    })
    .execute();

  await seedClientMeasures(ctx, Object.values(providers));
}

/**
 * Work activity paths, benefit decisions, a group and a social rehabilitation period around `today`
 * (the demo is made with the real date, so that it looks current whenever it is started).
 */
export async function seedClientMeasures(
  ctx: DemoContext,
  providerIds: string[],
  today = systemClock.today(),
): Promise<void> {
  const { db } = ctx;
  const clients = (
    await db
      .selectFrom('client')
      .select('id')
      .where('unit_id', '=', ctx.unitId)
      .where('id', '!=', ctx.demoClientId)
      .orderBy(sql`id`)
      .limit(12)
      .execute()
  ).map((c) => c.id);
  if (clients.length === 0) return;

  const counsellor = ctx.users.sosiaaliohjaaja;
  const worker = ctx.users.sosiaalityontekija;
  const handler = ctx.users.etuuskasittelija;

  // Work activity paths in different phases; active ones have attendance for the last two months.
  const phases = ['activation-plan', 'activity', 'activity', 'interim', 'ended'] as const;
  for (const [i, phase] of phases.entries()) {
    const clientId = clients[i % clients.length];
    const path = await db
      .insertInto('work_activity_path')
      .values({
        client_id: clientId,
        unit_id: ctx.unitId,
        counsellor_id: counsellor,
        created_by: counsellor,
        plan_id: null,
        status: phase === 'ended' ? 'ended' : 'open',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const step = (
      kind: 'situation-assessment' | 'activation-plan' | 'interim-evaluation' | 'end',
      date: string,
      details: Record<string, unknown>,
      participants: string,
    ) =>
      db
        .insertInto('work_activity_step')
        .values({
          path_id: path.id,
          kind,
          step_date: date,
          participants,
          details: JSON.stringify(details),
          created_by: counsellor,
        })
        .execute();
    const start = addDays(today, -70 + i * 3);
    await step(
      'situation-assessment',
      addDays(start, -21),
      { summary: 'Kokonaisvaltainen tilannearvio tehty yhdessä.' },
      'asiakas, sosiaaliohjaaja',
    );
    await step(
      'activation-plan',
      addDays(start, -14),
      {
        employmentWorker: 'TE-asiantuntija Malli',
        need: 'Päivärytmi ja työkyvyn arviointi',
        suitablePlacement: 'Käytännön työt pienessä ryhmässä',
      },
      'asiakas, TE-palvelut: TE-asiantuntija Malli, sosiaaliohjaaja',
    );
    if (phase === 'activation-plan') continue;
    // i - 1: the first provider (Työpaja Verstas, demo account `tyotoiminta`) gets an active agreement.
    const agreement = await db
      .insertInto('work_activity_agreement')
      .values({
        path_id: path.id,
        client_id: clientId,
        provider_id: providerIds[(i - 1) % providerIds.length],
        start_date: start,
        end_date: addDays(start, 180),
        days_per_week: 3,
        hours_per_day: 5,
        goals: 'Säännöllinen päivärytmi ja työtaitojen vahvistuminen',
        tasks: 'Pajan työt ohjatusti',
        interim_evaluation_date: addDays(start, 90),
        supervisor_name: null,
        created_by: counsellor,
        status: phase === 'ended' ? 'ended' : 'active',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let n = 0;
    for (let d = start; d < today; d = addDays(d, 1)) {
      if (!isWorkingDay(d) || ![1, 3, 5].includes(dayOfWeek(d))) continue;
      const absent = ++n % 9 === 0;
      await db
        .insertInto('work_activity_attendance')
        .values({
          agreement_id: agreement.id,
          client_id: clientId,
          day: d,
          attended: !absent,
          hours: absent ? 0 : 5,
          absence_reason: absent ? 'sick' : null,
          absence_note: null,
          entered_by: counsellor,
          // Older absences were told to employment services the next morning.
          te_informed_at: absent && d < addDays(today, -7) ? new Date(`${addDays(d, 1)}T07:00:00Z`) : null,
          te_informed_by: null,
        })
        .execute();
    }
    if (phase === 'interim' || phase === 'ended')
      await step(
        'interim-evaluation',
        addDays(start, 30),
        {
          feedback: 'Sujunut hyvin.',
          selfAssessment: [{ goal: 'Säännöllinen päivärytmi', rating: 4, comment: null }],
          decision: 'continue',
        },
        'asiakas, sosiaaliohjaaja, työpaikkaohjaaja',
      );
    if (phase === 'ended')
      await step(
        'end',
        addDays(today, -3),
        {
          endType: 'ended',
          reasonCode: 'education',
          finalEvaluation: 'Tavoitteet saavutettiin.',
          followOnPlan: 'Ammatillinen koulutus syksyllä.',
        },
        'asiakas, sosiaaliohjaaja',
      );
  }

  // Benefit decisions over the last six months, some late.
  const roleOf: Record<string, 'benefit-handler' | 'social-worker' | 'social-counsellor'> = {
    [handler]: 'benefit-handler',
    [worker]: 'social-worker',
    [counsellor]: 'social-counsellor',
  };
  for (let k = 0; k < 36; k++) {
    const complete = addWorkingDays(addDays(today, -180 + k * 5), 0);
    const days = k % 7 === 0 ? 9 : (k % 6) + 1;
    const decision = addWorkingDays(complete, days);
    if (decision >= today) continue;
    const maker = [handler, handler, worker, counsellor][k % 4];
    await db
      .insertInto('benefit_application')
      .values({
        client_id: clients[k % clients.length],
        unit_id: ctx.unitId,
        kind: k % 5 === 0 ? 'preventive' : 'supplementary',
        received_date: addDays(complete, -(k % 3)),
        complete_date: complete,
        urgent: k % 11 === 0,
        decision_date: decision,
        decision_maker_id: maker,
        professional_group: roleOf[maker],
        outcome: k % 8 === 0 ? 'rejected' : 'granted',
        created_by: handler,
      })
      .execute();
  }
  await db
    .insertInto('benefit_application')
    .values({
      client_id: clients[0],
      unit_id: ctx.unitId,
      kind: 'supplementary',
      received_date: addDays(today, -6),
      complete_date: addWorkingDays(addDays(today, -6), 0),
      urgent: false,
      decision_date: null,
      decision_maker_id: null,
      professional_group: null,
      outcome: null,
      created_by: handler,
    })
    .execute();

  // A group of six weekly sessions, three held.
  const group = await db
    .insertInto('group_work')
    .values({
      unit_id: ctx.unitId,
      name: 'Arjen voimavarat',
      target_group: 'Pitkään työttömänä olleet aikuiset',
      description:
        'Kuusi kahden tunnin tapaamista: arki, talous, terveys, verkostot, tulevaisuus ja päättäjätapaaminen.',
      status: 'active',
      created_by: worker,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('group_leader')
    .values([
      { group_id: group.id, user_id: worker, name: 'Sanna Sosiaalityöntekijä', kind: 'staff' },
      {
        group_id: group.id,
        user_id: ctx.users.kokemusasiantuntija,
        name: 'Kaisa Kokemusasiantuntija',
        kind: 'expert-by-experience',
      },
    ])
    .execute();
  const first = addDays(today, -21);
  const sessionIds: string[] = [];
  for (let s = 0; s < 6; s++) {
    const row = await db
      .insertInto('group_session')
      .values({
        group_id: group.id,
        session_no: s + 1,
        session_date: addDays(first, s * 7),
        start_time: '10:00',
        duration_minutes: 120,
        is_closing: s === 5,
        topic: [
          'Tutustuminen ja ryhmän säännöt',
          'Arki ja talous',
          'Terveys ja hyvinvointi',
          'Verkostokartta',
          'Tulevaisuuden muistelu',
          'Päättäjätapaaminen',
        ][s],
        guests: null,
        notes: s < 3 ? 'Käytiin läpi päivän teema, keskustelu oli vilkasta.' : null,
        held: s < 3,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    sessionIds.push(row.id);
  }
  for (const [j, clientId] of clients.slice(0, 4).entries()) {
    const member = await db
      .insertInto('group_member')
      .values({
        group_id: group.id,
        client_id: clientId,
        plan_id: null,
        status: 'joined',
        invited_on: addDays(first, -14),
        confidentiality_accepted_on: first,
        notes_consent: j % 2 === 0,
        notes_consent_on: j % 2 === 0 ? first : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let s = 0; s < 3; s++)
      await db
        .insertInto('group_attendance')
        .values({ session_id: sessionIds[s], member_id: member.id, present: (j + s) % 4 !== 3 })
        .execute();
  }
  for (let s = 0; s < 3; s++)
    await db
      .insertInto('group_session_feedback')
      .values([
        {
          session_id: sessionIds[s],
          met_expectations: 'yes',
          thoughts: 'Hyvä porukka ja kahvit.',
          wishes: null,
          submitted_on: addDays(first, s * 7),
        },
        {
          session_id: sessionIds[s],
          met_expectations: 'partly',
          thoughts: null,
          wishes: 'Enemmän aikaa keskustelulle.',
          submitted_on: addDays(first, s * 7),
        },
      ])
      .execute();

  // A social rehabilitation period with start interview and contacts.
  const srClient = clients[Math.min(1, clients.length - 1)];
  const period = await db
    .insertInto('social_rehab_period')
    .values({
      client_id: srClient,
      unit_id: ctx.unitId,
      plan_id: null,
      counsellor_id: counsellor,
      start_date: addDays(today, -42),
      end_date: addDays(today, 49),
      hours_per_week: 4,
      activities: JSON.stringify(['daily-skills', 'services', 'peer-group']),
      created_by: counsellor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('social_rehab_interview')
    .values({
      period_id: period.id,
      phase: 'start',
      interview_date: addDays(today, -42),
      answers: JSON.stringify(Object.fromEntries(INTERVIEW_QUESTIONS.map((q, i) => [q.key, 1 + (i % 3)]))),
      notes: null,
      created_by: counsellor,
    })
    .execute();
  for (let w = 0; w < 6; w++) {
    await db
      .insertInto('social_rehab_contact')
      .values({
        period_id: period.id,
        kind: w % 2 ? 'phone' : 'home-visit',
        contact_date: addDays(today, -40 + w * 7),
        minutes: w % 2 ? 45 : 180,
        notes: null,
        created_by: counsellor,
      })
      .execute();
  }
}
