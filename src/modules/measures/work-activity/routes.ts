// Rehabilitative work activity (kuntouttava työtoiminta): providers register, each client's path,
// agreements, attendance (seurantalomake), provider accounts and the expense allowance list.
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { todayInFinland } from '../../client-work/index.js';
import { clientFirstName, clientLastName, organisationIdsOf, toCsv } from './common.js';
import { centsToEuroText, DEFAULT_ALLOWANCE_CENTS, monthlyAllowance, monthRange } from './allowance.js';
import {
  agreement,
  agreementBody,
  attendanceBody,
  attendanceRow,
  isoDate,
  month,
  path,
  provider,
  providerBody,
  stepBody,
  END_REASON_LABELS,
  END_REASONS,
} from './schemas.js';
import {
  allowanceRate,
  assertOpen,
  listAttendance,
  loadAgreements,
  loadPaths,
  recordAttendance,
  requirePath,
} from './service.js';
import { assertProviderMember, providerAgreementsFor, providersOfUser } from './provider-access.js';
import './my-work.js';

const PURPOSE = 'kuntouttava työtoiminta';
const clientParams = z.object({ clientId: z.string().uuid() });
const pathParams = clientParams.extend({ pathId: z.string().uuid() });
const agreementParams = clientParams.extend({ agreementId: z.string().uuid() });
const tags = ['work-activity'];

