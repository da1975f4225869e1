// Requests to other authorities (SHL 41 §): request → answer → contribution, with a due date. The
// server validates with these schemas; the web app imports their types only.
import { z } from 'zod';
import { isoDate, text, uuid, version } from '../common.js';
import { clientParams, nullableText } from './clients.js';

export const AUTHORITY_KINDS = ['health', 'employment', 'kela', 'housing', 'education', 'other'] as const;
export const REQUEST_PURPOSES = ['assessment', 'plan', 'other'] as const;
export const REQUEST_STATUSES = ['sent', 'answered', 'contributed', 'cancelled'] as const;

const status = z.enum(REQUEST_STATUSES);

export const authorityRequestSchema = z.object({
  id: uuid,
  authority: z.string(),
  authorityKind: z.enum(AUTHORITY_KINDS),
  purpose: z.enum(REQUEST_PURPOSES),
  requestText: z.string().nullable(),
  sharedInformation: z.string().nullable(),
  sentOn: z.string(),
  dueDate: z.string(),
  status,
  answeredOn: z.string().nullable(),
  answer: z.string().nullable(),
  contribution: z.string().nullable(),
  version: z.number(),
  createdByName: z.string().nullable(),
});

export const newAuthorityRequestBody = z.object({
  authority: text(200),
  authorityKind: z.enum(AUTHORITY_KINDS),
  purpose: z.enum(REQUEST_PURPOSES),
  requestText: nullableText(4000),
  /** What the request shares with the authority: all they get to see. */
  sharedInformation: nullableText(4000),
  sentOn: isoDate,
  /** Default: the organisation's answer time (14 working days unless configured) after sending. */
  dueDate: isoDate.optional(),
});

export const authorityRequestParams = clientParams.extend({ requestId: uuid });
export const updateAuthorityRequestBody = z.object({
  version,
  status: status.optional(),
  dueDate: isoDate.optional(),
  answeredOn: isoDate.nullish(),
  answer: nullableText(4000).optional(),
  contribution: nullableText(4000).optional(),
});

export const authorityRequestsResponse = z.object({ requests: z.array(authorityRequestSchema) });
export const authorityRequestResponse = z.object({ request: authorityRequestSchema });

export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];
export type RequestPurpose = (typeof REQUEST_PURPOSES)[number];
export type AuthorityRequestStatus = (typeof REQUEST_STATUSES)[number];
export type AuthorityRequest = z.infer<typeof authorityRequestSchema>;
export type NewAuthorityRequestInput = z.input<typeof newAuthorityRequestBody>;
export type UpdateAuthorityRequestInput = z.input<typeof updateAuthorityRequestBody>;
export type NewAuthorityRequest = z.infer<typeof newAuthorityRequestBody>;
export type UpdateAuthorityRequest = z.infer<typeof updateAuthorityRequestBody>;
