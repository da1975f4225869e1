// Suggestions from the public (a new service or a correction) and their moderation by the updater.
import { z } from 'zod';
import { optionalText, text, uuid, version } from '../common.js';
import { staffService } from './services.js';

export const suggestionInput = z.object({
  kind: z.enum(['new', 'correction']),
  serviceId: z.uuid().nullable().default(null),
  name: text(200),
  description: optionalText(3000).default(''),
  streetAddress: optionalText(200).default(''),
  municipality: optionalText(100).default(''),
  contact: optionalText(300).default(''),
  homepage: optionalText(500).default(''),
  message: optionalText(3000).default(''),
  email: z.union([z.email().max(200), z.literal('')]).default(''),
  /** Honeypot: people leave it empty, simple bots fill it. */
  website: z.string().max(500).optional(),
});
export type SuggestionInput = z.infer<typeof suggestionInput>;
export const suggestionReceived = z.object({ received: z.literal(true) });

/** The public page's form: the same fields as strings, the kind follows from `serviceId`. */
export const suggestionPageQuery = z.object({
  service: z.string().optional().catch(undefined),
  sent: z.string().optional().catch(undefined),
});

export const suggestionStatus = z.enum(['pending', 'approved', 'rejected']);

export const suggestionOut = z.object({
  id: z.string(),
  kind: z.enum(['new', 'correction']),
  serviceId: z.string().nullable(),
  serviceName: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  streetAddress: z.string(),
  municipality: z.string(),
  contact: z.string(),
  homepage: z.string(),
  message: z.string(),
  hasEmail: z.boolean(),
  lang: z.string(),
  status: suggestionStatus,
  handledAt: z.string().nullable(),
  handlerNote: z.string().nullable(),
  resultServiceId: z.string().nullable(),
  createdAt: z.string(),
});

export const suggestionsQuery = z.object({ status: suggestionStatus.default('pending') });
export const suggestionList = z.object({ suggestions: z.array(suggestionOut) });
export const suggestionParams = z.object({ suggestionId: uuid });

export const approveBody = z.object({
  /** The service as the updater edited it (a new service, or the corrected one). */
  service: z.unknown().optional(),
  /** The corrected service's version, when a correction is applied. */
  version: version.optional(),
  note: optionalText(1000).optional(),
});
export const rejectBody = z.object({ note: optionalText(1000).optional() });

export const handled = z.object({
  suggestion: suggestionOut,
  service: staffService.nullable(),
  /** The suggester left an email: the updater may tell them (the address is erased from the database). */
  tellSuggester: z.object({ email: z.string(), lang: z.string() }).nullable(),
});

export type Suggestion = z.infer<typeof suggestionOut>;
export type SuggestionList = z.infer<typeof suggestionList>;
export type Handled = z.infer<typeof handled>;
export type ApproveBody = z.input<typeof approveBody>;
