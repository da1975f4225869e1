// Enforces the access registry on every route: a route under /api without a known action cannot be
// registered, and every request is checked against the action's rule before its handler runs.
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionRule, type ActionName } from './actions.js';
import { decide, unitsAllowed } from './check.js';
import { errors } from '../errors.js';
import { audit } from '../audit/audit.js';

export class MissingActionError extends Error {}

function paramOf(request: FastifyRequest, name: string): string | undefined {
  const params = request.params as Record<string, unknown> | undefined;
  const value = params?.[name];
  return typeof value === 'string' ? value : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RegisteredRoute {
  method: string;
  url: string;
  action: string | undefined;
}

export const accessPlugin = fp(async (app: FastifyInstance) => {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    const url = route.url;
    for (const method of [route.method].flat()) {
      routes.push({ method: String(method), url, action: (route.config as { action?: string } | undefined)?.action });
    }
    if (!url.startsWith('/api')) return;
    const config = (route.config ?? {}) as { action?: string };
    // The docs UI's own asset routes are registered by @fastify/swagger-ui.
    if (!config.action && url.startsWith('/api/docs')) {
      route.config = { ...config, action: 'docs.read' } as typeof route.config;
      for (const r of routes) if (r.url === url) r.action = 'docs.read';
      return;
    }
    if (!config.action || !actionRule(config.action)) {
      throw new MissingActionError(
        `Route ${String(route.method)} ${url} has no action from the access registry (config.action)`,
      );
    }
  });

  // preValidation: an anonymous or unauthorised caller learns nothing from validation errors.
  app.addHook('preValidation', async (request) => {
    const action = request.routeOptions.config.action as ActionName | undefined;
    request.access = { unitIds: [] };
    if (!action) return; // non-API routes (static files)
    const rule = actionRule(action)!;
    if (rule.scope === 'public') return;
    if (!request.user) throw errors.unauthenticated();

    if (rule.scope === 'client') {
      const clientId = paramOf(request, 'clientId');
      if (!clientId || !UUID.test(clientId)) throw errors.notFound();
      const client = await app.db.selectFrom('client').select('unit_id').where('id', '=', clientId).executeTakeFirst();
      if (!client) throw errors.notFound();
      const decision = decide(request.user, action, { clientId, clientUnitId: client.unit_id });
      if (decision !== 'allow') {
        // A denied attempt at client data is itself logged (asiakastietolaki 703/2023).
        await audit(app.db, {
          actor: request.actor(),
          action,
          clientId,
          purpose: 'access check',
          outcome: 'denied',
        });
        throw errors.forbidden();
      }
      request.access = { unitIds: [client.unit_id], clientUnitId: client.unit_id };
      return;
    }

    const unitId = rule.scope === 'unit' ? paramOf(request, 'unitId') : undefined;
    if (rule.scope === 'unit' && (!unitId || !UUID.test(unitId))) throw errors.notFound();
    const decision = decide(request.user, action, { unitId });
    if (decision === 'unauthenticated') throw errors.unauthenticated();
    if (decision === 'forbidden') throw errors.forbidden();
    request.access = { unitIds: unitId ? [unitId] : unitsAllowed(request.user, action) };
  });
});
