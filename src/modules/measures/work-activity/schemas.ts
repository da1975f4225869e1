import { z } from 'zod';
import { isIsoDate } from '../../../domain/calendar/index.js';
import { ABSENCE_REASONS } from '../../../db/tables/work-activity.js';

export const isoDate = z.string().refine((v) => isIsoDate(v), { message: 'Anna päivämäärä muodossa VVVV-KK-PP.' });
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const text = (max = 4000) => z.string().trim().min(1).max(max);
export const optText = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** Coded reasons for ending or interrupting the activity (loppuarviointi). */
export const END_REASONS = [
  'completed',
  'employment',
  'education',
  'other-service',
  'health',
  'absences',
  'own-decision',
  'moved',
  'other',
] as const;
export const END_REASON_LABELS: Record<(typeof END_REASONS)[number], { fi: string; sv: string; en: string }> = {
  completed: {
    fi: 'Jakso päättyi suunnitellusti',
    sv: 'Perioden slutade som planerat',
    en: 'Period completed as planned',
  },
  employment: { fi: 'Työllistyi', sv: 'Fick arbete', en: 'Found employment' },
  education: { fi: 'Siirtyi koulutukseen', sv: 'Övergick till utbildning', en: 'Moved to education' },
  'other-service': {
    fi: 'Siirtyi muuhun palveluun tai kuntoutukseen',
    sv: 'Övergick till annan tjänst eller rehabilitering',
    en: 'Moved to another service or rehabilitation',
  },
  health: { fi: 'Terveydelliset syyt', sv: 'Hälsoskäl', en: 'Health reasons' },
  absences: { fi: 'Toistuvat poissaolot', sv: 'Upprepad frånvaro', en: 'Repeated absences' },
  'own-decision': { fi: 'Oma päätös', sv: 'Eget beslut', en: "Client's own decision" },
  moved: { fi: 'Muutti pois kunnasta', sv: 'Flyttade från kommunen', en: 'Moved away' },
  other: { fi: 'Muu syy', sv: 'Annat skäl', en: 'Other reason' },
};

export const providerBody = z.object({
  name: text(200),
  address: optText(300),
  tasksOffered: optText(),
  contactPerson: optText(200),
  contactPhone: optText(50),
  publicTransport: optText(1000),
  capacity: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .nullish()
    .transform((v) => v ?? null),
  isActive: z.boolean().default(true),
});

export const provider = z.object({
  id: z.string().uuid(),
  name: z.string(),
  address: z.string().nullable(),
  tasksOffered: z.string().nullable(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  publicTransport: z.string().nullable(),
  capacity: z.number().nullable(),
  isActive: z.boolean(),
  activeAgreements: z.number(),
  version: z.number(),
});

const selfAssessment = z.object({ goal: text(500), rating: z.number().int().min(1).max(5), comment: optText(1000) });

export const stepBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('situation-assessment'), date: isoDate, participants: optText(500), summary: text() }),
  z.object({
    kind: z.literal('activation-plan'),
    date: isoDate,
    employmentWorker: text(200),
    workPlanner: optText(200),
    need: text(),
    suitablePlacement: text(),
  }),
  z.object({ kind: z.literal('evaluation-visit'), date: isoDate, supervisor: optText(200), notes: text() }),
  z.object({
    kind: z.literal('interim-evaluation'),
    date: isoDate,
    participants: optText(500),
    feedback: text(),
    selfAssessment: z.array(selfAssessment).min(1).max(20),
    decision: z.enum(['continue', 'stop']),
  }),
  z.object({
    kind: z.literal('end'),
    date: isoDate,
    participants: optText(500),
    endType: z.enum(['ended', 'interrupted']),
    reasonCode: z.enum(END_REASONS),
    finalEvaluation: text(),
    followOnPlan: text(),
  }),
]);
export type StepBody = z.infer<typeof stepBody>;

export const agreementBody = z.object({
  providerId: z.string().uuid(),
  startDate: isoDate,
  endDate: isoDate,
  daysPerWeek: z.number().int().min(1).max(5),
  hoursPerDay: z.number().min(4).max(8).multipleOf(0.5),
  goals: text(),
  tasks: optText(),
  interimEvaluationDate: isoDate.nullish().transform((v) => v ?? null),
  supervisorName: optText(200),
});

export const attendanceBody = z.object({
  attended: z.boolean(),
  hours: z.number().min(0).max(12).multipleOf(0.5).default(0),
  absenceReason: z
    .enum(ABSENCE_REASONS)
    .nullish()
    .transform((v) => v ?? null),
  absenceNote: optText(500),
  /** Required when changing an existing day (409 on a stale version). */
  version: z.number().int().optional(),
});

export const attendanceRow = z.object({
  id: z.string().uuid(),
  day: z.string(),
  attended: z.boolean(),
  hours: z.number(),
  absenceReason: z.enum(ABSENCE_REASONS).nullable(),
  absenceNote: z.string().nullable(),
  teInformedAt: z.string().nullable(),
  version: z.number(),
});

export const agreement = z.object({
  id: z.string().uuid(),
  pathId: z.string().uuid(),
  providerId: z.string().uuid(),
  providerName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  daysPerWeek: z.number(),
  hoursPerDay: z.number(),
  goals: z.string(),
  tasks: z.string().nullable(),
  interimEvaluationDate: z.string().nullable(),
  supervisorName: z.string().nullable(),
  status: z.enum(['active', 'ended']),
  attendedDays: z.number(),
  attendedHours: z.number(),
  absences: z.number(),
  version: z.number(),
});

export const PHASES = [
  'situation-assessment',
  'activation-plan',
  'agreement',
  'activity',
  'interim-evaluation',
  'end',
] as const;
export type Phase = (typeof PHASES)[number];

export const step = z.object({
  id: z.string().uuid(),
  kind: z.string(),
  date: z.string(),
  participants: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const path = z.object({
  id: z.string().uuid(),
  clientId: z.string().uuid(),
  planId: z.string().uuid().nullable(),
  counsellorId: z.string().uuid().nullable(),
  counsellorName: z.string().nullable(),
  status: z.enum(['open', 'ended']),
  /** Where the client is on the path now (the last phase reached). */
  phase: z.enum(PHASES).nullable(),
  steps: z.array(step),
  agreements: z.array(agreement),
  version: z.number(),
});
