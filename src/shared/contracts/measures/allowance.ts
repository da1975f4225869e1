// The monthly expense allowance (kulukorvaus) of rehabilitative work activity and its rate.
// Routes: /api/work-activity/allowances(.csv), /api/work-activity/settings
import { z } from 'zod';
import { uuid, version } from '../common.js';
import { month } from './common.js';

export const allowanceQuery = z.object({ month });

export const allowanceRow = z.object({
  clientId: uuid,
  clientName: z.string(),
  attendedDays: z.number(),
  hours: z.number(),
  cents: z.number(),
});
export const allowanceList = z.object({
  month: z.string(),
  rateCents: z.number(),
  rows: z.array(allowanceRow),
  totalCents: z.number(),
});
export type AllowanceList = z.infer<typeof allowanceList>;

export const allowanceSetting = z.object({ allowanceCents: z.number(), version: z.number() });
export type AllowanceSetting = z.infer<typeof allowanceSetting>;
/** Version 0: the organisation has not set its own rate yet. */
export const allowanceSettingBody = z.object({ allowanceCents: z.number().int().min(0).max(100000), version });
