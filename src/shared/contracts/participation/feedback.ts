// After-meeting feedback (DOMAIN.md 4.1): one anonymous answer (the same rules for the public form,
// the public JSON and paper entry), worker codes, per-worker results under the minimum-size rule,
// and the moderation of free text.
import { z } from 'zod';
import { isoDate, optionalText, uuid, version } from '../common.js';
import { actionNameSchema } from '../foundation/auth.js';

export const MET_EXPECTATIONS = ['yes', 'partly', 'no'] as const;
export const MODERATION_STATES = ['pending', 'approved', 'redacted'] as const;

/** Free text of an answer: trimmed, at most 2000 characters, empty allowed. */
const answerText = optionalText(2000).nullable().optional();

/** One answer: at least one question must be answered (checked by the service, field by field). */
export const feedbackAnswerInput = z
  .object({
    metExpectations: z.enum(MET_EXPECTATIONS).nullable().optional(),
    opinion: answerText,
    wishes: answerText,
    rating: z.number().int().min(1).max(5).nullable().optional(),
  })
  .strict();
export type FeedbackAnswerInput = z.infer<typeof feedbackAnswerInput>;

/** The public JSON: an answer, and a honeypot field that people leave empty. */
export const publicFeedbackBody = feedbackAnswerInput.extend({ website: z.string().max(200).optional() }).strict();
export const publicFeedbackParams = z.object({ code: z.string().max(20) });

/** A paper card typed in by staff: its worker code and the day it was answered (default today). */
export const paperFeedbackBody = feedbackAnswerInput
  .extend({ code: z.string().trim().min(1).max(20), answeredOn: isoDate.optional() })
  .strict();
export type PaperFeedbackBody = z.input<typeof paperFeedbackBody>;

export const feedbackLinks = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

export const feedbackCode = z.object({
  code: z.string(),
  unitId: uuid,
  unitName: z.string(),
  links: feedbackLinks,
});
export type FeedbackCode = z.infer<typeof feedbackCode>;

/** A period of answer days; the last twelve months when not chosen. */
export const periodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
export type PeriodQuery = z.infer<typeof periodQuery>;
const period = z.object({ from: z.string(), to: z.string() });

/** One worker's results. Below the minimum only `enough: false`: no count, no distribution, no text. */
export const feedbackResults = z.union([
  z.object({ period, minimum: z.number(), enough: z.literal(false) }),
  z.object({
    period,
    minimum: z.number(),
    enough: z.literal(true),
    count: z.number(),
    metExpectations: z.object({ yes: z.number(), partly: z.number(), no: z.number(), unanswered: z.number() }),
    rating: z.object({ distribution: z.array(z.number()), answered: z.number(), mean: z.number().nullable() }),
    freeTexts: z.array(z.object({ id: uuid, opinion: z.string().nullable(), wishes: z.string().nullable() })),
    awaitingModeration: z.number(),
  }),
]);
export type FeedbackResults = z.infer<typeof feedbackResults>;

/** A manager's unit staff: whether each has enough answers to show (never a count). */
export const feedbackWorkerRow = z.object({
  userId: uuid,
  displayName: z.string(),
  unitId: uuid,
  unitName: z.string(),
  enough: z.boolean(),
  /** What the user may do with this worker's feedback (feedback.perWorker.read). */
  permittedActions: z.array(actionNameSchema),
});
export type FeedbackWorkerRow = z.infer<typeof feedbackWorkerRow>;
export const feedbackWorkers = z.object({ minimum: z.number(), workers: z.array(feedbackWorkerRow) });
export type FeedbackWorkers = z.infer<typeof feedbackWorkers>;

export const moderationQuery = z.object({ status: z.enum([...MODERATION_STATES, 'all']).default('pending') });
export type ModerationFilter = z.infer<typeof moderationQuery>['status'];

/** A free-text answer in the moderation queue. */
export const moderationItem = z.object({
  id: uuid,
  workerName: z.string(),
  unitName: z.string(),
  answeredOn: z.string(),
  channel: z.enum(['web', 'paper']),
  opinion: z.string().nullable(),
  wishes: z.string().nullable(),
  moderation: z.enum(MODERATION_STATES),
  proposalId: uuid.nullable(),
  version,
  /** What the user may do with this answer (feedback.moderate, proposal.fromFeedback.create). */
  permittedActions: z.array(actionNameSchema),
});
export type ModerationItem = z.infer<typeof moderationItem>;

/** Approve the free text as written, or store a redacted version (the original is overwritten). */
export const feedbackModerationBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), version }).strict(),
  z
    .object({
      decision: z.literal('redact'),
      opinion: optionalText(2000).nullable(),
      wishes: optionalText(2000).nullable(),
      version,
    })
    .strict(),
]);
export type FeedbackModerationBody = z.infer<typeof feedbackModerationBody>;

export const moderationResult = z.object({ id: uuid, moderation: z.enum(MODERATION_STATES), version });

export const cardsQuery = z.object({
  size: z.enum(['a6', 'a5']).default('a6'),
  lang: z.enum(['fi', 'sv', 'en']).optional(),
});
