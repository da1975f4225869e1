// The client portal (/api/portal/…): always the signed-in client's own record, no client id in any
// URL. Requests and responses.
import { z } from 'zod';
import { MEETING_KINDS } from '../../../domain/deadlines/index.js';
import { LANGUAGES } from '../../i18n.js';
import { optionalText, uuid, version } from '../common.js';
import { agreedActionSchema, CLIENT_MARKS, GOAL_STATUSES } from './plan.js';

export const portalGoalSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(GOAL_STATUSES),
  clientView: z.string(),
  clientMark: z.enum(CLIENT_MARKS).nullable(),
});

export const portalPlanResponse = z.object({
  /** The plan in force, or null. */
  plan: z
    .object({
      versionId: z.string(),
      planId: z.string(),
      number: z.number(),
      acceptedOn: z.string().nullable(),
      reviewDate: z.string(),
      version: z.number(),
      goals: z.array(portalGoalSchema),
      agreedActions: z.array(agreedActionSchema),
      meetingIntervalWeeks: z.number().nullable(),
      partners: z.array(z.object({ name: z.string(), responsibility: z.string() })),
      consents: z.array(
        z.object({
          partnerName: z.string(),
          scope: z.string(),
          givenOn: z.string(),
          withdrawnOn: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  /** The review draft being prepared, where the client may write their thoughts, or null. */
  draft: z
    .object({
      versionId: z.string(),
      version: z.number(),
      reviewDate: z.string(),
      clientPreparation: z.string(),
    })
    .nullable(),
});

export const goalParams = z.object({ goalId: uuid });
export const goalMarkBody = z.object({
  clientMark: z.enum(CLIENT_MARKS).nullable(),
  clientView: optionalText(2000),
  /** The version of the plan in force the client saw. */
  version,
});
export const goalMarkResponse = z.object({ goal: portalGoalSchema, version: z.number() });

export const preparationBody = z.object({ text: optionalText(4000), version });
export const preparationResponse = z.object({ version: z.number(), clientPreparation: z.string() });

export const portalMeetingsResponse = z.object({
  upcoming: z.array(
    z.object({
      date: z.string(),
      time: z.string().nullable(),
      kind: z.enum(MEETING_KINDS),
      location: z.string().nullable(),
      workerName: z.string().nullable(),
    }),
  ),
  past: z.array(z.object({ date: z.string(), kind: z.enum(MEETING_KINDS) })),
});

export const portalWorkerResponse = z.object({
  worker: z
    .object({
      name: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      unitName: z.string(),
      since: z.string(),
    })
    .nullable(),
});

export const accessLogQuery = z.object({ plain: z.enum(['0', '1']).default('1') });
export const accessLogEntrySchema = z.object({
  date: z.string(),
  lastAt: z.string(),
  who: z.string(),
  role: z.string(),
  unit: z.string(),
  what: z.string(),
  times: z.number(),
});
export const accessLogResponse = z.object({ entries: z.array(accessLogEntrySchema) });

/** The portal's PDF and its no-JavaScript pages: the language (default: the client's own). */
export const portalLangQuery = z.object({ lang: z.enum(LANGUAGES).optional() });

export type PortalPlan = z.infer<typeof portalPlanResponse>;
export type PortalGoal = z.infer<typeof portalGoalSchema>;
export type GoalMarkBody = z.input<typeof goalMarkBody>;
export type PreparationBody = z.input<typeof preparationBody>;
export type PortalMeetings = z.infer<typeof portalMeetingsResponse>;
export type PortalWorker = z.infer<typeof portalWorkerResponse>;
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;
