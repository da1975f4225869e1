// The client plan (SHL 39 §): its content — the nine statutory elements as structured fields, with
// the client's and the professional's views side by side where the law asks for both — and the
// requests and responses of the plan routes. The one home of the plan content schema: the server
// validates with it, the table type stores it, the portal and the web app read its types.
import { z } from 'zod';
import { LANGUAGES } from '../../i18n.js';
import { isoDate, optionalText, text, uuid, version } from '../common.js';
import { actionNameSchema } from '../foundation/auth.js';

/** Optional text of the plan: trimmed, may be empty, '' when left out. */
const words = (max = 4000) => optionalText(max).default('');

/** Views of the client and the professional, side by side. */
const views = z.object({ client: words(), professional: words() }).default({ client: '', professional: '' });

export const GOAL_STATUSES = ['open', 'in-progress', 'reached', 'dropped'] as const;
/** The client's own mark on a goal (portal). */
export const CLIENT_MARKS = ['going-well', 'some-progress', 'not-yet', 'needs-change'] as const;

export const goalSchema = z.object({
  id: uuid,
  title: text(500),
  status: z.enum(GOAL_STATUSES).default('open'),
  /** The client's own view of the goal, in their words. */
  clientView: words(2000),
  clientMark: z.enum(CLIENT_MARKS).nullable().default(null),
  professionalView: words(2000),
});

export const essentialServiceSchema = z.object({
  id: uuid,
  service: text(300),
  startDate: isoDate.nullable().default(null),
  duration: words(200),
});

export const partnerSchema = z.object({
  id: uuid,
  name: text(200),
  sector: words(200),
  responsibility: words(1000),
  contact: words(300),
});

export const consentSchema = z.object({
  id: uuid,
  /** Partner (by name) with whom information may be exchanged. */
  partnerName: text(200),
  scope: text(1000),
  givenOn: isoDate,
  withdrawnOn: isoDate.nullable().default(null),
});

export const ACTION_OWNERS = ['client', 'worker', 'partner', 'together'] as const;
/** Agreed actions: who does what (shown on the client's printout). */
export const agreedActionSchema = z.object({
  id: uuid,
  action: text(500),
  owner: z.enum(ACTION_OWNERS),
  ownerName: words(200),
  due: isoDate.nullable().default(null),
});

export const planContentSchema = z.object({
  // 1. client's and professional's assessment of the support need
  supportNeed: views,
  // 2. … of needed services and measures
  servicesAndMeasures: views,
  // 3. named worker's assessment of services essential for health or development
  essentialServicesAssessment: words(),
  essentialServices: z.array(essentialServiceSchema).max(50).default([]),
  // 4. how often the client and the named worker meet
  meetingFrequency: z
    .object({ intervalWeeks: z.number().int().min(1).max(104).nullable().default(null), description: words(500) })
    .default({ intervalWeeks: null, description: '' }),
  // 5. strengths and resources
  strengths: views,
  // 6. goals set together
  goals: z.array(goalSchema).max(30).default([]),
  agreedActions: z.array(agreedActionSchema).max(50).default([]),
  // 7. estimated duration of the client relationship
  estimatedDuration: words(500),
  // 8. partners from other sectors and their responsibilities
  partners: z.array(partnerSchema).max(30).default([]),
  /** Set when no other sector takes part (element 8 is then complete). */
  noPartners: z.boolean().default(false),
  // 9. follow-up
  followUp: z
    .object({ monitoring: words(), goalEvaluation: words(), reassessment: words() })
    .default({ monitoring: '', goalEvaluation: '', reassessment: '' }),
  /** Consent to exchange information with named partners (lupa tietojen vaihtoon). */
  consents: z.array(consentSchema).max(30).default([]),
});

export type PlanContent = z.output<typeof planContentSchema>;
export type PlanContentInput = z.input<typeof planContentSchema>;
export type Goal = z.output<typeof goalSchema>;
export type AgreedAction = z.output<typeof agreedActionSchema>;
export type Partner = z.output<typeof partnerSchema>;
export type Consent = z.output<typeof consentSchema>;
export type EssentialService = z.output<typeof essentialServiceSchema>;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type ClientMark = (typeof CLIENT_MARKS)[number];

export function emptyPlanContent(): PlanContent {
  return planContentSchema.parse({});
}

// ---- requests and responses ----

export const clientParams = z.object({ clientId: uuid });
export const planParams = clientParams.extend({ planId: uuid });
export const versionParams = planParams.extend({ versionId: uuid });
export const consentParams = versionParams.extend({ consentId: uuid });

export const PLAN_VERSION_STATUSES = ['draft', 'accepted', 'superseded'] as const;

/** A statutory element still missing, named in the reader's language. */
export const missingElementSchema = z.object({ element: z.number(), key: z.string(), label: z.string() });

export const versionSummarySchema = z.object({
  id: z.string(),
  number: z.number(),
  status: z.enum(PLAN_VERSION_STATUSES),
  reviewDate: z.string(),
  acceptedOn: z.string().nullable(),
  createdAt: z.string(),
});

export const planVersionSchema = versionSummarySchema.extend({
  planId: z.string(),
  acceptedByName: z.string().nullable(),
  content: planContentSchema,
  /** What the client wrote in the portal before the meeting (drafts). */
  clientPreparation: z.string().nullable(),
  version: z.number(),
  missing: z.array(missingElementSchema),
});

export const planSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  currentVersionId: z.string().nullable(),
  currentReviewDate: z.string().nullable(),
  /** The plan in force is past its review date (today, as the server's clock says). */
  reviewOverdue: z.boolean(),
  versions: z.array(versionSummarySchema),
});

/** The client's plan (none or one), and what the user may do with the client's plan. */
export const plansResponse = z.object({ plans: z.array(planSchema), permittedActions: z.array(actionNameSchema) });

export const startPlanBody = z.object({ reviewDate: isoDate, content: planContentSchema.optional() });
export const startPlanResponse = z.object({ plan: planSchema, version: planVersionSchema });
export const versionsResponse = z.object({ versions: z.array(versionSummarySchema) });
export const versionResponse = z.object({ version: planVersionSchema });
export const saveDraftBody = z.object({ reviewDate: isoDate, content: planContentSchema, version });
export const reviewBody = z.object({ reviewDate: isoDate });
export const acceptBody = z.object({ version, acceptedOn: isoDate.optional() });
export const withdrawConsentBody = z.object({ withdrawnOn: isoDate, version });
/** The client's copy: the language (default: the client's own) and plain language (default on). */
export const printQuery = z.object({ lang: z.enum(LANGUAGES).optional(), plain: z.enum(['0', '1']).default('1') });

export type Plan = z.infer<typeof planSchema>;
export type PlanVersion = z.infer<typeof planVersionSchema>;
export type VersionSummary = z.infer<typeof versionSummarySchema>;
export type PlansResponse = z.infer<typeof plansResponse>;
export type StartPlanBody = z.input<typeof startPlanBody>;
export type SaveDraftBody = z.input<typeof saveDraftBody>;
export type ReviewBody = z.input<typeof reviewBody>;
export type AcceptBody = z.input<typeof acceptBody>;
export type WithdrawConsentBody = z.input<typeof withdrawConsentBody>;
