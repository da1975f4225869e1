// Searching the service map: the public search (JSON and the no-JavaScript page), the workers'
// search with drafts and the staleness filter, and the filters' vocabularies.
import { z } from 'zod';
import { code, taxonomy } from './common.js';
import { publicService, staffService } from './services.js';

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
export type StaffSearchQuery = z.input<typeof staffSearchQuery>;

/**
 * The query of the public search page: a link anyone may edit, so a bad value is ignored rather
 * than refused (the page still answers).
 */
export const searchPageQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  category: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined),
  theme: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined),
  municipality: z.string().max(100).optional().catch(undefined),
  language: z.string().max(3).optional().catch(undefined),
  open: z.string().max(5).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

/** The printed handout: chosen services by id (bad ids are ignored). */
export const printPageQuery = z.object({
  id: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined),
});

export const publicSearchResult = z.object({ total: z.number(), page: z.number(), services: z.array(publicService) });
export const staffSearchResult = z.object({ total: z.number(), page: z.number(), services: z.array(staffService) });

export const publicMeta = z.object({ taxonomy, municipalities: z.array(z.string()) });
export const staffMeta = publicMeta.extend({ staleMonths: z.number(), tileUrl: z.string() });

export type StaffSearchResult = z.infer<typeof staffSearchResult>;
export type StaffMeta = z.infer<typeof staffMeta>;
