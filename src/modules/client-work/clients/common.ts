// Helpers shared by the client-work routes.
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { isIsoDate } from '../../../domain/calendar/index.js';
import { todayInFinland } from '../my-work/registry.js';
import { AppError, errors } from '../../../server/errors.js';
import { cw } from './messages.js';

export const PURPOSE = 'asiakastyö';

/** 'YYYY-MM-DD' that is a real calendar date. */
export const isoDate = z.string().refine((v) => isIsoDate(v), { message: 'invalid date' });
export const optionalText = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
export const requiredText = (max = 200) => z.string().trim().min(1).max(max);
export const uuid = z.string().uuid();
export const clientParams = z.object({ clientId: uuid });

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export function today(): string {
  return todayInFinland();
}

export function notInFuture(path: string, date: string) {
  if (date > today()) throw errors.field(path, cw('futureDate'));
}

export async function organisationOfUnit(db: Kysely<DB>, unitId: string): Promise<string> {
  const row = await db.selectFrom('unit').select('organisation_id').where('id', '=', unitId).executeTakeFirstOrThrow();
  return row.organisation_id;
}

/** The current named-worker row of a client, if any. */
export async function currentNamedWorker(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('named_worker_assignment')
    .leftJoin('app_user', 'app_user.id', 'named_worker_assignment.worker_id')
    .select([
      'named_worker_assignment.id',
      'named_worker_assignment.worker_id',
      'app_user.display_name as worker_name',
      'named_worker_assignment.status',
      'named_worker_assignment.reason',
      'named_worker_assignment.other_responsible',
      'named_worker_assignment.assigned_on',
      'named_worker_assignment.client_informed_on',
    ])
    .where('named_worker_assignment.client_id', '=', clientId)
    .where('named_worker_assignment.ended_on', 'is', null)
    .executeTakeFirst();
}

export const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505';

/** 409 for a record that is already final (completed assessment …). */
export const finalConflict = (key: Parameters<typeof cw>[0]) => new AppError(409, 'final', cw(key));
