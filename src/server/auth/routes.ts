import { sql } from 'kysely';
import { z } from 'zod';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import type { App } from '../types.js';
import { errors, t } from '../errors.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { authenticate as authenticateUser, totpFor, totpStep } from './service.js';
import { createSession, deleteSession, loadSession, SESSION_COOKIE } from './sessions.js';
import { actionsInUnit, permittedGeneralActions, type AuthUser } from '../access/check.js';
import { meSchema, newPassword, type Me } from '../../shared/contracts/foundation/auth.js';

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export async function describeUser(app: App, user: AuthUser) {
  const roles = user.roles.length
    ? await app.db
        .selectFrom('user_role')
        .innerJoin('unit', 'unit.id', 'user_role.unit_id')
        .innerJoin('organisation', 'organisation.id', 'unit.organisation_id')
        .select([
          'user_role.unit_id as unitId',
          'unit.name as unitName',
          'organisation.id as organisationId',
          'organisation.name as organisationName',
          'user_role.role',
        ])
        .where('user_role.user_id', '=', user.id)
        .orderBy('unit.name')
        .orderBy('user_role.role')
        .execute()
    : [];
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    language: user.language,
    clientId: user.clientId,
    totpEnabled: user.totpEnabled,
    roles,
    units: [...new Map(roles.map((r) => [r.unitId, r])).values()].map((r) => ({
      unitId: r.unitId,
      unitName: r.unitName,
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      permittedActions: actionsInUnit(user, r.unitId),
    })),
    permittedActions: permittedGeneralActions(user),
  } satisfies Me;
}

/** Checks a username, password and TOTP code with the app's throttling settings and clock. */
export function authenticate(app: App, credentials: { username: string; password: string; totp?: string }) {
  return authenticateUser(app.db, app.config, app.clock, credentials);
}

/** Creates the session and sets its httpOnly, SameSite cookie. */
export async function startSession(app: App, reply: import('fastify').FastifyReply, userId: string) {
  const cfg = app.config;
  const session = await createSession(app.db, userId, cfg.sessionMaxHours);
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cfg.cookieSecure,
    maxAge: cfg.sessionMaxHours * 3600,
  });
  return session;
}

