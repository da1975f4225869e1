// Data exchange: Open Referral HSDS 3.0 (the API's page shape, export and import) and CSV for
// spreadsheet users. Imports are all or nothing and report every bad record.
import { z } from 'zod';
import { uuid } from '../common.js';

export const hsdsRoot = z.object({ version: z.string(), profile: z.string(), openapi_url: z.string() });

export const hsdsServicesQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
  search: z.string().max(200).optional(),
});

const hsdsRecord = z.record(z.string(), z.unknown());

export const hsdsPage = z.object({
  total_items: z.number(),
  total_pages: z.number(),
  page_number: z.number(),
  size: z.number(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(hsdsRecord),
});

export const hsdsServiceParams = z.object({ serviceId: uuid });
export const hsdsService = hsdsRecord;
export const hsdsExport = z.object({ hsds_version: z.string(), created: z.string(), services: z.array(hsdsRecord) });

/** A data set: `{services: […]}`, an API page `{contents: […]}` or a plain array of services. */
export const hsdsImportBody = z.union([
  z.array(z.unknown()),
  z.object({ services: z.array(z.unknown()) }),
  z.object({ contents: z.array(z.unknown()) }),
]);

const problem = z.object({ path: z.string(), message: z.string() });

/** One bad record of an import: its place (HSDS: index from 0; CSV: line number) and its errors. */
export const importProblem = z.object({
  index: z.number().optional(),
  row: z.number().optional(),
  id: z.string().nullable().optional(),
  errors: z.array(problem),
});

export const importResult = z.object({ created: z.number(), updated: z.number() });

export const hsdsImportError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    records: z.array(importProblem).optional(),
    fields: z.array(z.unknown()).optional(),
  }),
});

export const csvImportError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    rows: z.array(importProblem).optional(),
    fields: z.array(z.unknown()).optional(),
  }),
});

export type ImportProblem = z.infer<typeof importProblem>;
export type ImportResult = z.infer<typeof importResult>;
