// The proposal register (DOMAIN.md 4.2): proposals with a status flow and a dated history, the
// one-step proposal from a moderated answer, and the public "what we did" list (no personal data).
import { z } from 'zod';
import { isoDate, optionalText, text, uuid, version } from '../common.js';
import { actionNameSchema } from '../foundation/auth.js';
import { PROPOSAL_SOURCES, PROPOSAL_STATUSES, PROPOSAL_THEMES } from '../../participation/proposals.js';

export const proposalTheme = z.enum(PROPOSAL_THEMES);
const title = text(200);

export const proposal = z.object({
  id: uuid,
  ownerUnitId: uuid,
  ownerUnitName: z.string(),
  source: z.enum(PROPOSAL_SOURCES),
  /** The record it came from (a feedback answer, a survey's free text …); never a client. */
  sourceType: z.string().nullable(),
  sourceId: uuid.nullable(),
  theme: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  rejectionReason: z.string().nullable(),
  publicResponse: z.string().nullable(),
  createdAt: z.string(),
  version,
});
export type Proposal = z.infer<typeof proposal>;

export const statusChange = z.object({
  fromStatus: z.enum(PROPOSAL_STATUSES).nullable(),
  toStatus: z.enum(PROPOSAL_STATUSES),
  changedOn: z.string(),
  changedByName: z.string().nullable(),
  note: z.string().nullable(),
});
export type StatusChange = z.infer<typeof statusChange>;

export const proposalDetail = z.object({
  proposal,
  history: z.array(statusChange),
  /** What the user may do with this proposal (proposal.update). */
  permittedActions: z.array(actionNameSchema),
});
export type ProposalDetail = z.infer<typeof proposalDetail>;

export const proposalListQuery = z.object({
  status: z.enum(PROPOSAL_STATUSES).optional(),
  theme: proposalTheme.optional(),
  source: z.enum(PROPOSAL_SOURCES).optional(),
});
export type ProposalListQuery = z.infer<typeof proposalListQuery>;

export const newProposalBody = z
  .object({
    /** One of the user's units; the first one when not given. */
    ownerUnitId: uuid.optional(),
    source: z.enum(PROPOSAL_SOURCES),
    theme: proposalTheme,
    title,
    description: optionalText(4000).default(''),
  })
  .strict();
export type NewProposalBody = z.input<typeof newProposalBody>;

/** A proposal made of a moderated answer: its text is the answer's (moderated) words only. */
export const proposalFromAnswerBody = z.object({ theme: proposalTheme, title }).strict();
export type ProposalFromAnswerBody = z.infer<typeof proposalFromAnswerBody>;

export const proposalUpdateBody = z
  .object({
    title: title.optional(),
    theme: proposalTheme.optional(),
    description: optionalText(4000).optional(),
    publicResponse: optionalText(4000).nullable().optional(),
    version,
  })
  .strict();
export type ProposalUpdateBody = z.infer<typeof proposalUpdateBody>;

/** received → under consideration → decided → done, or rejected with a reason; never back. */
export const statusChangeBody = z
  .object({
    status: z.enum(PROPOSAL_STATUSES),
    reason: optionalText(2000).nullable().optional(),
    publicResponse: optionalText(4000).nullable().optional(),
    note: optionalText(2000).nullable().optional(),
    /** The day of the change (default today; never in the future). */
    changedOn: isoDate.optional(),
    version,
  })
  .strict();
export type StatusChangeBody = z.infer<typeof statusChangeBody>;

/** Only what may be published: no description (it may quote an answer), no staff, no source ids. */
export const publicProposal = z.object({
  id: uuid,
  title: z.string(),
  theme: z.string(),
  source: z.enum(PROPOSAL_SOURCES),
  status: z.enum(PROPOSAL_STATUSES),
  publicResponse: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  unitName: z.string(),
  receivedOn: z.string(),
  statusChangedOn: z.string().nullable(),
});
export type PublicProposal = z.infer<typeof publicProposal>;

export const publicProposalQuery = z.object({
  theme: z.union([proposalTheme, z.literal('')]).optional(),
  status: z.union([z.enum(PROPOSAL_STATUSES), z.literal('')]).optional(),
});
