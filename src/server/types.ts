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
import type { ActionName } from '../shared/access/actions/index.js';
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
  /** For `anyUnit` actions: units where the user holds one of the action's roles; for a subject's
   *  actions: the subject's units where the user holds one. */
  unitIds: string[];
  /** For actions scoped to a subject: the subject as its resolver answered, already allowed. */
  subject?: import('./access/subjects.js').ResolvedSubject;
  /** For subjects holding client data: the client's unit. */
  clientUnitId?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
    dbKind: DatabaseKind;
    config: AppConfig;
    /** Every route with its action, for the route-walk test. */
    registeredRoutes: import('./access/plugin.js').RegisteredRoute[];
    /** Adds a capability's subject resolvers to the access registry (before the app is ready). */
    registerSubjects(resolvers: import('./access/subjects.js').SubjectResolvers): void;
    subjectResolvers: import('./access/subjects.js').SubjectResolvers;
    /** The one clock: "now" and "today in Finland" (tests fix it). */
    clock: import('../domain/clock/index.js').Clock;
  }
  interface FastifyRequest {
    lang: Lang;
    user: AuthUser | null;
    sessionTokenHash: string | null;
    csrfToken: string | null;
    access: RequestAccess;
    /** The actions the user may perform on this request's subject: send them with the subject so the
     *  web app shows only what the user may do (it never re-derives roles). */
    permittedActions(): ActionName[];
    /** The actor for the use log; throws 401 if nobody is logged in. */
    actor(): AuditActor;
  }
  interface FastifyContextConfig {
    action?: ActionName;
  }
}
