// What the services of client work part A (record, contacts, concerns, named worker, assessment,
// network, SHL 41 § requests) share: who acts and on which day, the use-log purpose, and the rules
// every dated record follows.
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { FinnishDate } from '../../../domain/clock/index.js';
import type { AuthUser } from '../../../server/access/check.js';
import type { AuditActor } from '../../../server/audit/audit.js';
import { AppError, errors } from '../../../server/errors.js';
import type { App } from '../../../server/types.js';
import { cw } from './messages.js';

/** Käyttötarkoitus in the use log. */
export const PURPOSE = 'asiakastyö';

/** Who does the work, on which day: what a route hands its service. */
export interface WorkContext {
  db: Kysely<DB>;
  user: AuthUser;
  actor: AuditActor;
  /** Today in Finland, from the app's clock. */
  today: FinnishDate;
}

export function workContext(app: App, request: FastifyRequest): WorkContext {
  return { db: app.db, user: request.user!, actor: request.actor(), today: app.clock.today() };
}

/** Nothing that happened is in the future (ENGINEERING.md "Habits"). */
export function notInFuture(path: string, date: string, today: FinnishDate) {
  if (date > today) throw errors.field(path, cw('futureDate'));
}

export const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505';

/** 409 for a record that is already final (completed assessment …). */
export const finalConflict = (key: Parameters<typeof cw>[0]) => new AppError(409, 'final', cw(key));
