// Service processes applied to one client from a template: checklist with due dates, contacts
// against the assessment rule, the requested appointment and the follow-up contact.
// Routes: /api/clients/:clientId/processes/…
import { z } from 'zod';
import { isoDate, uuid, version } from '../common.js';
import { PROCESS_CONTACT_KINDS } from '../../measures/vocabulary.js';
import { clientParams, localized, permittedActions } from './common.js';

export const processParams = clientParams.extend({ processId: uuid });
export const stepParams = processParams.extend({ stepKey: z.string().max(41) });

export const clientProcess = z.object({
  id: uuid,
  templateName: z.string(),
  workerName: z.string(),
  assignedByTeamOn: z.string(),
  requestedAppointmentOn: z.string().nullable(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  followUpDoneOn: z.string().nullable(),
  version: z.number(),
  checklist: z.array(
    z.object({ key: z.string(), title: localized, dueDate: z.string(), doneOn: z.string().nullable() }),
  ),
  contacts: z.array(z.object({ id: uuid, date: z.string(), kind: z.enum(PROCESS_CONTACT_KINDS) })),
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
export type ClientProcess = z.infer<typeof clientProcess>;

export const processesResponse = z.object({
  processes: z.array(clientProcess),
  /** The social workers and counsellors of the client's unit: whom the team can assign. */
  workers: z.array(z.object({ id: uuid, name: z.string() })),
  permittedActions,
});
export type ProcessesResponse = z.infer<typeof processesResponse>;
export const processResponse = z.object({ process: clientProcess });

/** Applies a template with the worker assigned by the consultation team. */
export const newProcessBody = z.object({
  templateId: uuid,
  workerId: uuid,
  assignedByTeamOn: isoDate,
  startedOn: isoDate,
  requestedAppointmentOn: isoDate.nullish(),
});
export type NewProcessBody = z.infer<typeof newProcessBody>;

export const processContactBody = z.object({ date: isoDate, kind: z.enum(PROCESS_CONTACT_KINDS) });
export type ProcessContactBody = z.infer<typeof processContactBody>;
export const stepDoneBody = z.object({ date: isoDate });
export const endProcessBody = z.object({ endedOn: isoDate, version });
export const followUpBody = z.object({ date: isoDate, version });
