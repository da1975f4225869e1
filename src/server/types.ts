import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import type { DatabaseKind } from '../db/index.js';
import type { Lang } from '../shared/i18n.js';
import type { ActionName } from './access/actions.js';
import type { AuthUser } from './access/check.js';
import type { AuditActor } from './audit/audit.js';
import type { AppConfig } from './config.js';

/** The Fastify instance every capability's routes plugin receives (Zod type provider). */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RequestAccess {
  /** For `anyUnit` actions: units where the user holds one of the action's roles. */
  unitIds: string[];
  /** For `client` actions: the client's unit, already checked. */
  clientUnitId?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
    dbKind: DatabaseKind;
    config: AppConfig;
    /** Every route with its action, for the route-walk test. */
    registeredRoutes: import('./access/plugin.js').RegisteredRoute[];
  }
  interface FastifyRequest {
    lang: Lang;
    user: AuthUser | null;
    sessionTokenHash: string | null;
    csrfToken: string | null;
    access: RequestAccess;
    /** The actor for the use log; throws 401 if nobody is logged in. */
    actor(): AuditActor;
  }
  interface FastifyContextConfig {
    action?: ActionName;
  }
}
