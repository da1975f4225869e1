// My work (Oma työ), the manager's unit overview, marking a task done, and the deadline rules per
// organisation: requests and responses.
import { z } from 'zod';
import { MEETING_KINDS } from '../../../domain/deadlines/index.js';
import { uuid, version } from '../common.js';

export const DUE_STATES = ['overdue', 'due-soon', 'upcoming', 'later', 'none'] as const;

export const myWorkQuery = z.object({
  sort: z.enum(['due', 'client', 'kind']).default('due'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

export const myWorkItemSchema = z.object({
  kind: z.string(),
  /** What to do, in the reader's language. */
  title: z.string(),
  dueDate: z.string().nullable(),
  state: z.enum(DUE_STATES),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  unitId: z.string(),
  /** Where in the employee app the item is handled. */
  link: z.string(),
  /** A row of the task table: it can be marked done (POST /api/tasks/:taskId/done). */
  taskId: z.string().optional(),
  /** The capability's provider that listed the item. */
  source: z.string(),
});

export const myWorkResponse = z.object({
  /** The day the due states are computed for (the server's clock). */
  today: z.string(),
  clients: z.array(
    z.object({
      clientId: z.string(),
      name: z.string(),
      hasPlan: z.boolean(),
      nextDue: z.string().nullable(),
      overdue: z.number(),
      items: z.array(myWorkItemSchema),
    }),
  ),
  items: z.array(myWorkItemSchema),
  /** Providers that failed: the list is then incomplete, and the page says so. */
  failedSources: z.array(z.string()),
});

export const unitParams = z.object({ unitId: uuid });

const workerCounts = z.object({
  clients: z.number(),
  withoutCurrentPlan: z.number(),
  plansPastReview: z.number(),
  assessmentsPastDeadline: z.number(),
  meetingsOverdue: z.number(),
});

/** Counts only: the overview names workers, never clients. */
export const unitOverviewResponse = z.object({
  unitId: z.string(),
  unitName: z.string(),
  today: z.string(),
  totals: z.object({
    activeClients: z.number(),
    withoutNamedWorker: z.number(),
    withoutCurrentPlan: z.number(),
    plansPastReview: z.number(),
    assessmentsPastDeadline: z.number(),
    meetingsOverdue: z.number(),
  }),
  workers: z.array(workerCounts.extend({ workerId: z.string(), name: z.string() })),
  unassigned: workerCounts,
});

export const taskParams = z.object({ taskId: uuid });
/** The version the user saw (409 when the task changed meanwhile); without it, the current one. */
export const completeTaskBody = z.object({ version: version.optional() });
export const completeTaskResponse = z.object({ taskId: z.string(), doneAt: z.string() });

// ---- deadline rules per organisation and client group (administrator) ----

export const organisationParams = z.object({ organisationId: uuid });

const days = z.number().int().min(0).max(3650);
const groupOverrides = z
  .object({
    assessmentStartWorkingDays: days.nullable(),
    assessmentCompleteMonths: z.number().int().min(0).max(120).nullable(),
    assessmentMinContacts: z.number().int().min(0).max(100).nullable(),
    assessmentMinFaceToFace: z.number().int().min(0).max(100).nullable(),
    faceToFaceKinds: z.array(z.enum(MEETING_KINDS)).max(5),
    planReviewMaxMonths: z.number().int().min(1).max(120),
    defaultMeetingIntervalMonths: z.number().int().min(1).max(120).nullable(),
    followUpAfterEndMonths: z.number().int().min(0).max(120).nullable(),
    authorityRequestWorkingDays: days,
    dueSoonDays: days,
    upcomingDays: days,
  })
  .partial()
  .strict();
export const deadlineOverridesSchema = z
  .object({ adult: groupOverrides.optional(), youth: groupOverrides.optional() })
  .strict();

/** Version 0: the organisation has no overrides yet. */
export const deadlineConfigBody = z.object({ overrides: deadlineOverridesSchema, version });
export const deadlineConfigResponse = z.object({
  organisationId: z.string(),
  overrides: z.record(z.string(), z.unknown()),
  effective: z.record(z.enum(['adult', 'youth']), z.record(z.string(), z.unknown())),
  defaults: z.record(z.enum(['adult', 'youth']), z.record(z.string(), z.unknown())),
  version: z.number(),
});

export type DueState = (typeof DUE_STATES)[number];
export type MyWorkSort = z.infer<typeof myWorkQuery>['sort'];
export type MyWorkItemResponse = z.infer<typeof myWorkItemSchema>;
export type MyWork = z.infer<typeof myWorkResponse>;
export type UnitOverview = z.infer<typeof unitOverviewResponse>;
export type WorkerCounts = z.infer<typeof workerCounts>;
export type CompleteTaskBody = z.input<typeof completeTaskBody>;
export type DeadlineOverrides = z.infer<typeof deadlineOverridesSchema>;
