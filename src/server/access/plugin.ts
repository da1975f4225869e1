// Enforces the access registry on every route: a route without a known action cannot be registered —
// API routes, server-rendered pages, forms and static files alike — and every request is checked
// against its action's rule before validation and the handler. Subject-scoped actions are decided on
// the subject as its registered resolver answers; a denied attempt at client data is in the use log.
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionRule, type ActionName } from '../../shared/access/actions/index.js';
import type { SubjectKind } from '../../shared/access/rules.js';
import { decide, subjectKindsInUse, unitsAllowed } from './check.js';
import { UUID, type ResolvedSubject, type SubjectResolvers } from './subjects.js';
import { errors } from '../errors.js';
import { audit } from '../audit/audit.js';

export class MissingActionError extends Error {}
export class MissingResolverError extends Error {}

export interface RegisteredRoute {
  method: string;
  url: string;
  action: string | undefined;
}

function paramOf(request: FastifyRequest, name: string): string | undefined {
  const params = request.params as Record<string, unknown> | undefined;
  const value = params?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Runs `register` in a scope where routes without an action perform `action`: for third-party
 * plugins (static files, the docs UI), which add routes that cannot carry `config.action` themselves.
 */
export async function registerWithAction<T extends FastifyInstance>(
  app: T,
  action: ActionName,
  register: (scope: T) => Promise<void>,
): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      const config = (route.config ?? {}) as { action?: string };
      if (!config.action) route.config = { ...config, action } as typeof route.config;
    });
    await register(scope as T);
  });
}

export const accessPlugin = fp(async (app: FastifyInstance) => {
  const routes: RegisteredRoute[] = [];
  const resolvers: SubjectResolvers = {};
  app.decorate('registeredRoutes', routes);
  app.decorate('registerSubjects', (more: SubjectResolvers) => {
    for (const [kind, resolver] of Object.entries(more)) {
      if (resolvers[kind as SubjectKind]) throw new Error(`Subject ${kind} has two resolvers`);
      resolvers[kind as SubjectKind] = resolver;
    }
  });
  app.decorate('subjectResolvers', resolvers);

  // Routes are checked when the app is ready, after every onRoute hook has run (a scope of
  // registerWithAction gives its routes their action in a hook of its own).
  const added: { method: string | string[]; url: string; config?: unknown }[] = [];
  app.addHook('onRoute', (route) => {
    added.push(route);
  });

  app.addHook('onReady', async () => {
    for (const route of added) {
      const action = (route.config as { action?: string } | undefined)?.action;
      if (!action || !actionRule(action)) {
        throw new MissingActionError(
          `Route ${String(route.method)} ${route.url} has no action from the access registry (config.action)`,
        );
      }
      for (const method of [route.method].flat()) routes.push({ method: String(method), url: route.url, action });
    }
    added.length = 0;
    // Every subject kind that an action is scoped to must have a resolver before the app serves.
    const missing = subjectKindsInUse().filter((kind) => !resolvers[kind]);
    if (missing.length) throw new MissingResolverError(`No subject resolver for: ${missing.join(', ')}`);
  });

  // preValidation: an anonymous or unauthorised caller learns nothing from validation errors.
  app.addHook('preValidation', async (request) => {
    const action = request.routeOptions.config.action as ActionName | undefined;
    request.access = { unitIds: [] };
    if (!action) return; // the not-found handler: every registered route has an action
    const rule = actionRule(action)!;
    if (rule.scope === 'public') return;
    if (!request.user) throw errors.unauthenticated();
    if (rule.scope === 'authenticated') return;
    if (rule.scope === 'anyUnit') {
      if (decide(request.user, action) !== 'allow') throw errors.forbidden();
      request.access = { unitIds: unitsAllowed(request.user, action) };
      return;
    }

    const kind = rule.scope;
    const resolver = resolvers[kind]!;
    const id = paramOf(request, resolver.param);
    if (!id || !UUID.test(id)) throw errors.notFound();
    const resolution = await resolver.resolve(app.db, id, request.user);
    if (!resolution) throw errors.notFound();
    const subject: ResolvedSubject = { ...resolution, kind, id, relations: resolution.relations ?? [] };
    if (decide(request.user, action, subject) !== 'allow') {
      if (subject.clientId) {
        // A denied attempt at client data is itself logged (asiakastietolaki 703/2023).
        await audit(app.db, {
          actor: request.actor(),
          action,
          clientId: subject.clientId,
          subjectType: kind,
          subjectId: id,
          purpose: 'access check',
          outcome: 'denied',
        });
      }
      throw errors.forbidden();
    }
    const roles: readonly string[] = rule.roles ?? [];
    const unitIds = subject.unitIds.filter((u) =>
      request.user!.roles.some((r) => r.unitId === u && roles.includes(r.role)),
    );
    request.access = {
      unitIds,
      subject,
      clientUnitId: subject.clientId ? subject.unitIds[0] : undefined,
    };
  });
});
