// The service map's settings per organisation: after how many months a service counts as stale.
import { z } from 'zod';

export const settingsBody = z.object({ staleMonths: z.number().int().min(1).max(60) });
export const settingsResponse = settingsBody;
export type Settings = z.infer<typeof settingsBody>;
