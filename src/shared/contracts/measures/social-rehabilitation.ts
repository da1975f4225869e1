// Social rehabilitation (sosiaalinen kuntoutus) of one client: periods, contacts and the start and end
// interviews compared. Routes: /api/clients/:clientId/social-rehabilitation/…
import { z } from 'zod';
import { isoDate, uuid, version } from '../common.js';
import { INTERVIEW_PHASES, PATH_STATUSES, SOCIAL_REHAB_CONTACT_KINDS } from '../../measures/vocabulary.js';
import { SERVICE_MENU_KEYS } from '../../measures/social-rehabilitation.js';
import { clientParams, localized, nullableText, permittedActions } from './common.js';

export const periodParams = clientParams.extend({ periodId: uuid });
export const interviewParams = periodParams.extend({ phase: z.enum(INTERVIEW_PHASES) });

export const period = z.object({
  id: uuid,
  planId: uuid.nullable(),
  counsellorName: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  hoursPerWeek: z.number(),
  activities: z.array(z.string()),
  status: z.enum(PATH_STATUSES),
  version: z.number(),
  contacts: z.array(
    z.object({
      id: uuid,
      kind: z.enum(SOCIAL_REHAB_CONTACT_KINDS),
      date: z.string(),
      minutes: z.number(),
      notes: z.string().nullable(),
    }),
  ),
  /** Realised hours per week so far (contacts ÷ weeks elapsed), one decimal. */
  realisedHoursPerWeek: z.number(),
  interviews: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  comparison: z.array(
    z.object({
      key: z.string(),
      start: z.number().nullable(),
      end: z.number().nullable(),
      change: z.number().nullable(),
    }),
  ),
});
export type Period = z.infer<typeof period>;

const keyed = z.object({ key: z.string(), text: localized });
export const periodsResponse = z.object({
  periods: z.array(period),
  questions: z.array(keyed),
  serviceMenu: z.array(keyed),
  permittedActions,
});
export type PeriodsResponse = z.infer<typeof periodsResponse>;
export const periodResponse = z.object({ period });

/** Default three months, at least 4 hours a week. */
export const newPeriodBody = z.object({
  startDate: isoDate,
  endDate: isoDate.optional(),
  hoursPerWeek: z.number().min(4).max(40).multipleOf(0.5).default(4),
  activities: z
    .array(z.enum(SERVICE_MENU_KEYS as [string, ...string[]]))
    .max(20)
    .default([]),
  planId: uuid.nullish(),
});
export type NewPeriodBody = z.infer<typeof newPeriodBody>;

export const contactBody = z.object({
  kind: z.enum(SOCIAL_REHAB_CONTACT_KINDS),
  date: isoDate,
  minutes: z.number().int().min(1).max(720),
  notes: nullableText(4000),
});
export type ContactBody = z.infer<typeof contactBody>;
export const contactSaved = z.object({ id: uuid });

/** Every question answered on 1–5. */
export const interviewBody = z.object({
  date: isoDate,
  answers: z.record(z.string(), z.number().int().min(1).max(5)),
  notes: nullableText(4000),
});
export type InterviewBody = z.infer<typeof interviewBody>;

export const endPeriodBody = z.object({ version });
