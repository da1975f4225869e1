// The app factory: everything a request passes through, in order —
// security headers → language → session → CSRF → access rule → handler → localized errors.
import Fastify, { type FastifyError, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Database } from '../db/index.js';
import { isLang, langFromAcceptLanguage, type Lang, type Localized } from '../shared/i18n.js';
import { accessPlugin, registerWithAction } from './access/plugin.js';
import { foundationSubjects } from './access/subjects.js';
import { configureAuditKey } from './audit/audit.js';
import { permittedActions } from './access/check.js';
import { actionRule } from '../shared/access/actions/index.js';
import { systemClock, type Clock } from '../domain/clock/index.js';
import { RowGoneError, StaleVersionError } from '../db/versioned.js';
import { loadSession, SESSION_COOKIE } from './auth/sessions.js';
import type { AppConfig } from './config.js';
import { AppError, errors, localize, t, type FieldError } from './errors.js';
import { errorMessages } from './messages.js';
import type { App } from './types.js';
import { registerRoutes } from './routes.js';

export interface BuildOptions {
  database: Database;
  config: AppConfig;
  logger?: FastifyServerOptions['logger'];
  /** "Now" for everything the app decides by date; tests fix it. */
  clock?: Clock;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function buildApp({ database, config, logger, clock = systemClock }: BuildOptions): Promise<App> {
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      // URLs carry only UUIDs and codes, never client data; bodies and headers are not logged.
      serializers: {
        req: (req) => ({ method: req.method, url: req.url.split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>() as unknown as App;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', database.db);
  app.decorate('dbKind', database.kind);
  app.decorate('config', config);
  app.decorate('clock', clock);
  configureAuditKey(config.auditKey);
  app.decorateRequest('lang', 'fi');
  app.decorateRequest('user', null);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('access', null as never);
  app.decorateRequest('permittedActions', function (this: import('fastify').FastifyRequest) {
    return this.user && this.access?.subject ? permittedActions(this.user, this.access.subject) : [];
  });
  app.decorateRequest('actor', function (this: import('fastify').FastifyRequest) {
    if (!this.user) throw errors.unauthenticated();
    return { id: this.user.id, username: this.user.username };
  });

  const tileOrigin = (() => {
    try {
      return config.tileUrl ? new URL(config.tileUrl.replace(/\{[a-z]\}/g, '0')).origin : null;
    } catch {
      return null;
    }
  })();
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // styled-components (Suomi.fi components) inject style elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', ...(tileOrigin ? [tileOrigin] : [])],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    hsts: config.cookieSecure ? undefined : false,
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  // Per-route limits on public endpoints (config.rateLimit); counted per instance.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (request, context) => new AppError(context.statusCode, 'rate_limited', t('rateLimited')),
  });
  await app.register(accessPlugin);
  app.registerSubjects(foundationSubjects);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Osallinen API',
        version: '0.1.0',
        description:
          'Osallinen: client work, participation, service map and knowledge production for Finnish adult social work. ' +
          'Staff routes need a session cookie and the x-csrf-token header on state-changing requests; /api/public routes need neither.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: (input) => {
      if (!input.url.startsWith('/api') || input.url.startsWith('/api/docs')) {
        return { schema: { ...input.schema, hide: true }, url: input.url };
      }
      return jsonSchemaTransform(input);
    },
  });
  app.get('/api/openapi.json', { config: { action: 'docs.read' }, schema: { hide: true } }, async () => app.swagger());
  await registerWithAction(app, 'docs.read', async (docs) => {
    await docs.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  });

  // Language: explicit cookie (set by the language switch) wins, then the browser's preference.
  app.addHook('onRequest', async (request) => {
    const cookieLang = request.cookies.lang;
    request.lang = isLang(cookieLang) ? cookieLang : langFromAcceptLanguage(request.headers['accept-language']);
    const headerLang = request.headers['x-lang'];
    if (isLang(headerLang)) request.lang = headerLang;
  });

  // Session and CSRF, before validation and before the access rule (registered earlier as preHandler).
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await loadSession(app.db, token, config.sessionIdleMinutes);
      if (session) {
        request.user = session.user;
        request.sessionTokenHash = session.tokenHash;
        request.csrfToken = session.csrfToken;
      }
    }
    // A request that rides on a session must prove it came from our own page. Public actions (forms
    // anyone may send, login) act on no session, so they need no proof — whoever is logged in.
    const action = request.routeOptions.config.action;
    const isPublic = !!action && actionRule(action)?.scope === 'public';
    if (request.user && STATE_CHANGING.has(request.method) && !isPublic) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== request.csrfToken) throw errors.csrf();
    }
  });

  // Nothing that needed a session may be kept by a browser or a shared cache: client data must not
  // outlive the session on a shared computer.
  app.addHook('onSend', async (request, reply) => {
    const action = request.routeOptions.config.action;
    if (action && actionRule(action)?.scope !== 'public') reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const lang: Lang = request.lang ?? 'fi';
    const m = errorMessages[lang];
    const sendAppError = (error: AppError) =>
      reply.status(error.statusCode).send({
        error: {
          code: error.code,
          message: localize(error.localized, lang),
          ...(error.fields.length
            ? { fields: error.fields.map((f) => ({ path: f.path, message: localize(f.message, lang) })) }
            : {}),
        },
      });
    if (error instanceof AppError) return sendAppError(error);
    if (error instanceof RowGoneError) return sendAppError(errors.notFound());
    if (error instanceof StaleVersionError) return sendAppError(errors.conflict());
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: FieldError[] = error.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || (error.validationContext ?? ''),
        message: fieldMessage(v.keyword, v.params as Record<string, unknown>, v.message ?? ''),
      }));
      return reply.status(400).send({
        error: {
          code: 'validation',
          message: m.validation,
          fields: fields.map((f) => ({ path: f.path, message: localize(f.message, lang) })),
        },
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 413)
      return reply.status(413).send({ error: { code: 'payload_too_large', message: m.payloadTooLarge } });
    if (status === 429) return reply.status(429).send({ error: { code: 'rate_limited', message: m.rateLimited } });
    if (status === 503) return reply.status(503).send({ error: { code: 'unavailable', message: m.unavailable } });
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: 'bad_request', message: m.badRequest } });
    }
    // Log the kind of failure and where, never its message: database errors can quote row values.
    request.log.error(
      {
        errorName: error.name,
        sqlState: (error as { code?: string }).code,
        stack: error.stack?.split('\n').slice(1, 8).join('\n'),
      },
      'request failed',
    );
    return reply.status(500).send({ error: { code: 'internal', message: m.internal } });
  });

  app.setNotFoundHandler((request, reply) => {
    const m = errorMessages[request.lang ?? 'fi'];
    reply.status(404).send({ error: { code: 'not_found', message: m.routeNotFound } });
  });

  await registerRoutes(app);
  return app;
}

