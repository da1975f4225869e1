// Who acts in a request: the use log's actor and the version history's editor.
import type { FastifyRequest } from 'fastify';
import type { Actor } from './services/service.js';

export function actorOf(request: FastifyRequest): Actor {
  return { actor: request.actor(), editor: { id: request.user?.id ?? null, name: request.user?.displayName ?? null } };
}
