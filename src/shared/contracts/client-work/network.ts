// Close-network mapping (läheisverkoston kartoitus, SHL 43 §): the legal basis (consent or a
// statutory exception) and the people close to the client. The server validates with these schemas;
// the web app imports their types only.
import { z } from 'zod';
import { isoDate, text, uuid, version } from '../common.js';
import { clientParams, nullableText } from './clients.js';

export const NETWORK_BASES = ['consent', 'exception-unable-to-care', 'exception-child-interest'] as const;
const basis = z.enum(NETWORK_BASES);

export const networkConsentSchema = z.object({
  id: uuid,
  basis,
  scope: z.string().nullable(),
  givenOn: z.string(),
  givenBy: z.string().nullable(),
  justification: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  createdByName: z.string().nullable(),
});

export const networkPersonSchema = z.object({
  id: uuid,
  consentId: uuid,
  name: z.string(),
  relationship: z.string().nullable(),
  contactInfo: z.string().nullable(),
  supportRole: z.string().nullable(),
  ownSupportNeeds: z.string().nullable(),
  version: z.number(),
});

export const networkResponse = z.object({
  consents: z.array(networkConsentSchema),
  persons: z.array(networkPersonSchema),
  /** A basis is in force: persons may be added and edited. */
  canMap: z.boolean(),
});

export const newConsentBody = z.object({
  basis,
  scope: nullableText(2000),
  givenOn: isoDate,
  givenBy: nullableText(200),
  justification: nullableText(4000),
});
export const consentParams = clientParams.extend({ consentId: uuid });
export const withdrawConsentBody = z.object({ withdrawnAt: isoDate });
export const consentResponse = z.object({ consent: networkConsentSchema });

export const personBody = z.object({
  name: text(200),
  relationship: nullableText(200),
  contactInfo: nullableText(200),
  supportRole: nullableText(4000),
  ownSupportNeeds: nullableText(4000),
});
export const personParams = clientParams.extend({ personId: uuid });
export const updatePersonBody = personBody.extend({ version });
export const personResponse = z.object({ person: networkPersonSchema });

export type NetworkBasis = (typeof NETWORK_BASES)[number];
export type NetworkConsent = z.infer<typeof networkConsentSchema>;
export type NetworkPerson = z.infer<typeof networkPersonSchema>;
export type NetworkData = z.infer<typeof networkResponse>;
export type NewConsentInput = z.input<typeof newConsentBody>;
export type PersonInput = z.input<typeof personBody>;
export type Person = z.infer<typeof personBody>;
export type NewConsent = z.infer<typeof newConsentBody>;
export type UpdatePerson = z.infer<typeof updatePersonBody>;