/** Zod issue → a field message in every language. */
function fieldMessage(code: string, params: Record<string, unknown>, message: string): Localized {
  const pick = <K extends keyof typeof errorMessages.fi.field>(key: K, arg?: number): Localized => {
    const get = (lang: Lang) => {
      const v = errorMessages[lang].field[key] as string | ((n: number) => string);
      return typeof v === 'function' ? v(arg ?? 0) : v;
    };
    return { fi: get('fi'), sv: get('sv'), en: get('en') };
  };
  // A schema may carry its own text: .refine(fn, { message: localizedIssue({fi, sv, en}) }).
  if (message.startsWith('{"fi"')) {
    try {
      return JSON.parse(message) as Localized;
    } catch {
      /* fall through */
    }
  }
  const origin = params.origin;
  switch (code) {
    case 'invalid_type':
      return /received undefined|received null/.test(message) ? pick('required') : pick('invalid');
    case 'too_small':
      if (origin === 'string')
        return Number(params.minimum) <= 1 ? pick('required') : pick('tooShort', Number(params.minimum));
      if (origin === 'array') return pick('required');
      return pick('tooSmall', Number(params.minimum));
    case 'too_big':
      if (origin === 'string') return pick('tooLong', Number(params.maximum));
      return pick('tooBig', Number(params.maximum));
    case 'invalid_format':
      if (params.format === 'date') return pick('invalidDate');
      if (params.format === 'email') return pick('invalidEmail');
      return pick('invalid');
    case 'invalid_value':
    case 'invalid_union':
      return pick('invalidOption');
    case 'unrecognized_keys':
      return pick('unknownField');
    default:
      return message.includes('int') ? pick('notInteger') : pick('invalid');
  }
}
