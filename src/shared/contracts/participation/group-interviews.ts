// Group interviews (DOMAIN.md 4.1): the goal, questions by theme, how many took part, who
// interviewed (an outside interviewer builds trust), a SWOT summary, and agreed actions each with an
// owner and a due date; every action becomes a task on its owner's My work.
import { z } from 'zod';
import { isoDate, optionalText, text, uuid, version } from '../common.js';
import { actionNameSchema } from '../foundation/auth.js';

export const INTERVIEWER_KINDS = ['internal', 'external'] as const;

const questionsInput = z.array(z.object({ theme: text(200), questions: z.array(text(500)).max(30) }).strict()).max(20);
const swotText = optionalText(4000);
const participantCount = z.number().int().min(1).max(50);

/** An agreed action: its owner must work in the interview's unit. */
export const agreedActionInput = z.object({ description: text(1000), ownerId: uuid, dueDate: isoDate }).strict();
export type AgreedActionInput = z.infer<typeof agreedActionInput>;

export const groupInterview = z.object({
  id: uuid,
  unitId: uuid,
  heldOn: z.string(),
  goal: z.string(),
  questions: z.array(z.object({ theme: z.string(), questions: z.array(z.string()) })),
  participantCount: z.number(),
  interviewerKind: z.enum(INTERVIEWER_KINDS),
  interviewerCount: z.number(),
  strengths: z.string(),
  weaknesses: z.string(),
  opportunities: z.string(),
  threats: z.string(),
  actions: z.array(
    z.object({
      id: uuid,
      description: z.string(),
      ownerId: uuid,
      ownerName: z.string(),
      dueDate: z.string(),
      taskId: uuid.nullable(),
      done: z.boolean(),
    }),
  ),
  version,
});
export type GroupInterview = z.infer<typeof groupInterview>;

export const groupInterviewDetail = z.object({
  interview: groupInterview,
  /** What the user may do with this interview (groupInterview.update). */
  permittedActions: z.array(actionNameSchema),
});

export const newGroupInterviewBody = z
  .object({
    /** One of the user's units; the first one when not given. */
    unitId: uuid.optional(),
    /** The day it was held: not in the future. */
    heldOn: isoDate,
    goal: text(2000),
    questions: questionsInput.default([]),
    participantCount,
    interviewerKind: z.enum(INTERVIEWER_KINDS),
    interviewerCount: z.number().int().min(1).max(10).default(1),
    strengths: swotText.default(''),
    weaknesses: swotText.default(''),
    opportunities: swotText.default(''),
    threats: swotText.default(''),
    actions: z.array(agreedActionInput).max(30).default([]),
  })
  .strict();
export type NewGroupInterviewBody = z.infer<typeof newGroupInterviewBody>;
export type NewGroupInterviewInput = z.input<typeof newGroupInterviewBody>;

/** Edits the record and SWOT, and adds agreed actions (each a new task). */
export const groupInterviewUpdateBody = z
  .object({
    goal: text(2000).optional(),
    questions: questionsInput.optional(),
    participantCount: participantCount.optional(),
    strengths: swotText.optional(),
    weaknesses: swotText.optional(),
    opportunities: swotText.optional(),
    threats: swotText.optional(),
    addActions: z.array(agreedActionInput).max(30).optional(),
    version,
  })
  .strict();
export type GroupInterviewUpdateBody = z.infer<typeof groupInterviewUpdateBody>;

/** Staff who can own an agreed action. */
export const actionOwner = z.object({ id: uuid, displayName: z.string(), unitId: uuid });
export type ActionOwner = z.infer<typeof actionOwner>;
