// The client record (asiakkuus) and what hangs on it directly: search, create with the duplicate
// warning, read, edit, reveal of the identity code, end of the relationship, contacts
// (yhteydenotot), the benefit handler's concern (huoli) and the named worker (omatyöntekijä,
// SHL 42 §). The server validates with these schemas; the web app imports their types only.
import { z } from 'zod';
import { actionNameSchema } from '../foundation/auth.js';
import { isoDate, optionalText, text, uuid, version } from '../common.js';

// ---- building blocks of client work (also used by assessment, network and authority requests) ----

/** Optional text that is stored as null when empty. */
export const nullableText = (max = 4000) =>
  optionalText(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const clientParams = z.object({ clientId: uuid });

/** The body of an error answer, for the response schemas of routes that answer 400/409 by rule. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

// ---- the record ----

export const CLIENT_LANGUAGES = ['fi', 'sv', 'en', 'other'] as const;
export const CLIENT_GROUPS = ['adult', 'youth'] as const;
export const CLIENT_STATUSES = ['active', 'ended'] as const;
export const NAMED_WORKER_STATUSES = ['assigned', 'not-needed', 'other-responsible'] as const;

const language = z.enum(CLIENT_LANGUAGES);
const clientGroup = z.enum(CLIENT_GROUPS);
const namedWorkerStatus = z.enum(NAMED_WORKER_STATUSES);

export const namedWorkerSchema = z.object({
  id: uuid,
  workerId: z.string().nullable(),
  workerName: z.string().nullable(),
  status: namedWorkerStatus,
  reason: z.string().nullable(),
  otherResponsible: z.string().nullable(),
  assignedOn: z.string(),
  clientInformedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
});

/** What the benefit handler, the client and search results see. */
export const clientBasicSchema = z.object({
  id: uuid,
  unitId: uuid,
  unitName: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  clientGroup,
  status: z.enum(CLIENT_STATUSES),
});

export const clientSchema = clientBasicSchema.extend({
  /** Masked: '120385-****'. The full code only through the audited reveal route. */
  henkilotunnus: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  streetAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  preferredLanguage: language,
  otherLanguage: z.string().nullable(),
  interpreterNeeded: z.boolean(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  version: z.number(),
  namedWorker: namedWorkerSchema.nullable(),
});

/** The editable fields of the record; an empty string clears an optional one. */
const clientFields = {
  firstName: text(100),
  lastName: text(100),
  birthDate: isoDate.nullish(),
  /** Validated by its check character in the service; never echoed back in an error. */
  henkilotunnus: z.string().trim().max(20).nullish(),
  phone: nullableText(40),
  email: z
    .union([z.string().trim().email().max(200), z.literal('')])
    .nullish()
    .transform((v) => (v ? v : null)),
  streetAddress: nullableText(200),
  postalCode: z
    .union([
      z
        .string()
        .trim()
        .regex(/^\d{5}$/),
      z.literal(''),
    ])
    .nullish()
    .transform((v) => (v ? v : null)),
  city: nullableText(100),
  preferredLanguage: language.optional(),
  otherLanguage: nullableText(100),
  interpreterNeeded: z.boolean().optional(),
  clientGroup: clientGroup.optional(),
};

export const createClientBody = z.object({
  /** Needed when the user may create clients in more than one unit. */
  unitId: uuid.optional(),
  /** The user has seen the possible duplicates and says this is another person. */
  confirmDuplicate: z.boolean().default(false),
  ...clientFields,
});

export const updateClientBody = z.object({ version, ...z.object(clientFields).partial().shape });

export const duplicateCandidateSchema = z.object({
  id: uuid,
  firstName: z.string(),
  lastName: z.string(),
  unitName: z.string(),
});

/** 409 answer of POST /api/clients: the same identity code, or the same name and birth date. */
export const duplicateBody = z.object({
  error: z.object({
    code: z.literal('possible_duplicate'),
    message: z.string(),
    candidates: z.array(duplicateCandidateSchema),
  }),
});

export const clientSearchInput = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(['active', 'ended', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const clientSearchResult = z.object({ clients: z.array(clientBasicSchema), total: z.number() });

export const clientResponse = z.object({ client: clientSchema });
export const clientReadResponse = z.object({
  client: clientSchema,
  /** What the user may do with this client, as the server decided: the web app shows buttons by it. */
  permittedActions: z.array(actionNameSchema),
});
export const clientBasicResponse = z.object({ client: clientBasicSchema });
export const identityRevealResponse = z.object({ henkilotunnus: z.string().nullable() });

export const endClientBody = z.object({
  version,
  endedOn: isoDate,
  endReason: text(2000),
  /** Default: yes for youth clients (DOMAIN 3.8), no for others. */
  followUp: z.boolean().optional(),
  followUpDate: isoDate.optional(),
});
export const endClientResponse = z.object({ client: clientSchema, followUpTaskId: z.string().nullable() });

// ---- contacts (yhteydenotot) ----

export const CONTACT_CHANNELS = ['phone', 'visit', 'letter', 'e-service', 'referral', 'other'] as const;
export const CONTACTED_BY = ['client', 'close-person', 'partner', 'kela', 'benefit-handler', 'other'] as const;

export const contactSchema = z.object({
  id: uuid,
  contactDate: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  contactedBy: z.enum(CONTACTED_BY),
  reason: z.string().nullable(),
  assessmentRequired: z.boolean(),
  /** Statutory latest start of the assessment (7th working day), when required. */
  assessmentStartDue: z.string().nullable(),
  /** An assessment was started on or after the contact. */
  assessmentStarted: z.boolean(),
  createdByName: z.string().nullable(),
});

export const newContactBody = z.object({
  contactDate: isoDate,
  channel: z.enum(CONTACT_CHANNELS),
  contactedBy: z.enum(CONTACTED_BY),
  reason: nullableText(2000),
  assessmentRequired: z.boolean().default(true),
});
export const contactsResponse = z.object({ contacts: z.array(contactSchema) });
export const contactResponse = z.object({ contact: contactSchema });

// ---- the benefit handler's concern (huoli) ----

export const concernSchema = z.object({
  id: uuid,
  clientId: uuid,
  clientFirstName: z.string(),
  clientLastName: z.string(),
  contactDate: z.string(),
  reason: z.string().nullable(),
});
export const newConcernBody = z.object({ description: text(2000) });
export const concernResponse = z.object({ concern: concernSchema });
export const concernsResponse = z.object({ concerns: z.array(concernSchema) });

// ---- named worker (omatyöntekijä, SHL 42 §) ----

export const unitWorkerSchema = z.object({ id: uuid, displayName: z.string() });
export const namedWorkerResponse = z.object({
  current: namedWorkerSchema.nullable(),
  history: z.array(namedWorkerSchema),
  /** Social workers and counsellors of the client's unit: who can be named. */
  workers: z.array(unitWorkerSchema),
});
export const assignNamedWorkerBody = z.object({
  /** The id of the assignment you saw as current (null if none): a changed one gives 409. */
  currentId: uuid.nullable(),
  status: namedWorkerStatus,
  workerId: uuid.nullish(),
  reason: nullableText(2000),
  otherResponsible: nullableText(200),
  assignedOn: isoDate,
  clientInformedOn: isoDate.nullish(),
});
export const assignmentParams = clientParams.extend({ assignmentId: uuid });
export const namedWorkerInformedBody = z.object({ clientInformedOn: isoDate });

export type ClientLanguage = (typeof CLIENT_LANGUAGES)[number];
export type ClientGroup = (typeof CLIENT_GROUPS)[number];
export type NamedWorkerStatus = (typeof NAMED_WORKER_STATUSES)[number];
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export type ContactedBy = (typeof CONTACTED_BY)[number];
export type NamedWorker = z.infer<typeof namedWorkerSchema>;
export type ClientBasic = z.infer<typeof clientBasicSchema>;
export type Client = z.infer<typeof clientSchema>;
export type ClientRead = z.infer<typeof clientReadResponse>;
export type CreateClientInput = z.input<typeof createClientBody>;
export type UpdateClientInput = z.input<typeof updateClientBody>;
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;
export type ClientSearchInput = z.input<typeof clientSearchInput>;
export type ClientSearchResult = z.infer<typeof clientSearchResult>;
export type EndClientInput = z.input<typeof endClientBody>;
export type EndClientResult = z.infer<typeof endClientResponse>;
export type Contact = z.infer<typeof contactSchema>;
export type NewContactInput = z.input<typeof newContactBody>;
export type Concern = z.infer<typeof concernSchema>;
export type NewConcernInput = z.input<typeof newConcernBody>;
export type NamedWorkerData = z.infer<typeof namedWorkerResponse>;
export type AssignNamedWorkerInput = z.input<typeof assignNamedWorkerBody>;
export type AssignNamedWorker = z.infer<typeof assignNamedWorkerBody>;
export type CreateClient = z.infer<typeof createClientBody>;
export type UpdateClient = z.infer<typeof updateClientBody>;
export type EndClient = z.infer<typeof endClientBody>;
export type NewContact = z.infer<typeof newContactBody>;
export type ClientSearch = z.infer<typeof clientSearchInput>;
