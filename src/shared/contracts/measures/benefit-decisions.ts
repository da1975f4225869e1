// Benefit decisions (täydentävä ja ehkäisevä toimeentulotuki): a client's applications and decisions
// with processing times (/api/clients/:clientId/benefit-decisions/…), the open list and the manager's
// reports (/api/benefit-decisions/…).
import { z } from 'zod';
import { isoDate, uuid, version } from '../common.js';
import { APPLICATION_KINDS, OUTCOMES, PROFESSIONAL_GROUPS } from '../../measures/vocabulary.js';
import { clientParams, month, permittedActions } from './common.js';

export const applicationParams = clientParams.extend({ applicationId: uuid });

export const application = z.object({
  id: uuid,
  clientId: uuid,
  kind: z.enum(APPLICATION_KINDS),
  receivedDate: z.string(),
  completeDate: z.string().nullable(),
  urgent: z.boolean(),
  decisionDate: z.string().nullable(),
  decisionMakerName: z.string().nullable(),
  professionalGroup: z.enum(PROFESSIONAL_GROUPS).nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  /** Last day for an on-time decision (null until the application is complete). */
  dueDate: z.string().nullable(),
  /** Working days from the complete date to the decision (or to today while open). */
  processingDays: z.number().nullable(),
  limitDays: z.number(),
  late: z.boolean(),
  version: z.number(),
});
export type Application = z.infer<typeof application>;

export const applicationsResponse = z.object({ applications: z.array(application), permittedActions });
export type ApplicationsResponse = z.infer<typeof applicationsResponse>;
export const applicationResponse = z.object({ application });

export const newApplicationBody = z.object({
  kind: z.enum(APPLICATION_KINDS),
  receivedDate: isoDate,
  completeDate: isoDate.nullish(),
  urgent: z.boolean().default(false),
});
export type NewApplicationBody = z.infer<typeof newApplicationBody>;

/** The logged-in user is the decision maker; their professional group comes from their role. */
export const decisionBody = z.object({
  completeDate: isoDate.optional(),
  urgent: z.boolean().optional(),
  decisionDate: isoDate,
  outcome: z.enum(OUTCOMES),
  version,
});
export type DecisionBody = z.infer<typeof decisionBody>;

export const applicationPatch = z.object({ completeDate: isoDate.nullish(), urgent: z.boolean().optional(), version });
export type ApplicationPatch = z.infer<typeof applicationPatch>;

export const openApplication = application.extend({ clientName: z.string() });
export type OpenApplication = z.infer<typeof openApplication>;
export const openApplicationsResponse = z.object({ applications: z.array(openApplication) });

// ---- the manager's reports (aggregates only, no client data) ----

export const reportRange = z.object({ from: month, to: month });

export const processingMonth = z.object({
  month: z.string(),
  decisions: z.number(),
  withinLimit: z.number(),
  late: z.number(),
  /** Share within the limit in per cent, one decimal; null without decisions. */
  shareWithinLimit: z.number().nullable(),
  medianDays: z.number().nullable(),
  distribution: z.record(z.string(), z.number()),
});
export type ProcessingMonth = z.infer<typeof processingMonth>;
export const processingReport = z.object({ months: z.array(processingMonth), buckets: z.array(z.string()) });
export type ProcessingReport = z.infer<typeof processingReport>;

export const professionalGroupReport = z.object({
  meetingsCounted: z.boolean(),
  months: z.array(
    z.object({
      month: z.string(),
      groups: z.array(
        z.object({ group: z.enum(PROFESSIONAL_GROUPS), decisions: z.number(), meetings: z.number().nullable() }),
      ),
    }),
  ),
});
export type ProfessionalGroupReport = z.infer<typeof professionalGroupReport>;
