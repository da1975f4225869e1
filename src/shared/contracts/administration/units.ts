// Units of the organisations.
import { z } from 'zod';
import { text, uuid, version } from '../common.js';

export const unit = z.object({
  id: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  name: z.string(),
  version: z.number(),
});

export const unitListQuery = z.object({ organisationId: uuid.optional() });
export const unitCreate = z.object({ organisationId: uuid, name: text(200) });
export const unitUpdate = z.object({ name: text(200), version });

export type Unit = z.infer<typeof unit>;
export type UnitCreate = z.infer<typeof unitCreate>;
export type UnitUpdate = z.infer<typeof unitUpdate>;
