// The register of work activity providers (workshops, associations, the municipality's own units),
// held by the organisation. Routes: /api/work-activity/providers…
import { z } from 'zod';
import { text, uuid, version } from '../common.js';
import { END_REASONS } from '../../measures/vocabulary.js';
import { localized, nullableText } from './common.js';

export const providerParams = z.object({ providerId: uuid });
export const providersQuery = z.object({ active: z.enum(['true', 'false']).optional() });

const providerFields = z.object({
  name: text(200),
  address: nullableText(300),
  tasksOffered: nullableText(),
  contactPerson: nullableText(200),
  contactPhone: nullableText(50),
  publicTransport: nullableText(1000),
  capacity: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .nullish()
    .transform((v) => v ?? null),
});
export const providerBody = providerFields.extend({ isActive: z.boolean().default(true) });
export type ProviderBody = z.infer<typeof providerBody>;
/** Only the fields sent change (no defaults: leaving `isActive` out keeps it as it is). */
export const providerPatch = providerFields.partial().extend({ isActive: z.boolean().optional(), version });
export type ProviderPatch = z.infer<typeof providerPatch>;

export const provider = z.object({
  id: uuid,
  name: z.string(),
  address: z.string().nullable(),
  tasksOffered: z.string().nullable(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  publicTransport: z.string().nullable(),
  capacity: z.number().nullable(),
  isActive: z.boolean(),
  activeAgreements: z.number(),
  version: z.number(),
});
export type Provider = z.infer<typeof provider>;

export const endReason = z.object({ code: z.enum(END_REASONS), label: localized });
export type EndReasonOption = z.infer<typeof endReason>;

export const providersResponse = z.object({
  providers: z.array(provider),
  /** The coded end reasons with their labels (the end step's choices). */
  endReasons: z.array(endReason),
});
export type ProvidersResponse = z.infer<typeof providersResponse>;
export const providerResponse = z.object({ provider });
