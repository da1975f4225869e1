// The client plan's content (SHL 39 §): the nine statutory elements as structured fields, with the
// client's and the professional's views side by side where the law asks for both.
import { z } from 'zod';

const text = (max = 4000) => z.string().trim().max(max).default('');
/** 'YYYY-MM-DD' (legal dates have no time zone). */
export const isoDate = z.iso.date();
const id = z.string().uuid();

/** Views of the client and the professional, side by side. */
const views = z.object({ client: text(), professional: text() }).default({ client: '', professional: '' });

export const GOAL_STATUSES = ['open', 'in-progress', 'reached', 'dropped'] as const;
/** The client's own mark on a goal (portal). */
export const CLIENT_MARKS = ['going-well', 'some-progress', 'not-yet', 'needs-change'] as const;

export const goalSchema = z.object({
  id,
  title: z.string().trim().min(1).max(500),
  status: z.enum(GOAL_STATUSES).default('open'),
  /** The client's own view of the goal, in their words. */
  clientView: text(2000),
  clientMark: z.enum(CLIENT_MARKS).nullable().default(null),
  professionalView: text(2000),
});

export const essentialServiceSchema = z.object({
  id,
  service: z.string().trim().min(1).max(300),
  startDate: isoDate.nullable().default(null),
  duration: text(200),
});

export const partnerSchema = z.object({
  id,
  name: z.string().trim().min(1).max(200),
  sector: text(200),
  responsibility: text(1000),
  contact: text(300),
});

export const consentSchema = z.object({
  id,
  /** Partner (by name) with whom information may be exchanged. */
  partnerName: z.string().trim().min(1).max(200),
  scope: z.string().trim().min(1).max(1000),
  givenOn: isoDate,
  withdrawnOn: isoDate.nullable().default(null),
});

export const ACTION_OWNERS = ['client', 'worker', 'partner', 'together'] as const;
/** Agreed actions: who does what (shown on the client's printout). */
export const agreedActionSchema = z.object({
  id,
  action: z.string().trim().min(1).max(500),
  owner: z.enum(ACTION_OWNERS),
  ownerName: text(200),
  due: isoDate.nullable().default(null),
});

export const planContentSchema = z.object({
  // 1. client's and professional's assessment of the support need
  supportNeed: views,
  // 2. … of needed services and measures
  servicesAndMeasures: views,
  // 3. named worker's assessment of services essential for health or development
  essentialServicesAssessment: text(),
  essentialServices: z.array(essentialServiceSchema).max(50).default([]),
  // 4. how often the client and the named worker meet
  meetingFrequency: z
    .object({ intervalWeeks: z.number().int().min(1).max(104).nullable().default(null), description: text(500) })
    .default({ intervalWeeks: null, description: '' }),
  // 5. strengths and resources
  strengths: views,
  // 6. goals set together
  goals: z.array(goalSchema).max(30).default([]),
  agreedActions: z.array(agreedActionSchema).max(50).default([]),
  // 7. estimated duration of the client relationship
  estimatedDuration: text(500),
  // 8. partners from other sectors and their responsibilities
  partners: z.array(partnerSchema).max(30).default([]),
  /** Set when no other sector takes part (element 8 is then complete). */
  noPartners: z.boolean().default(false),
  // 9. follow-up
  followUp: z
    .object({ monitoring: text(), goalEvaluation: text(), reassessment: text() })
    .default({ monitoring: '', goalEvaluation: '', reassessment: '' }),
  /** Consent to exchange information with named partners (lupa tietojen vaihtoon). */
  consents: z.array(consentSchema).max(30).default([]),
});

export type PlanContent = z.output<typeof planContentSchema>;
export type PlanContentInput = z.input<typeof planContentSchema>;
export type Goal = z.output<typeof goalSchema>;

export function emptyPlanContent(): PlanContent {
  return planContentSchema.parse({});
}
