// Service processes of one client, from a template: the checklist with due dates, contacts against the
// assessment rule, the requested appointment, the end and the follow-up contact after it.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { audit } from '../../../server/audit/audit.js';
import type { AuditEventName } from '../../../server/audit/events/index.js';
import { errors } from '../../../server/errors.js';
import type { TemplateRules, TemplateStep } from '../../../shared/contracts/measures/process-templates.js';
import type { NewProcessBody, ProcessContactBody } from '../../../shared/contracts/measures/client-processes.js';
import type { Caller } from '../common.js';
import { processStatus, stepDueDates } from '../process-templates/process.js';
import { activeTemplateForUnit } from '../process-templates/queries.js';
import * as q from './queries.js';

const PURPOSE = 'asiakasprosessi';

const processErrors = {
  activeTemplate: {
    fi: 'Valitse käytössä oleva pohja.',
    sv: 'Välj en mall som används.',
    en: 'Choose an active template.',
  },
  workerOfUnit: {
    fi: 'Valitse yksikön sosiaalityöntekijä tai sosiaaliohjaaja.',
    sv: 'Välj en socialarbetare eller socionom i enheten.',
    en: 'Choose a social worker or counsellor of the unit.',
  },
  contactBeforeStart: {
    fi: 'Yhteydenotto ei voi olla ennen prosessin alkua.',
    sv: 'Kontakten kan inte vara före processens början.',
    en: 'A contact cannot be before the process started.',
  },
  endBeforeStart: {
    fi: 'Päättymispäivä ei voi olla ennen alkua.',
    sv: 'Slutdatum kan inte vara före början.',
    en: 'The end cannot be before the start.',
  },
  notEnded: {
    fi: 'Prosessi ei ole vielä päättynyt.',
    sv: 'Processen har inte avslutats ännu.',
    en: 'The process has not ended yet.',
  },
};

async function load(db: Kysely<DB>, clientId: string, processId?: string) {
  const { rows, steps, contacts } = await q.processesOfClient(db, clientId, processId);
  return rows.map(({ rules, steps: templateSteps, ...p }) => {
    const own = contacts.filter((c) => c.process_id === p.id).map(({ process_id: _p, ...c }) => c);
    return {
      ...p,
      checklist: (templateSteps as TemplateStep[]).map((s) => {
        const row = steps.find((x) => x.process_id === p.id && x.step_key === s.key);
        return { key: s.key, title: s.title, dueDate: row?.due_date ?? '', doneOn: row?.done_on ?? null };
      }),
      contacts: own,
      status: processStatus(p, own, rules as TemplateRules),
    };
  });
}

async function oneProcess(db: Kysely<DB>, clientId: string, processId: string) {
  const [process] = await load(db, clientId, processId);
  return process;
}

/** The client's processes, and the workers of the client's unit the team can assign. */
export async function processes(db: Kysely<DB>, caller: Caller, client: { id: string; unitId: string }) {
  const clientId = client.id;
  const list = await load(db, clientId);
  const workers = await q.workersOfUnit(db, client.unitId);
  await audit(db, {
    actor: caller.actor,
    action: 'clientProcess.read',
    clientId,
    subjectType: 'client_process',
    purpose: PURPOSE,
  });
  return { processes: list, workers };
}

/** Applies an active template of the client's organisation with the worker assigned by the team. */
export async function applyTemplate(
  db: Kysely<DB>,
  caller: Caller,
  client: { id: string; unitId: string },
  b: NewProcessBody,
) {
  const id = await db.transaction().execute(async (trx) => {
    const template = await activeTemplateForUnit(trx, b.templateId, client.unitId);
    if (!template) throw errors.field('templateId', processErrors.activeTemplate);
    if (!(await q.isWorkerOfUnit(trx, b.workerId, client.unitId)))
      throw errors.field('workerId', processErrors.workerOfUnit);
    const processId = await q.insertProcess(trx, {
      ...b,
      clientId: client.id,
      unitId: client.unitId,
      createdBy: caller.actor.id,
    });
    for (const s of stepDueDates(b.startedOn, template.steps as TemplateStep[], template.rules as TemplateRules))
      await q.insertStep(trx, processId, s.key, s.dueDate);
    await audit(trx, {
      actor: caller.actor,
      action: 'clientProcess.create',
      clientId: client.id,
      subjectType: 'client_process',
      subjectId: processId,
      purpose: PURPOSE,
    });
    return processId;
  });
  return oneProcess(db, client.id, id);
}

/** A change to one of the client's processes in one transaction with its use-log event. */
async function change(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
  processId: string,
  event: AuditEventName,
  apply: (trx: Kysely<DB>, p: NonNullable<Awaited<ReturnType<typeof q.processOfClient>>>) => Promise<void>,
) {
  await db.transaction().execute(async (trx) => {
    const p = await q.processOfClient(trx, clientId, processId);
    if (!p) throw errors.notFound();
    await apply(trx, p);
    await audit(trx, {
      actor: caller.actor,
      action: event,
      clientId,
      subjectType: 'client_process',
      subjectId: processId,
      purpose: PURPOSE,
    });
  });
  return oneProcess(db, clientId, processId);
}

/** A contact: face to face, phone or a network meeting. */
export function addContact(db: Kysely<DB>, caller: Caller, clientId: string, processId: string, b: ProcessContactBody) {
  return change(db, caller, clientId, processId, 'clientProcess.contact', async (trx, p) => {
    if (b.date < p.started_on) throw errors.field('date', processErrors.contactBeforeStart);
    await q.insertContact(trx, p.id, b, caller.actor.id);
  });
}

export function markStepDone(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
  processId: string,
  stepKey: string,
  date: string,
) {
  return change(db, caller, clientId, processId, 'clientProcess.step', async (trx, p) => {
    if (!(await q.markStepDone(trx, p.id, stepKey, date))) throw errors.notFound();
  });
}

/** Ends the process; the follow-up contact falls due after the template's months. */
export function endProcess(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
  processId: string,
  b: { endedOn: string; version: number },
) {
  return change(db, caller, clientId, processId, 'clientProcess.end', async (trx, p) => {
    if (b.endedOn < p.started_on) throw errors.field('endedOn', processErrors.endBeforeStart);
    await updateVersioned(
      trx,
      'client_process',
      { id: p.id, version: b.version, scope: { client_id: clientId } },
      { ended_on: b.endedOn },
    );
  });
}

/** The follow-up contact after the end ("how are you doing?"). */
export function followUp(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
  processId: string,
  b: { date: string; version: number },
) {
  return change(db, caller, clientId, processId, 'clientProcess.followUp', async (trx, p) => {
    if (!p.ended_on) throw errors.field('date', processErrors.notEnded);
    await updateVersioned(
      trx,
      'client_process',
      { id: p.id, version: b.version, scope: { client_id: clientId } },
      { follow_up_done_on: b.date },
    );
  });
}
