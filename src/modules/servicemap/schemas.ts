// Zod schemas of the service map API. Texts are {fi, sv, en}; Finnish is required where a text is.
import { z } from 'zod';
import type { Localized } from '../../shared/i18n.js';

/** A schema rule's own text in every language (the error handler parses it, see app.ts). */
const localizedIssue = (text: Localized) => JSON.stringify(text);

const text = (max: number) => z.string().trim().max(max);
/** A text in every language, all optional. */
export const localizedText = (max: number) =>
  z
    .object({ fi: text(max).default(''), sv: text(max).default(''), en: text(max).default('') })
    .default({ fi: '', sv: '', en: '' });
/** A text in every language, Finnish required. */
export const localizedRequired = (max: number) =>
  z.object({ fi: text(max).min(1), sv: text(max).default(''), en: text(max).default('') });

export const code = z.string().regex(/^[a-z0-9-]{1,60}$/);
export const providerType = z.enum(['public', 'ngo', 'parish', 'company']);
export const serviceStatus = z.enum(['draft', 'published', 'retired']);
const time = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/);
const isoDate = z.iso.date();

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
  streetAddress: text(200).min(1),
  postalCode: z.union([z.string().regex(/^\d{5}$/), z.literal('')]).default(''),
  municipality: text(100).min(1),
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
    providerName: text(200).min(1),
    providerType,
    referralRequired: z.boolean().default(false),
    freeOfCharge: z.boolean().default(true),
    howToAccess: localizedText(1000),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/))
      .max(20)
      .default(['fi']),
    accessibility: localizedText(1000),
    phone: text(50).nullable().default(null),
    email: z.email().max(200).nullable().default(null),
    homepage: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .default(null),
    internalNotes: text(5000).nullable().default(null),
    professionalContact: text(500).nullable().default(null),
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
export type ServiceInput = z.infer<typeof serviceInput>;

const localizedOut = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
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

export const searchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  category: z.union([code, z.array(code)]).optional(),
  theme: z.union([code, z.array(code)]).optional(),
  municipality: z.string().trim().max(100).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional()
    .or(z.literal('')),
  open: z.enum(['1', 'true', '']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const staffSearchQuery = searchQuery.extend({
  status: z.enum(['draft', 'published', 'retired', 'all', '']).optional(),
  stale: z.enum(['1', 'true', '']).optional(),
});

export const suggestionInput = z.object({
  kind: z.enum(['new', 'correction']),
  serviceId: z.uuid().nullable().default(null),
  name: text(200).min(1),
  description: text(3000).default(''),
  streetAddress: text(200).default(''),
  municipality: text(100).default(''),
  contact: text(300).default(''),
  homepage: text(500).default(''),
  message: text(3000).default(''),
  email: z.union([z.email().max(200), z.literal('')]).default(''),
  /** Honeypot: people leave it empty, simple bots fill it. */
  website: z.string().max(500).optional(),
});
export type SuggestionInput = z.infer<typeof suggestionInput>;

export const themeMapInput = z.object({
  slug: z.string().regex(/^[a-z0-9-]{2,60}$/),
  title: localizedRequired(200),
  description: localizedText(2000),
  themes: z.array(code).max(20).default([]),
  categories: z.array(code).max(20).default([]),
  municipalities: z.array(text(100).min(1)).max(20).default([]),
  serviceIds: z.array(z.uuid()).max(500).default([]),
  embedOrigins: z
    .array(z.url({ protocol: /^https?$/ }))
    .max(20)
    .default([]),
});
export type ThemeMapInput = z.infer<typeof themeMapInput>;