export default async function authRoutes(app: App) {
  const cfg = app.config;

  app.post(
    '/api/auth/login',
    {
      config: { action: 'auth.login', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Log in with username and password (and TOTP code when enabled)',
        body: z.object({
          username: z.string().min(1).max(64),
          password: z.string().min(1).max(1024),
          totp: z.string().max(12).optional(),
        }),
        response: { 200: z.object({ user: meSchema, csrfToken: z.string() }), 401: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const userId = await authenticate(app, request.body);
      const session = await startSession(app, reply, userId);
      const loaded = await loadSession(app.db, session.token, cfg.sessionIdleMinutes);
      return { user: await describeUser(app, loaded!.user), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { action: 'auth.logout' }, schema: { tags: ['auth'], summary: 'End the session' } },
    async (request, reply) => {
      if (request.sessionTokenHash) {
        // Logging out with a session still needs the CSRF token (checked by the session hook),
        // so another site cannot log the user out.
        await deleteSession(app.db, request.sessionTokenHash);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/csrf',
    {
      config: { action: 'csrfToken.read' },
      schema: {
        tags: ['auth'],
        summary: 'The CSRF token of the current session (send it as x-csrf-token)',
        response: { 200: z.object({ token: z.string().nullable() }) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { token: request.csrfToken };
    },
  );

  app.get(
    '/api/me',
    {
      config: { action: 'me.read' },
      schema: {
        tags: ['auth'],
        summary: 'The logged-in user, roles and units',
        response: { 200: meSchema, 401: errorSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return describeUser(app, request.user!);
    },
  );

  app.put(
    '/api/me/language',
    {
      config: { action: 'account.update' },
      schema: {
        tags: ['auth'],
        summary: 'Set the preferred language',
        body: z.object({ language: z.enum(['fi', 'sv', 'en']) }),
      },
    },
    async (request, reply) => {
      await app.db
        .updateTable('app_user')
        .set({ language: request.body.language })
        .where('id', '=', request.user!.id)
        .execute();
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { action: 'account.update' },
      schema: {
        tags: ['auth'],
        summary: 'Change own password',
        body: z.object({ currentPassword: z.string().min(1), newPassword }),
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const row = await app.db
        .selectFrom('app_user')
        .select('password_hash')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(row.password_hash, request.body.currentPassword))) {
        throw errors.field('currentPassword', t('invalidCredentials'));
      }
      if (request.body.newPassword === request.body.currentPassword) {
        throw errors.field('newPassword', {
          fi: 'Uuden salasanan pitää erota nykyisestä.',
          sv: 'Det nya lösenordet måste skilja sig från det nuvarande.',
          en: 'The new password must differ from the current one.',
        });
      }
      const passwordHash = await hashPassword(request.body.newPassword);
      await app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('app_user')
          .set({ password_hash: passwordHash, password_changed_at: sql`now()`, updated_at: sql`now()` })
          .where('id', '=', user.id)
          .execute();
        // Other sessions of this user end: a changed password must lock out whoever had the old one.
        await trx
          .deleteFrom('session')
          .where('user_id', '=', user.id)
          .where('token_hash', '!=', request.sessionTokenHash!)
          .execute();
      });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: { action: 'account.totp.manage' },
      schema: {
        tags: ['auth'],
        summary: 'Start setting up a TOTP second factor (staff)',
        response: { 200: z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() }) },
      },
    },
    async (request) => {
      const user = request.user!;
      const secret = new OTPAuth.Secret({ size: 20 }).base32;
      // Stored but not enabled until the user proves the app works with a code.
      await app.db
        .updateTable('app_user')
        .set({ totp_secret: secret })
        .where('id', '=', user.id)
        .where('totp_enabled', '=', false)
        .execute();
      const otpauthUrl = totpFor(user.username, secret).toString();
      const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1 });
      return { secret, otpauthUrl, qrSvg };
    },
  );

  const codeBody = z.object({ code: z.string().min(6).max(12) });
  const wrongCode = () => errors.field('code', t('totpInvalid'));

  app.post(
    '/api/auth/totp/enable',
    {
      config: { action: 'account.totp.manage' },
      schema: { tags: ['auth'], summary: 'Confirm and enable TOTP', body: codeBody },
    },
    async (request, reply) => {
      const user = request.user!;
      const row = await app.db
        .selectFrom('app_user')
        .select(['totp_secret', 'totp_enabled', 'totp_last_step'])
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      const step = row.totp_secret
        ? totpStep(
            { username: user.username, totp_secret: row.totp_secret, totp_last_step: row.totp_last_step },
            request.body.code,
            app.clock.now(),
          )
        : null;
      if (step === null) throw wrongCode();
      await app.db
        .updateTable('app_user')
        .set({ totp_enabled: true, totp_last_step: step })
        .where('id', '=', user.id)
        .execute();
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/auth/totp/disable',
    {
      config: { action: 'account.totp.manage' },
      schema: {
        tags: ['auth'],
        summary: 'Disable TOTP (needs the password and a valid code)',
        body: codeBody.extend({ password: z.string().min(1).max(1024) }),
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const row = await app.db
        .selectFrom('app_user')
        .select(['totp_secret', 'totp_enabled', 'totp_last_step', 'password_hash'])
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      // Whoever holds an unlocked session must not be able to drop the second factor alone.
      if (!(await verifyPassword(row.password_hash, request.body.password)))
        throw errors.field('password', t('invalidCredentials'));
      const step =
        row.totp_enabled && row.totp_secret
          ? totpStep(
              { username: user.username, totp_secret: row.totp_secret, totp_last_step: row.totp_last_step },
              request.body.code,
              app.clock.now(),
            )
          : null;
      if (step === null) throw wrongCode();
      await app.db
        .updateTable('app_user')
        .set({ totp_enabled: false, totp_secret: null, totp_last_step: null })
        .where('id', '=', user.id)
        .execute();
      return reply.status(204).send();
    },
  );
}
