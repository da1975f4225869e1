// A service of the service map: what the updater writes (with its locations and weekly opening
// hours), what the public sees, and what staff see (internal notes, status, staleness, version).
import { z } from 'zod';
import { isoDate, localizedIssue, optionalText, text, uuid, version } from '../common.js';
import { actionNameSchema } from '../foundation/auth.js';
import { code, localizedOut, localizedRequired, localizedText, providerType, serviceStatus } from './common.js';

const time = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/);

export const openingHours = z
  .object({ weekday: z.number().int().min(1).max(7), opens: time, closes: time })
  .refine((h) => h.closes > h.opens, {
    path: ['closes'],
    message: localizedIssue({
      fi: 'Sulkemisajan pitää olla avaamisajan jälkeen.',
      sv: 'Stängningstiden måste vara efter öppningstiden.',
      en: 'Closing time must be after opening time.',
    }),
  });

export const locationInput = z.object({
  id: z.uuid().optional(),
  name: localizedText(200),
  streetAddress: text(200),
  postalCode: z.union([z.string().regex(/^\d{5}$/), z.literal('')]).default(''),
  municipality: text(100),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  transportNote: localizedText(500),
  hours: z.array(openingHours).max(50).default([]),
});

export const serviceInput = z
  .object({
    name: localizedRequired(200),
    shortDescription: localizedText(500),
    description: localizedText(5000),
    categories: z.array(code).max(10).default([]),
    themes: z.array(code).max(10).default([]),
    targetGroup: localizedText(300),
    ageMin: z.number().int().min(0).max(130).nullable().default(null),
    ageMax: z.number().int().min(0).max(130).nullable().default(null),
    providerName: text(200),
    providerType,
    referralRequired: z.boolean().default(false),
    freeOfCharge: z.boolean().default(true),
    howToAccess: localizedText(1000),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/))
      .max(20)
      .default(['fi']),
    accessibility: localizedText(1000),
    phone: optionalText(50).nullable().default(null),
    email: z.email().max(200).nullable().default(null),
    homepage: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .default(null),
    internalNotes: optionalText(5000).nullable().default(null),
    professionalContact: optionalText(500).nullable().default(null),
    status: serviceStatus.default('draft'),
    lastVerifiedOn: isoDate.nullable().default(null),
    locations: z.array(locationInput).max(20).default([]),
  })
  .refine((s) => s.ageMin === null || s.ageMax === null || s.ageMin <= s.ageMax, {
    path: ['ageMax'],
    message: localizedIssue({
      fi: 'Yläikärajan pitää olla vähintään alaikäraja.',
      sv: 'Den övre åldersgränsen måste vara minst den nedre.',
      en: 'The maximum age must be at least the minimum age.',
    }),
  });
/** A service as the server stores it (defaults applied). */
export type ServiceInput = z.infer<typeof serviceInput>;
/** A service as a form sends it. */
export type ServiceBody = z.input<typeof serviceInput>;

/** An edit names the version it started from (a stale version answers 409). */
export const serviceUpdate = z.intersection(serviceInput, z.object({ version }));
export const serviceVerify = z.object({ version });

export const serviceParams = z.object({ serviceId: uuid });

export const locationOut = z.object({
  id: z.string(),
  name: localizedOut,
  streetAddress: z.string(),
  postalCode: z.string(),
  municipality: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  transportNote: localizedOut,
  hours: z.array(z.object({ weekday: z.number(), opens: z.string(), closes: z.string() })),
  openNow: z.boolean(),
});

/** A service as the public sees it. */
export const publicService = z.object({
  id: z.string(),
  name: localizedOut,
  shortDescription: localizedOut,
  description: localizedOut,
  categories: z.array(z.string()),
  themes: z.array(z.string()),
  targetGroup: localizedOut,
  ageMin: z.number().nullable(),
  ageMax: z.number().nullable(),
  providerName: z.string(),
  providerType,
  referralRequired: z.boolean(),
  freeOfCharge: z.boolean(),
  howToAccess: localizedOut,
  languages: z.array(z.string()),
  accessibility: localizedOut,
  phone: z.string().nullable(),
  email: z.string().nullable(),
  homepage: z.string().nullable(),
  lastVerifiedOn: z.string().nullable(),
  locations: z.array(locationOut),
  openNow: z.boolean(),
});

/** A service as staff see it: internal notes, status, staleness, version. */
export const staffService = publicService.extend({
  status: serviceStatus,
  internalNotes: z.string().nullable(),
  professionalContact: z.string().nullable(),
  verifiedByName: z.string().nullable(),
  stale: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});

/** One service for staff, with what the user may do with it (the web app shows buttons by these). */
export const staffServiceResponse = z.object({ service: staffService, permittedActions: z.array(actionNameSchema) });
export const staffServiceCreated = z.object({ service: staffService });
export const publicServiceResponse = z.object({ service: publicService });

export const serviceVersions = z.object({
  versions: z.array(
    z.object({
      version: z.number(),
      change: z.string(),
      changedByName: z.string().nullable(),
      changedAt: z.string(),
    }),
  ),
});

export type PublicService = z.infer<typeof publicService>;
export type StaffService = z.infer<typeof staffService>;
export type StaffServiceResponse = z.infer<typeof staffServiceResponse>;
export type ServiceVersions = z.infer<typeof serviceVersions>;