export default async function workActivityRoutes(app: App) {
  const db = app.db;

  // ---------- providers register ----------
  const providerSelect = () =>
    db
      .selectFrom('work_activity_provider as p')
      .select([
        'p.id',
        'p.name',
        'p.address',
        'p.tasks_offered as tasksOffered',
        'p.contact_person as contactPerson',
        'p.contact_phone as contactPhone',
        'p.public_transport as publicTransport',
        'p.capacity',
        'p.is_active as isActive',
        'p.version',
        sql<number>`(select count(*) from work_activity_agreement a where a.provider_id = p.id and a.status = 'active')::int`.as(
          'activeAgreements',
        ),
      ]);

  app.get(
    '/api/work-activity/providers',
    {
      config: { action: 'workActivity.providers.read' },
      schema: {
        tags,
        summary: 'Providers register of the user’s organisations',
        querystring: z.object({ active: z.enum(['true', 'false']).optional() }),
        response: {
          200: z.object({
            providers: z.array(provider),
            endReasons: z.array(
              z.object({ code: z.string(), label: z.object({ fi: z.string(), sv: z.string(), en: z.string() }) }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const orgIds = await organisationIdsOf(db, request.access.unitIds);
      let q = providerSelect()
        .where('p.organisation_id', 'in', orgIds.length ? orgIds : ['00000000-0000-0000-0000-000000000000'])
        .orderBy('p.name');
      if (request.query.active) q = q.where('p.is_active', '=', request.query.active === 'true');
      return {
        providers: await q.execute(),
        endReasons: END_REASONS.map((code) => ({ code, label: END_REASON_LABELS[code] })),
      };
    },
  );

  app.post(
    '/api/work-activity/providers',
    {
      config: { action: 'workActivity.providers.manage' },
      schema: { tags, summary: 'Add a provider', body: providerBody, response: { 201: z.object({ provider }) } },
    },
    async (request, reply) => {
      const [orgId] = await organisationIdsOf(db, request.access.unitIds);
      if (!orgId) throw errors.forbidden();
      const b = request.body;
      const id = await db.transaction().execute(async (trx) => {
        const dup = await trx
          .selectFrom('work_activity_provider')
          .select('id')
          .where('organisation_id', '=', orgId)
          .where('name', '=', b.name)
          .executeTakeFirst();
        if (dup)
          throw errors.field('name', {
            fi: 'Samanniminen järjestäjä on jo rekisterissä.',
            sv: 'En anordnare med samma namn finns redan.',
            en: 'A provider with this name exists already.',
          });
        const row = await trx
          .insertInto('work_activity_provider')
          .values({
            organisation_id: orgId,
            name: b.name,
            address: b.address,
            tasks_offered: b.tasksOffered,
            contact_person: b.contactPerson,
            contact_phone: b.contactPhone,
            public_transport: b.publicTransport,
            capacity: b.capacity,
            is_active: b.isActive,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'workActivity.provider.create',
          subjectType: 'work_activity_provider',
          subjectId: row.id,
          purpose: PURPOSE,
        });
        return row.id;
      });
      return reply
        .status(201)
        .send({ provider: await providerSelect().where('p.id', '=', id).executeTakeFirstOrThrow() });
    },
  );

  app.patch(
    '/api/work-activity/providers/:providerId',
    {
      config: { action: 'workActivity.providers.manage' },
      schema: {
        tags,
        summary: 'Edit a provider (version check)',
        params: z.object({ providerId: z.string().uuid() }),
        body: providerBody.partial().extend({ version: z.number().int() }),
        response: { 200: z.object({ provider }) },
      },
    },
    async (request) => {
      const orgIds = await organisationIdsOf(db, request.access.unitIds);
      const { version, ...b } = request.body;
      await db.transaction().execute(async (trx) => {
        const current = await trx
          .selectFrom('work_activity_provider')
          .select(['version', 'organisation_id'])
          .where('id', '=', request.params.providerId)
          .executeTakeFirst();
        if (!current || !orgIds.includes(current.organisation_id)) throw errors.notFound();
        const updated = await trx
          .updateTable('work_activity_provider')
          .set({
            ...(b.name !== undefined ? { name: b.name } : {}),
            ...(b.address !== undefined ? { address: b.address } : {}),
            ...(b.tasksOffered !== undefined ? { tasks_offered: b.tasksOffered } : {}),
            ...(b.contactPerson !== undefined ? { contact_person: b.contactPerson } : {}),
            ...(b.contactPhone !== undefined ? { contact_phone: b.contactPhone } : {}),
            ...(b.publicTransport !== undefined ? { public_transport: b.publicTransport } : {}),
            ...(b.capacity !== undefined ? { capacity: b.capacity } : {}),
            ...(b.isActive !== undefined ? { is_active: b.isActive } : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', request.params.providerId)
          .where('version', '=', version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'workActivity.provider.update',
          subjectType: 'work_activity_provider',
          subjectId: request.params.providerId,
          purpose: PURPOSE,
        });
      });
      return {
        provider: await providerSelect().where('p.id', '=', request.params.providerId).executeTakeFirstOrThrow(),
      };
    },
  );

  // ---------- a client's paths ----------
  app.get(
    '/api/work-activity/clients/:clientId/paths',
    {
      config: { action: 'workActivity.read' },
      schema: {
        tags,
        summary: 'A client’s rehabilitative work activity paths, with steps, agreements and the current phase',
        params: clientParams,
        querystring: z.object({ planId: z.string().uuid().optional() }),
        response: { 200: z.object({ paths: z.array(path) }) },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      let paths = await loadPaths(db, clientId, todayInFinland());
      if (request.query.planId) paths = paths.filter((p) => p.planId === request.query.planId);
      await audit(db, {
        actor: request.actor(),
        action: 'workActivity.read',
        clientId,
        subjectType: 'work_activity_path',
        purpose: PURPOSE,
      });
      return { paths };
    },
  );

  app.post(
    '/api/work-activity/clients/:clientId/paths',
    {
      config: { action: 'workActivity.write' },
      schema: {
        tags,
        summary: 'Start a rehabilitative work activity path for a client',
        params: clientParams,
        body: z.object({ counsellorId: z.string().uuid().nullish(), planId: z.string().uuid().nullish() }),
        response: { 201: z.object({ path }) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params;
      const unitId = request.access.clientUnitId!;
      const counsellorId = request.body.counsellorId ?? request.user!.id;
      const id = await db.transaction().execute(async (trx) => {
        const worker = await trx
          .selectFrom('user_role')
          .select('user_id')
          .where('user_id', '=', counsellorId)
          .where('unit_id', '=', unitId)
          .where('role', 'in', ['sosiaaliohjaaja', 'sosiaalityontekija'])
          .executeTakeFirst();
        if (!worker)
          throw errors.field('counsellorId', {
            fi: 'Valitse yksikön sosiaaliohjaaja tai sosiaalityöntekijä.',
            sv: 'Välj en socionom eller socialarbetare i enheten.',
            en: 'Choose a counsellor or social worker of the unit.',
          });
        const row = await trx
          .insertInto('work_activity_path')
          .values({
            client_id: clientId,
            unit_id: unitId,
            plan_id: request.body.planId ?? null,
            counsellor_id: counsellorId,
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'workActivity.path.create',
          clientId,
          subjectType: 'work_activity_path',
          subjectId: row.id,
          purpose: PURPOSE,
        });
        return row.id;
      });
      const [created] = await loadPaths(db, clientId, todayInFinland(), id);
      return reply.status(201).send({ path: created });
    },
  );

  app.post(
    '/api/work-activity/clients/:clientId/paths/:pathId/steps',
    {
      config: { action: 'workActivity.write' },
      schema: {
        tags,
        summary:
          'Record a step of the path (situation assessment, activation plan, evaluation visit, interim evaluation, end)',
        params: pathParams,
        body: stepBody,
        response: { 201: z.object({ path }) },
      },
    },
    async (request, reply) => {
      const { clientId, pathId } = request.params;
      const b = request.body;
      await db.transaction().execute(async (trx) => {
        const p = await requirePath(trx, clientId, pathId);
        assertOpen(p);
        const kinds = (
          await trx.selectFrom('work_activity_step').select('kind').where('path_id', '=', pathId).execute()
        ).map((s) => s.kind);
        const hasAgreement = !!(await trx
          .selectFrom('work_activity_agreement')
          .select('id')
          .where('path_id', '=', pathId)
          .executeTakeFirst());
        if ((b.kind === 'interim-evaluation' || b.kind === 'evaluation-visit') && !hasAgreement)
          throw errors.field('kind', {
            fi: 'Tee ensin toimintasuunnitelma ja sopimus.',
            sv: 'Gör först verksamhetsplan och avtal.',
            en: 'Make the activity plan and agreement first.',
          });
        if (b.kind === 'activation-plan' && kinds.includes('activation-plan') && hasAgreement)
          throw errors.field('kind', {
            fi: 'Aktivointisuunnitelma on jo tehty.',
            sv: 'Aktiveringsplanen är redan gjord.',
            en: 'The activation plan exists already.',
          });
        const { kind, date, ...rest } = b;
        const participants = 'participants' in rest ? (rest.participants ?? null) : null;
        const details: Record<string, unknown> = { ...rest };
        delete details.participants;
        let participantText = participants;
        if (b.kind === 'activation-plan') {
          // Present by rule: client, employment-services worker, counsellor, optional work planner.
          participantText = [
            'asiakas',
            `TE-palvelut: ${b.employmentWorker}`,
            'sosiaaliohjaaja',
            b.workPlanner ? `työsuunnittelija: ${b.workPlanner}` : null,
          ]
            .filter(Boolean)
            .join(', ');
        }
        if (b.kind === 'evaluation-visit')
          participantText = ['asiakas', 'sosiaaliohjaaja', b.supervisor ? `ohjaaja: ${b.supervisor}` : null]
            .filter(Boolean)
            .join(', ');
        const step = await trx
          .insertInto('work_activity_step')
          .values({
            path_id: pathId,
            kind,
            step_date: date,
            participants: participantText,
            details: JSON.stringify(details),
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (b.kind === 'end') {
          await trx
            .updateTable('work_activity_path')
            .set({ status: 'ended', version: sql`version + 1`, updated_at: sql`now()` })
            .where('id', '=', pathId)
            .execute();
          await trx
            .updateTable('work_activity_agreement')
            .set({ status: 'ended', version: sql`version + 1`, updated_at: sql`now()` })
            .where('path_id', '=', pathId)
            .execute();
        }
        await audit(trx, {
          actor: request.actor(),
          action: `workActivity.step.${kind}`,
          clientId,
          subjectType: 'work_activity_step',
          subjectId: step.id,
          purpose: PURPOSE,
        });
      });
      const [updated] = await loadPaths(db, clientId, todayInFinland(), pathId);
      return reply.status(201).send({ path: updated });
    },
  );

  app.post(
    '/api/work-activity/clients/:clientId/paths/:pathId/agreements',
    {
      config: { action: 'workActivity.write' },
      schema: {
        tags,
        summary: 'Activity plan and agreement between provider and client',
        params: pathParams,
        body: agreementBody,
        response: { 201: z.object({ agreement }) },
      },
    },
    async (request, reply) => {
      const { clientId, pathId } = request.params;
      const b = request.body;
      if (b.endDate < b.startDate)
        throw errors.field('endDate', {
          fi: 'Päättymispäivä ei voi olla ennen alkamispäivää.',
          sv: 'Slutdatum kan inte vara före startdatum.',
          en: 'The end date cannot be before the start date.',
        });
      if (b.interimEvaluationDate && (b.interimEvaluationDate < b.startDate || b.interimEvaluationDate > b.endDate))
        throw errors.field('interimEvaluationDate', {
          fi: 'Väliarvioinnin on oltava sopimuskauden aikana.',
          sv: 'Mellanutvärderingen ska ligga inom avtalsperioden.',
          en: 'The interim evaluation must be within the agreement period.',
        });
      const id = await db.transaction().execute(async (trx) => {
        const p = await requirePath(trx, clientId, pathId);
        assertOpen(p);
        const plan = await trx
          .selectFrom('work_activity_step')
          .select('id')
          .where('path_id', '=', pathId)
          .where('kind', '=', 'activation-plan')
          .executeTakeFirst();
        if (!plan)
          throw errors.field('providerId', {
            fi: 'Tee ensin aktivointisuunnitelma.',
            sv: 'Gör först aktiveringsplanen.',
            en: 'Make the activation plan first.',
          });
        const orgIds = await organisationIdsOf(trx, [p.unit_id]);
        const prov = await trx
          .selectFrom('work_activity_provider')
          .select(['id', 'is_active'])
          .where('id', '=', b.providerId)
          .where('organisation_id', 'in', orgIds)
          .executeTakeFirst();
        if (!prov || !prov.is_active)
          throw errors.field('providerId', {
            fi: 'Valitse aktiivinen järjestäjä rekisteristä.',
            sv: 'Välj en aktiv anordnare i registret.',
            en: 'Choose an active provider from the register.',
          });
        const row = await trx
          .insertInto('work_activity_agreement')
          .values({
            path_id: pathId,
            client_id: clientId,
            provider_id: b.providerId,
            start_date: b.startDate,
            end_date: b.endDate,
            days_per_week: b.daysPerWeek,
            hours_per_day: b.hoursPerDay,
            goals: b.goals,
            tasks: b.tasks,
            interim_evaluation_date: b.interimEvaluationDate,
            supervisor_name: b.supervisorName,
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'workActivity.agreement.create',
          clientId,
          subjectType: 'work_activity_agreement',
          subjectId: row.id,
          purpose: PURPOSE,
        });
        return row.id;
      });
      const [row] = await loadAgreements(db, { agreementIds: [id] });
      const { clientId: _c, ...a } = row;
      return reply.status(201).send({ agreement: a });
    },
  );

  // ---------- attendance (counsellor) ----------
  const requireClientAgreement = async (clientId: string, agreementId: string) => {
    const a = await db
      .selectFrom('work_activity_agreement')
      .select('id')
      .where('id', '=', agreementId)
      .where('client_id', '=', clientId)
      .executeTakeFirst();
    if (!a) throw errors.notFound();
  };

  app.get(
    '/api/work-activity/clients/:clientId/agreements/:agreementId/attendance',
    {
      config: { action: 'workActivity.read' },
      schema: {
        tags,
        summary: 'Attendance of an agreement (days and hours), optionally for one month',
        params: agreementParams,
        querystring: z.object({ month: month.optional() }),
        response: { 200: z.object({ attendance: z.array(attendanceRow) }) },
      },
    },
    async (request) => {
      const { clientId, agreementId } = request.params;
      await requireClientAgreement(clientId, agreementId);
      const range = request.query.month ? monthRange(request.query.month) : undefined;
      const attendance = await listAttendance(db, agreementId, range?.from, range?.to);
      await audit(db, {
        actor: request.actor(),
        action: 'workActivity.attendance.read',
        clientId,
        subjectType: 'work_activity_agreement',
        subjectId: agreementId,
        purpose: PURPOSE,
      });
      return { attendance };
    },
  );

  app.put(
    '/api/work-activity/clients/:clientId/agreements/:agreementId/attendance/:day',
    {
      config: { action: 'workActivity.write' },
      schema: {
        tags,
        summary: 'Record one day of attendance or absence (an absence creates a task for the counsellor)',
        params: agreementParams.extend({ day: isoDate }),
        body: attendanceBody,
        response: { 200: z.object({ id: z.string().uuid(), taskId: z.string().uuid().nullable() }) },
      },
    },
    async (request) => {
      const { clientId, agreementId, day } = request.params;
      await requireClientAgreement(clientId, agreementId);
      return db.transaction().execute(async (trx) => {
        const r = await recordAttendance(trx, agreementId, day, request.body, request.user!.id);
        await audit(trx, {
          actor: request.actor(),
          action: 'workActivity.attendance.write',
          clientId,
          subjectType: 'work_activity_attendance',
          subjectId: r.id,
          purpose: PURPOSE,
        });
        return { id: r.id, taskId: r.taskId };
      });
    },
  );

  app.post(
    '/api/work-activity/clients/:clientId/attendance/:attendanceId/te-informed',
    {
      config: { action: 'workActivity.write' },
      schema: {
        tags,
        summary: 'Mark that employment services (TE) were told about an absence; closes the absence task',
        params: clientParams.extend({ attendanceId: z.string().uuid() }),
        response: { 200: z.object({ teInformedAt: z.string() }) },
      },
    },
    async (request) => {
      const { clientId, attendanceId } = request.params;
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('work_activity_attendance')
          .set({ te_informed_at: sql`now()`, te_informed_by: request.user!.id, version: sql`version + 1` })
          .where('id', '=', attendanceId)
          .where('client_id', '=', clientId)
          .where('attended', '=', false)
          .returning(sql<string>`to_char(te_informed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('at'))
          .executeTakeFirst();
        if (!row) throw errors.notFound();
        await trx
          .updateTable('task')
          .set({ done_at: sql`now()`, done_by: request.user!.id, version: sql`version + 1` })
          .where('source_type', '=', 'work_activity_attendance')
          .where('source_id', '=', attendanceId)
          .where('done_at', 'is', null)
          .execute();
        await audit(trx, {
          actor: request.actor(),
          action: 'workActivity.attendance.teInformed',
          clientId,
          subjectType: 'work_activity_attendance',
          subjectId: attendanceId,
          purpose: PURPOSE,
        });
        return { teInformedAt: row.at };
      });
    },
  );

  // ---------- provider accounts ----------
  const portalAgreement = z.object({
    id: z.string().uuid(),
    providerName: z.string(),
    /** First name and last-name initial only: the provider needs no more. */
    participant: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    daysPerWeek: z.number(),
    hoursPerDay: z.number(),
    tasks: z.string().nullable(),
    status: z.enum(['active', 'ended']),
  });

  // The web app asks this after login: a user with no unit role who is linked to a provider
  // lands on the provider page. No client data, so nothing to audit.
  app.get(
    '/api/work-activity/provider/me',
    {
      config: { action: 'workActivity.providerPortal.use' },
      schema: {
        tags,
        summary: 'Provider account: the providers the user is linked to (empty for others)',
        response: { 200: z.object({ providers: z.array(z.object({ id: z.string().uuid(), name: z.string() })) }) },
      },
    },
    async (request) => ({ providers: await providersOfUser(db, request.user!.id) }),
  );

  app.get(
    '/api/work-activity/provider/agreements',
    {
      config: { action: 'workActivity.providerPortal.use' },
      schema: {
        tags,
        summary: 'Provider account: its own participants’ agreements',
        response: { 200: z.object({ agreements: z.array(portalAgreement) }) },
      },
    },
    async (request) => {
      const rows = await providerAgreementsFor(db, request.user!.id);
      if (rows.length)
        await audit(
          db,
          rows.map((r) => ({
            actor: request.actor(),
            action: 'workActivity.providerPortal.read',
            clientId: r.clientId,
            subjectType: 'work_activity_agreement',
            subjectId: r.id,
            purpose: PURPOSE,
          })),
        );
      return { agreements: rows.map(({ clientId: _c, ...r }) => r) };
    },
  );

  app.get(
    '/api/work-activity/provider/agreements/:agreementId/attendance',
    {
      config: { action: 'workActivity.providerPortal.use' },
      schema: {
        tags,
        summary: 'Provider account: attendance of one of its agreements',
        params: z.object({ agreementId: z.string().uuid() }),
        querystring: z.object({ month: month.optional() }),
        response: {
          200: z.object({ attendance: z.array(attendanceRow.omit({ teInformedAt: true, absenceNote: true })) }),
        },
      },
    },
    async (request) => {
      const a = await assertProviderMember(db, request, request.params.agreementId);
      const range = request.query.month ? monthRange(request.query.month) : undefined;
      const rows = await listAttendance(db, a.id, range?.from, range?.to);
      await audit(db, {
        actor: request.actor(),
        action: 'workActivity.providerPortal.attendance.read',
        clientId: a.client_id,
        subjectType: 'work_activity_agreement',
        subjectId: a.id,
        purpose: PURPOSE,
      });
      return { attendance: rows.map(({ teInformedAt: _t, absenceNote: _n, ...r }) => r) };
    },
  );

  app.put(
    '/api/work-activity/provider/agreements/:agreementId/attendance/:day',
    {
      config: { action: 'workActivity.providerPortal.use' },
      schema: {
        tags,
        summary: 'Provider account: record one day of attendance or absence',
        params: z.object({ agreementId: z.string().uuid(), day: isoDate }),
        body: attendanceBody,
        response: { 200: z.object({ id: z.string().uuid() }) },
      },
    },
    async (request) => {
      const a = await assertProviderMember(db, request, request.params.agreementId);
      return db.transaction().execute(async (trx) => {
        const r = await recordAttendance(trx, a.id, request.params.day, request.body, request.user!.id);
        await audit(trx, {
          actor: request.actor(),
          action: 'workActivity.providerPortal.attendance.write',
          clientId: a.client_id,
          subjectType: 'work_activity_attendance',
          subjectId: r.id,
          purpose: PURPOSE,
        });
        return { id: r.id };
      });
    },
  );

  // ---------- expense allowance ----------
  const allowanceRow = z.object({
    clientId: z.string().uuid(),
    clientName: z.string(),
    attendedDays: z.number(),
    hours: z.number(),
    cents: z.number(),
  });

  async function allowanceList(unitIds: string[], m: string) {
    const orgIds = await organisationIdsOf(db, unitIds);
    const { from, to } = monthRange(m);
    const rows = unitIds.length
      ? await db
          .selectFrom('work_activity_attendance as t')
          .innerJoin('client', 'client.id', 't.client_id')
          .select([
            't.client_id as clientId',
            't.day',
            't.attended',
            sql<number>`t.hours::float8`.as('hours'),
            clientFirstName.as('firstName'),
            clientLastName.as('lastName'),
          ])
          .where('client.unit_id', 'in', unitIds)
          .where('t.day', '>=', from)
          .where('t.day', '<=', to)
          .execute()
      : [];
    // One organisation per installation is the usual case; with several, the first unit's rate applies.
    const rate = orgIds.length ? await allowanceRate(db, orgIds[0], DEFAULT_ALLOWANCE_CENTS) : DEFAULT_ALLOWANCE_CENTS;
    const names = new Map(rows.map((r) => [r.clientId, `${r.lastName} ${r.firstName}`.trim()]));
    const list = monthlyAllowance(rows, m, rate).map((r) => ({ ...r, clientName: names.get(r.clientId) ?? '' }));
    list.sort((a, b) => a.clientName.localeCompare(b.clientName, 'fi'));
    return { rate, list };
  }

  app.get(
    '/api/work-activity/allowances',
    {
      config: { action: 'workActivity.allowance.read' },
      schema: {
        tags,
        summary: 'Monthly expense allowance list per client (attended days × rate, integer cents)',
        querystring: z.object({ month }),
        response: {
          200: z.object({
            month: z.string(),
            rateCents: z.number(),
            rows: z.array(allowanceRow),
            totalCents: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const { rate, list } = await allowanceList(request.access.unitIds, request.query.month);
      if (list.length)
        await audit(
          db,
          list.map((r) => ({
            actor: request.actor(),
            action: 'workActivity.allowance.read',
            clientId: r.clientId,
            subjectType: 'work_activity_allowance',
            subjectId: request.query.month,
            purpose: 'kulukorvauksen maksatus',
          })),
        );
      return {
        month: request.query.month,
        rateCents: rate,
        rows: list,
        totalCents: list.reduce((s, r) => s + r.cents, 0),
      };
    },
  );

  app.get(
    '/api/work-activity/allowances.csv',
    {
      config: { action: 'workActivity.allowance.read' },
      schema: {
        tags,
        summary: 'Monthly expense allowance list as CSV (semicolon-separated, euros with comma)',
        querystring: z.object({ month }),
      },
    },
    async (request, reply) => {
      const m = request.query.month;
      const { rate, list } = await allowanceList(request.access.unitIds, m);
      if (list.length)
        await audit(
          db,
          list.map((r) => ({
            actor: request.actor(),
            action: 'workActivity.allowance.export',
            clientId: r.clientId,
            subjectType: 'work_activity_allowance',
            subjectId: m,
            purpose: 'kulukorvauksen maksatus',
          })),
        );
      const total = list.reduce((s, r) => s + r.cents, 0);
      const csv = toCsv([
        [
          'Kuukausi',
          'Asiakas',
          'Asiakkaan tunniste',
          'Läsnäolopäivät',
          'Tunnit',
          'Korvaus/päivä (€)',
          'Yhteensä (€)',
          'Yhteensä (snt)',
        ],
        ...list.map((r) => [
          m,
          r.clientName,
          r.clientId,
          r.attendedDays,
          String(r.hours).replace('.', ','),
          centsToEuroText(rate),
          centsToEuroText(r.cents),
          r.cents,
        ]),
        [m, 'Yhteensä', '', list.reduce((s, r) => s + r.attendedDays, 0), '', '', centsToEuroText(total), total],
      ]);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="kulukorvaus-${m}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/work-activity/settings',
    {
      config: { action: 'workActivity.allowance.read' },
      schema: {
        tags,
        summary: 'Expense allowance rate of the user’s organisation',
        response: { 200: z.object({ allowanceCents: z.number(), version: z.number() }) },
      },
    },
    async (request) => {
      const [orgId] = await organisationIdsOf(db, request.access.unitIds);
      const row = orgId
        ? await db
            .selectFrom('work_activity_setting')
            .select(['allowance_cents', 'version'])
            .where('organisation_id', '=', orgId)
            .executeTakeFirst()
        : undefined;
      return { allowanceCents: row?.allowance_cents ?? DEFAULT_ALLOWANCE_CENTS, version: row?.version ?? 0 };
    },
  );

  app.put(
    '/api/work-activity/settings',
    {
      config: { action: 'workActivity.settings.manage' },
      schema: {
        tags,
        summary: 'Set the expense allowance per attended day (cents) for the organisation (version 0 = first time)',
        body: z.object({ allowanceCents: z.number().int().min(0).max(100000), version: z.number().int().min(0) }),
        response: { 200: z.object({ allowanceCents: z.number(), version: z.number() }) },
      },
    },
    async (request) => {
      const [orgId] = await organisationIdsOf(db, request.access.unitIds);
      if (!orgId) throw errors.forbidden();
      const { allowanceCents, version } = request.body;
      return db.transaction().execute(async (trx) => {
        const current = await trx
          .selectFrom('work_activity_setting')
          .select('version')
          .where('organisation_id', '=', orgId)
          .executeTakeFirst();
        if ((current?.version ?? 0) !== version) throw errors.conflict();
        const row = current
          ? await trx
              .updateTable('work_activity_setting')
              .set({ allowance_cents: allowanceCents, version: sql`version + 1`, updated_at: sql`now()` })
              .where('organisation_id', '=', orgId)
              .where('version', '=', version)
              .returning(['allowance_cents', 'version'])
              .executeTakeFirst()
          : await trx
              .insertInto('work_activity_setting')
              .values({ organisation_id: orgId, allowance_cents: allowanceCents })
              .returning(['allowance_cents', 'version'])
              .executeTakeFirst();
        if (!row) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'workActivity.settings.update',
          subjectType: 'organisation',
          subjectId: orgId,
          purpose: 'asetukset',
        });
        return { allowanceCents: row.allowance_cents, version: row.version };
      });
    },
  );
}
