// All measures of one client in one list, for the client plan: GET /api/clients/:clientId/measures.
import { z } from 'zod';
import { uuid } from '../common.js';
import { MEASURE_KINDS } from '../../measures/vocabulary.js';
import { localized } from './common.js';

export const measuresQuery = z.object({ planId: uuid.optional() });

export const measureItem = z.object({
  kind: z.enum(MEASURE_KINDS),
  id: uuid,
  planId: uuid.nullable(),
  title: localized,
  /** open / ended, or the phase of a work activity path. */
  status: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** Where the measure is handled in the employee app. */
  link: z.string(),
});
export type MeasureItem = z.infer<typeof measureItem>;
export const measuresResponse = z.object({ measures: z.array(measureItem) });
