// The signed-in client of a portal request: who acts, on which client record, and when.
import type { FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import type { PortalCaller } from './service.js';

/** The portal's actions allow client accounts only, and a client account always has its client record. */
export function portalCaller(app: App, request: FastifyRequest): PortalCaller {
  const clientId = request.user?.clientId;
  if (!clientId) throw errors.forbidden();
  return { actor: request.actor(), clientId, today: app.clock.today(), lang: request.lang };
}
