// Rehabilitative work activity of one client (kuntouttava työtoiminta): the path with its steps,
// agreements with providers and the attendance follow-up (seurantalomake).
// Routes: /api/clients/:clientId/work-activity/…
import { z } from 'zod';
import { isoDate, text, uuid } from '../common.js';
import {
  ABSENCE_REASONS,
  AGREEMENT_STATUSES,
  END_REASONS,
  PATH_STATUSES,
  PHASES,
  STEP_KINDS,
} from '../../measures/vocabulary.js';
import { clientParams, month, nullableText, permittedActions } from './common.js';

export const pathParams = clientParams.extend({ pathId: uuid });
export const agreementParams = clientParams.extend({ agreementId: uuid });
export const attendanceDayParams = agreementParams.extend({ day: isoDate });
export const attendanceParams = clientParams.extend({ attendanceId: uuid });

export const pathsQuery = z.object({ planId: uuid.optional() });
export const newPathBody = z.object({ counsellorId: uuid.nullish(), planId: uuid.nullish() });

const selfAssessment = z.object({
  goal: text(500),
  rating: z.number().int().min(1).max(5),
  comment: nullableText(1000),
});

export const stepBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('situation-assessment'),
    date: isoDate,
    participants: nullableText(500),
    summary: text(),
  }),
  z.object({
    kind: z.literal('activation-plan'),
    date: isoDate,
    employmentWorker: text(200),
    workPlanner: nullableText(200),
    need: text(),
    suitablePlacement: text(),
  }),
  z.object({ kind: z.literal('evaluation-visit'), date: isoDate, supervisor: nullableText(200), notes: text() }),
  z.object({
    kind: z.literal('interim-evaluation'),
    date: isoDate,
    participants: nullableText(500),
    feedback: text(),
    selfAssessment: z.array(selfAssessment).min(1).max(20),
    decision: z.enum(['continue', 'stop']),
  }),
  z.object({
    kind: z.literal('end'),
    date: isoDate,
    participants: nullableText(500),
    endType: z.enum(['ended', 'interrupted']),
    reasonCode: z.enum(END_REASONS),
    finalEvaluation: text(),
    followOnPlan: text(),
  }),
]);
export type StepBody = z.infer<typeof stepBody>;

export const agreementBody = z.object({
  providerId: uuid,
  startDate: isoDate,
  endDate: isoDate,
  daysPerWeek: z.number().int().min(1).max(5),
  hoursPerDay: z.number().min(4).max(8).multipleOf(0.5),
  goals: text(),
  tasks: nullableText(),
  interimEvaluationDate: isoDate.nullish().transform((v) => v ?? null),
  supervisorName: nullableText(200),
});
export type AgreementBody = z.infer<typeof agreementBody>;

export const attendanceQuery = z.object({ month: month.optional() });

/** One day of attendance, from the counsellor or the provider's supervisor. */
export const attendanceBody = z.object({
  attended: z.boolean(),
  hours: z.number().min(0).max(12).multipleOf(0.5).default(0),
  absenceReason: z
    .enum(ABSENCE_REASONS)
    .nullish()
    .transform((v) => v ?? null),
  absenceNote: nullableText(500),
  /** Required when changing an existing day (409 on a stale version). */
  version: z.number().int().optional(),
});
export type AttendanceBody = z.infer<typeof attendanceBody>;

export const attendanceRow = z.object({
  id: uuid,
  day: z.string(),
  attended: z.boolean(),
  hours: z.number(),
  absenceReason: z.enum(ABSENCE_REASONS).nullable(),
  absenceNote: z.string().nullable(),
  teInformedAt: z.string().nullable(),
  version: z.number(),
});
export type AttendanceRow = z.infer<typeof attendanceRow>;

export const agreement = z.object({
  id: uuid,
  pathId: uuid,
  providerId: uuid,
  providerName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  daysPerWeek: z.number(),
  hoursPerDay: z.number(),
  goals: z.string(),
  tasks: z.string().nullable(),
  interimEvaluationDate: z.string().nullable(),
  supervisorName: z.string().nullable(),
  status: z.enum(AGREEMENT_STATUSES),
  attendedDays: z.number(),
  attendedHours: z.number(),
  absences: z.number(),
  version: z.number(),
});
export type Agreement = z.infer<typeof agreement>;

export const step = z.object({
  id: uuid,
  kind: z.enum(STEP_KINDS),
  date: z.string(),
  participants: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type Step = z.infer<typeof step>;

export const path = z.object({
  id: uuid,
  clientId: uuid,
  planId: uuid.nullable(),
  counsellorId: uuid.nullable(),
  counsellorName: z.string().nullable(),
  status: z.enum(PATH_STATUSES),
  /** Where the client is on the path now (the last phase reached). */
  phase: z.enum(PHASES).nullable(),
  steps: z.array(step),
  agreements: z.array(agreement),
  version: z.number(),
});
export type WorkPath = z.infer<typeof path>;

export const pathsResponse = z.object({
  paths: z.array(path),
  /** What the user may do with this client's work activity (e.g. `workActivity.write`). */
  permittedActions,
});
export type PathsResponse = z.infer<typeof pathsResponse>;
export const pathResponse = z.object({ path });
export const agreementResponse = z.object({ agreement });
export const attendanceResponse = z.object({ attendance: z.array(attendanceRow) });
export const attendanceSaved = z.object({ id: uuid, taskId: uuid.nullable() });
export const teInformedResponse = z.object({ teInformedAt: z.string() });
