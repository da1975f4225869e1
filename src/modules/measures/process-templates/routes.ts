// Process templates and their application to clients (the youth service process 18–24 first).
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { isoDate, optText, text } from '../work-activity/schemas.js';
import { organisationIdsOf } from '../work-activity/common.js';
import { processStatus, stepDueDates } from './process.js';
import type { TemplateRules, TemplateStep } from '../../../db/tables/process-templates.js';
import './my-work.js';

const tags = ['process-templates'];
const PURPOSE = 'asiakasprosessi';
const localized = z.object({ fi: text(200), sv: text(200), en: text(200) });
const rules = z.object({
  assessmentWithinMonths: z.number().int().min(1).max(12),
  minContacts: z.number().int().min(0).max(30),
  minFaceToFace: z.number().int().min(0).max(30),
  appointmentWorkingDays: z.number().int().min(0).max(60),
  followUpAfterMonths: z.number().int().min(0).max(24),
});
const stepSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/),
  title: localized,
  dueDaysFromStart: z.number().int().min(0).max(365),
});
const template = z.object({
  id: z.string().uuid(),
  name: z.string(),
  description: z.string().nullable(),
  ageMin: z.number().nullable(),
  ageMax: z.number().nullable(),
  rules,
  steps: z.array(stepSchema),
  isActive: z.boolean(),
  version: z.number(),
});
const clientParams = z.object({ clientId: z.string().uuid() });
const processParams = clientParams.extend({ processId: z.string().uuid() });
const processOut = z.object({
  id: z.string().uuid(),
  templateName: z.string(),
  workerName: z.string(),
  assignedByTeamOn: z.string(),
  requestedAppointmentOn: z.string().nullable(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  followUpDoneOn: z.string().nullable(),
  version: z.number(),
  checklist: z.array(
    z.object({
      key: z.string(),
      title: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
      dueDate: z.string(),
      doneOn: z.string().nullable(),
    }),
  ),
  contacts: z.array(
    z.object({ id: z.string().uuid(), date: z.string(), kind: z.enum(['face-to-face', 'phone', 'network']) }),
  ),
  status: z.object({
    assessmentDue: z.string(),
    contactsInWindow: z.number(),
    faceToFaceInWindow: z.number(),
    assessmentRuleMet: z.boolean(),
    appointmentDue: z.string().nullable(),
    appointmentMet: z.boolean().nullable(),
    followUpDue: z.string().nullable(),
  }),
});

export default async function processTemplateRoutes(app: App) {
  const db = app.db;
  const templateSelect = () =>
    db
      .selectFrom('process_template')
      .select([
        'id',
        'name',
        'description',
        'age_min as ageMin',
        'age_max as ageMax',
        'rules',
        'steps',
        'is_active as isActive',
        'version',
        'organisation_id',
      ]);

  app.get(
    '/api/process-templates',
    {
      config: { action: 'processTemplate.read' },
      schema: {
        tags,
        summary: 'Process templates of the user’s organisations',
        response: { 200: z.object({ templates: z.array(template) }) },
      },
    },
    async (request) => {
      const orgIds = await organisationIdsOf(db, request.access.unitIds);
      const rows = orgIds.length
        ? await templateSelect().where('organisation_id', 'in', orgIds).orderBy('name').execute()
        : [];
      return { templates: rows.map(({ organisation_id: _o, ...t }) => t) };
    },
  );

  app.post(
    '/api/process-templates',
    {
      config: { action: 'processTemplate.manage' },
      schema: {
        tags,
        summary: 'Create a template (e.g. the youth process adapted for another age group)',
        body: z.object({
          name: text(200),
          description: optText(),
          ageMin: z.number().int().min(0).max(120).nullish(),
          ageMax: z.number().int().min(0).max(120).nullish(),
          rules,
          steps: z.array(stepSchema).min(1).max(30),
        }),
        response: { 201: z.object({ template }) },
      },
    },
    async (request, reply) => {
      const [orgId] = await organisationIdsOf(db, request.access.unitIds);
      const b = request.body;
      if (b.ageMin != null && b.ageMax != null && b.ageMax < b.ageMin)
        throw errors.field('ageMax', {
          fi: 'Yläraja on pienempi kuin alaraja.',
          sv: 'Övre gränsen är lägre än den nedre.',
          en: 'The upper age is below the lower age.',
        });
      if (new Set(b.steps.map((s) => s.key)).size !== b.steps.length)
        throw errors.field('steps', {
          fi: 'Vaiheiden tunnisteiden on oltava yksilöllisiä.',
          sv: 'Stegens nycklar ska vara unika.',
          en: 'Step keys must be unique.',
        });
      const id = await db.transaction().execute(async (trx) => {
        const dup = await trx
          .selectFrom('process_template')
          .select('id')
          .where('organisation_id', '=', orgId)
          .where('name', '=', b.name)
          .executeTakeFirst();
        if (dup)
          throw errors.field('name', {
            fi: 'Samanniminen pohja on jo olemassa.',
            sv: 'En mall med samma namn finns redan.',
            en: 'A template with this name exists already.',
          });
        const row = await trx
          .insertInto('process_template')
          .values({
            organisation_id: orgId,
            name: b.name,
            description: b.description,
            age_min: b.ageMin ?? null,
            age_max: b.ageMax ?? null,
            rules: JSON.stringify(b.rules),
            steps: JSON.stringify(b.steps),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'processTemplate.create',
          subjectType: 'process_template',
          subjectId: row.id,
          purpose: 'asetukset',
        });
        return row.id;
      });
      const { organisation_id: _o, ...t } = await templateSelect().where('id', '=', id).executeTakeFirstOrThrow();
      return reply.status(201).send({ template: t });
    },
  );

  async function loadProcesses(clientId: string, processId?: string) {
    let q = db
      .selectFrom('client_process as p')
      .innerJoin('process_template as t', 't.id', 'p.template_id')
      .innerJoin('app_user as u', 'u.id', 'p.worker_id')
      .select([
        'p.id',
        't.name as templateName',
        't.rules',
        't.steps',
        'u.display_name as workerName',
        'p.assigned_by_team_on as assignedByTeamOn',
        'p.requested_appointment_on as requestedAppointmentOn',
        'p.started_on as startedOn',
        'p.ended_on as endedOn',
        'p.follow_up_done_on as followUpDoneOn',
        'p.version',
      ])
      .where('p.client_id', '=', clientId)
      .orderBy('p.started_on', 'desc');
    if (processId) q = q.where('p.id', '=', processId);
    const rows = await q.execute();
    const ids = rows.map((r) => r.id);
    const steps = ids.length
      ? await db.selectFrom('client_process_step').selectAll().where('process_id', 'in', ids).execute()
      : [];
    const contacts = ids.length
      ? await db
          .selectFrom('client_process_contact')
          .select(['id', 'process_id', 'contact_date as date', 'kind'])
          .where('process_id', 'in', ids)
          .orderBy('contact_date')
          .execute()
      : [];
    return rows.map(({ rules: r, steps: tSteps, ...p }) => {
      const own = contacts.filter((c) => c.process_id === p.id).map(({ process_id: _p, ...c }) => c);
      return {
        ...p,
        checklist: (tSteps as TemplateStep[]).map((s) => {
          const row = steps.find((x) => x.process_id === p.id && x.step_key === s.key);
          return { key: s.key, title: s.title, dueDate: row?.due_date ?? '', doneOn: row?.done_on ?? null };
        }),
        contacts: own,
        status: processStatus(p, own, r as TemplateRules),
      };
    });
  }

  app.get(
    '/api/process-templates/clients/:clientId/processes',
    {
      config: { action: 'clientProcess.read' },
      schema: {
        tags,
        summary: 'Processes applied to a client: checklist, contacts, rule status',
        params: clientParams,
        response: { 200: z.object({ processes: z.array(processOut) }) },
      },
    },
    async (request) => {
      const processes = await loadProcesses(request.params.clientId);
      await audit(db, {
        actor: request.actor(),
        action: 'clientProcess.read',
        clientId: request.params.clientId,
        subjectType: 'client_process',
        purpose: PURPOSE,
      });
      return { processes };
    },
  );

  app.post(
    '/api/process-templates/clients/:clientId/processes',
    {
      config: { action: 'clientProcess.write' },
      schema: {
        tags,
        summary: 'Apply a template to a client with the worker assigned by the consultation team',
        params: clientParams,
        body: z.object({
          templateId: z.string().uuid(),
          workerId: z.string().uuid(),
          assignedByTeamOn: isoDate,
          startedOn: isoDate,
          requestedAppointmentOn: isoDate.nullish(),
        }),
        response: { 201: z.object({ process: processOut }) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params;
      const b = request.body;
      const unitId = request.access.clientUnitId!;
      const id = await db.transaction().execute(async (trx) => {
        const orgIds = await organisationIdsOf(trx, [unitId]);
        const t = await trx
          .selectFrom('process_template')
          .select(['id', 'rules', 'steps', 'is_active'])
          .where('id', '=', b.templateId)
          .where('organisation_id', 'in', orgIds)
          .executeTakeFirst();
        if (!t || !t.is_active)
          throw errors.field('templateId', {
            fi: 'Valitse käytössä oleva pohja.',
            sv: 'Välj en mall som används.',
            en: 'Choose an active template.',
          });
        const worker = await trx
          .selectFrom('user_role')
          .select('user_id')
          .where('user_id', '=', b.workerId)
          .where('unit_id', '=', unitId)
          .where('role', 'in', ['sosiaalityontekija', 'sosiaaliohjaaja'])
          .executeTakeFirst();
        if (!worker)
          throw errors.field('workerId', {
            fi: 'Valitse yksikön sosiaalityöntekijä tai sosiaaliohjaaja.',
            sv: 'Välj en socialarbetare eller socionom i enheten.',
            en: 'Choose a social worker or counsellor of the unit.',
          });
        const p = await trx
          .insertInto('client_process')
          .values({
            client_id: clientId,
            unit_id: unitId,
            template_id: t.id,
            worker_id: b.workerId,
            assigned_by_team_on: b.assignedByTeamOn,
            requested_appointment_on: b.requestedAppointmentOn ?? null,
            started_on: b.startedOn,
            created_by: request.user!.id,
            ended_on: null,
            follow_up_done_on: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (const s of stepDueDates(b.startedOn, t.steps as TemplateStep[], t.rules as TemplateRules))
          await trx
            .insertInto('client_process_step')
            .values({ process_id: p.id, step_key: s.key, due_date: s.dueDate, done_on: null })
            .execute();
        await audit(trx, {
          actor: request.actor(),
          action: 'clientProcess.create',
          clientId,
          subjectType: 'client_process',
          subjectId: p.id,
          purpose: PURPOSE,
        });
        return p.id;
      });
      const [p] = await loadProcesses(clientId, id);
      return reply.status(201).send({ process: p });
    },
  );

  const requireProcess = async (clientId: string, processId: string) => {
    const p = await db
      .selectFrom('client_process')
      .selectAll()
      .where('id', '=', processId)
      .where('client_id', '=', clientId)
      .executeTakeFirst();
    if (!p) throw errors.notFound();
    return p;
  };

  app.post(
    '/api/process-templates/clients/:clientId/processes/:processId/contacts',
    {
      config: { action: 'clientProcess.write' },
      schema: {
        tags,
        summary: 'Record a contact (face to face, phone or network meeting)',
        params: processParams,
        body: z.object({ date: isoDate, kind: z.enum(['face-to-face', 'phone', 'network']) }),
        response: { 201: z.object({ process: processOut }) },
      },
    },
    async (request, reply) => {
      const p = await requireProcess(request.params.clientId, request.params.processId);
      if (request.body.date < p.started_on)
        throw errors.field('date', {
          fi: 'Yhteydenotto ei voi olla ennen prosessin alkua.',
          sv: 'Kontakten kan inte vara före processens början.',
          en: 'A contact cannot be before the process started.',
        });
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('client_process_contact')
          .values({
            process_id: p.id,
            contact_date: request.body.date,
            kind: request.body.kind,
            created_by: request.user!.id,
          })
          .execute();
        await audit(trx, {
          actor: request.actor(),
          action: 'clientProcess.contact',
          clientId: p.client_id,
          subjectType: 'client_process',
          subjectId: p.id,
          purpose: PURPOSE,
        });
      });
      const [out] = await loadProcesses(p.client_id, p.id);
      return reply.status(201).send({ process: out });
    },
  );

  app.post(
    '/api/process-templates/clients/:clientId/processes/:processId/steps/:stepKey/done',
    {
      config: { action: 'clientProcess.write' },
      schema: {
        tags,
        summary: 'Tick a checklist step done',
        params: processParams.extend({ stepKey: z.string().max(41) }),
        body: z.object({ date: isoDate }),
        response: { 200: z.object({ process: processOut }) },
      },
    },
    async (request) => {
      const p = await requireProcess(request.params.clientId, request.params.processId);
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('client_process_step')
          .set({ done_on: request.body.date })
          .where('process_id', '=', p.id)
          .where('step_key', '=', request.params.stepKey)
          .returning('step_key')
          .executeTakeFirst();
        if (!row) throw errors.notFound();
        await audit(trx, {
          actor: request.actor(),
          action: 'clientProcess.step',
          clientId: p.client_id,
          subjectType: 'client_process',
          subjectId: p.id,
          purpose: PURPOSE,
        });
      });
      const [out] = await loadProcesses(p.client_id, p.id);
      return { process: out };
    },
  );

  app.post(
    '/api/process-templates/clients/:clientId/processes/:processId/end',
    {
      config: { action: 'clientProcess.write' },
      schema: {
        tags,
        summary: 'End the process (the follow-up contact falls due after the template’s months)',
        params: processParams,
        body: z.object({ endedOn: isoDate, version: z.number().int() }),
        response: { 200: z.object({ process: processOut }) },
      },
    },
    async (request) => {
      const p = await requireProcess(request.params.clientId, request.params.processId);
      if (request.body.endedOn < p.started_on)
        throw errors.field('endedOn', {
          fi: 'Päättymispäivä ei voi olla ennen alkua.',
          sv: 'Slutdatum kan inte vara före början.',
          en: 'The end cannot be before the start.',
        });
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('client_process')
          .set({ ended_on: request.body.endedOn, version: sql`version + 1` })
          .where('id', '=', p.id)
          .where('version', '=', request.body.version)
          .returning('id')
          .executeTakeFirst();
        if (!row) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'clientProcess.end',
          clientId: p.client_id,
          subjectType: 'client_process',
          subjectId: p.id,
          purpose: PURPOSE,
        });
      });
      const [out] = await loadProcesses(p.client_id, p.id);
      return { process: out };
    },
  );

  app.post(
    '/api/process-templates/clients/:clientId/processes/:processId/follow-up',
    {
      config: { action: 'clientProcess.write' },
      schema: {
        tags,
        summary: 'Record the follow-up contact after the end ("how are you doing?")',
        params: processParams,
        body: z.object({ date: isoDate, version: z.number().int() }),
        response: { 200: z.object({ process: processOut }) },
      },
    },
    async (request) => {
      const p = await requireProcess(request.params.clientId, request.params.processId);
      if (!p.ended_on)
        throw errors.field('date', {
          fi: 'Prosessi ei ole vielä päättynyt.',
          sv: 'Processen har inte avslutats ännu.',
          en: 'The process has not ended yet.',
        });
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('client_process')
          .set({ follow_up_done_on: request.body.date, version: sql`version + 1` })
          .where('id', '=', p.id)
          .where('version', '=', request.body.version)
          .returning('id')
          .executeTakeFirst();
        if (!row) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'clientProcess.followUp',
          clientId: p.client_id,
          subjectType: 'client_process',
          subjectId: p.id,
          purpose: PURPOSE,
        });
      });
      const [out] = await loadProcesses(p.client_id, p.id);
      return { process: out };
    },
  );
}
