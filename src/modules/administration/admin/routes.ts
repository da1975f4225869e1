// Administration: organisations, units, users and their roles per unit. Administrators manage the
// whole installation (one wellbeing services county and its partner municipalities); they see no
// client content unless they also hold a client-work role in a unit.
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { AppError, errors } from '../../../server/errors.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../../server/auth/passwords.js';
import { STAFF_ROLES } from '../../../shared/roles.js';
import type { DB } from '../../../db/types.js';
import { audit } from '../../../server/audit/audit.js';

const orgKind = z.enum(['hyvinvointialue', 'kunta']);
const organisation = z.object({
  id: z.string().uuid(),
  name: z.string(),
  kind: orgKind,
  population: z.number(),
  version: z.number(),
});
const unit = z.object({
  id: z.string().uuid(),
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  name: z.string(),
  version: z.number(),
});
const roleAssignment = z.object({ unitId: z.string().uuid(), role: z.enum(STAFF_ROLES) });
const user = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  isActive: z.boolean(),
  clientId: z.string().nullable(),
  roles: z.array(z.object({ unitId: z.string(), unitName: z.string(), role: z.string() })),
  version: z.number(),
});
const name = z.string().trim().min(1).max(200);
const idParam = z.object({ id: z.string().uuid() });

const duplicate = (what: 'username' | 'name') =>
  errors.field(
    what,
    what === 'username'
      ? {
          fi: 'Käyttäjätunnus on jo käytössä.',
          sv: 'Användarnamnet används redan.',
          en: 'The username is already taken.',
        }
      : {
          fi: 'Samanniminen on jo olemassa.',
          sv: 'Det finns redan en med samma namn.',
          en: 'One with the same name exists already.',
        },
  );

const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505';

/** Optimistic concurrency: 404 if the row is gone, 409 if someone saved a newer version. */
async function assertVersion(db: Kysely<DB>, table: 'organisation' | 'unit' | 'app_user', id: string, version: number) {
  const row = await db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound();
  if (row.version !== version) throw errors.conflict();
}

async function listUsers(db: Kysely<DB>, filter: { q?: string; id?: string }) {
  let query = db
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name', 'email', 'is_active', 'client_id', 'version'])
    .orderBy('username');
  if (filter.id) query = query.where('id', '=', filter.id);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[%_]/g, '')}%`;
    query = query.where((eb) => eb.or([eb('username', 'like', like), eb(sql`lower(display_name)`, 'like', like)]));
  }
  const users = await query.limit(500).execute();
  const roles = users.length
    ? await db
        .selectFrom('user_role')
        .innerJoin('unit', 'unit.id', 'user_role.unit_id')
        .select(['user_role.user_id', 'user_role.unit_id', 'unit.name', 'user_role.role'])
        .where(
          'user_role.user_id',
          'in',
          users.map((u) => u.id),
        )
        .execute()
    : [];
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    email: u.email,
    isActive: u.is_active,
    clientId: u.client_id,
    version: u.version,
    roles: roles.filter((r) => r.user_id === u.id).map((r) => ({ unitId: r.unit_id, unitName: r.name, role: r.role })),
  }));
}

export default async function adminRoutes(app: App) {
  const db = app.db;

  // ---- organisations ----
  app.get(
    '/api/admin/organisations',
    {
      config: { action: 'organisation.manage' },
      schema: {
        tags: ['admin'],
        summary: 'List organisations',
        response: { 200: z.object({ organisations: z.array(organisation) }) },
      },
    },
    async () => ({
      organisations: await db
        .selectFrom('organisation')
        .select(['id', 'name', 'kind', 'population', 'version'])
        .orderBy('name')
        .execute(),
    }),
  );

  app.post(
    '/api/admin/organisations',
    {
      config: { action: 'organisation.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Create an organisation (wellbeing services county or municipality)',
        body: z.object({ name, kind: orgKind, population: z.number().int().min(0).max(10_000_000) }),
        response: { 201: z.object({ organisation }) },
      },
    },
    async (request, reply) => {
      const row = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto('organisation')
          .values(request.body)
          .returning(['id', 'name', 'kind', 'population', 'version'])
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'admin.organisation.create',
          subjectType: 'organisation',
          subjectId: created.id,
          purpose: 'ylläpito',
        });
        return created;
      });
      return reply.status(201).send({ organisation: row });
    },
  );

  app.patch(
    '/api/admin/organisations/:id',
    {
      config: { action: 'organisation.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Edit an organisation (version check)',
        params: idParam,
        body: z.object({
          name: name.optional(),
          kind: orgKind.optional(),
          population: z.number().int().min(0).max(10_000_000).optional(),
          version: z.number().int(),
        }),
        response: { 200: z.object({ organisation }) },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      const row = await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('organisation')
          .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
          .where('id', '=', request.params.id)
          .where('version', '=', version)
          .returning(['id', 'name', 'kind', 'population', 'version'])
          .executeTakeFirst();
        if (!updated) await assertVersion(trx, 'organisation', request.params.id, version);
        await audit(trx, {
          actor: request.actor(),
          action: 'admin.organisation.update',
          subjectType: 'organisation',
          subjectId: request.params.id,
          purpose: 'ylläpito',
        });
        return updated!;
      });
      return { organisation: row };
    },
  );

  // ---- units ----
  const unitSelect = (trx: Kysely<DB>) =>
    trx
      .selectFrom('unit')
      .innerJoin('organisation', 'organisation.id', 'unit.organisation_id')
      .select([
        'unit.id',
        'unit.organisation_id as organisationId',
        'organisation.name as organisationName',
        'unit.name',
        'unit.version',
      ]);

  app.get(
    '/api/admin/units',
    {
      config: { action: 'unit.manage' },
      schema: {
        tags: ['admin'],
        summary: 'List units',
        querystring: z.object({ organisationId: z.string().uuid().optional() }),
        response: { 200: z.object({ units: z.array(unit) }) },
      },
    },
    async (request) => {
      let q = unitSelect(db).orderBy('organisation.name').orderBy('unit.name');
      if (request.query.organisationId) q = q.where('unit.organisation_id', '=', request.query.organisationId);
      return { units: await q.execute() };
    },
  );

  app.post(
    '/api/admin/units',
    {
      config: { action: 'unit.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Create a unit',
        body: z.object({ organisationId: z.string().uuid(), name }),
        response: { 201: z.object({ unit }) },
      },
    },
    async (request, reply) => {
      const org = await db
        .selectFrom('organisation')
        .select('id')
        .where('id', '=', request.body.organisationId)
        .executeTakeFirst();
      if (!org)
        throw errors.field('organisationId', {
          fi: 'Organisaatiota ei löytynyt.',
          sv: 'Organisationen hittades inte.',
          en: 'Organisation not found.',
        });
      try {
        const created = await db.transaction().execute(async (trx) => {
          const { id } = await trx
            .insertInto('unit')
            .values({ organisation_id: request.body.organisationId, name: request.body.name })
            .returning('id')
            .executeTakeFirstOrThrow();
          await audit(trx, {
            actor: request.actor(),
            action: 'admin.unit.create',
            subjectType: 'unit',
            subjectId: id,
            purpose: 'ylläpito',
          });
          return unitSelect(trx).where('unit.id', '=', id).executeTakeFirstOrThrow();
        });
        return reply.status(201).send({ unit: created });
      } catch (e) {
        if (isUniqueViolation(e)) throw duplicate('name');
        throw e;
      }
    },
  );

  app.patch(
    '/api/admin/units/:id',
    {
      config: { action: 'unit.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Rename a unit (version check)',
        params: idParam,
        body: z.object({ name, version: z.number().int() }),
        response: { 200: z.object({ unit }) },
      },
    },
    async (request) => {
      try {
        const row = await db.transaction().execute(async (trx) => {
          const updated = await trx
            .updateTable('unit')
            .set({ name: request.body.name, version: sql`version + 1`, updated_at: sql`now()` })
            .where('id', '=', request.params.id)
            .where('version', '=', request.body.version)
            .returning('id')
            .executeTakeFirst();
          if (!updated) await assertVersion(trx, 'unit', request.params.id, request.body.version);
          await audit(trx, {
            actor: request.actor(),
            action: 'admin.unit.update',
            subjectType: 'unit',
            subjectId: request.params.id,
            purpose: 'ylläpito',
          });
          return unitSelect(trx).where('unit.id', '=', request.params.id).executeTakeFirstOrThrow();
        });
        return { unit: row };
      } catch (e) {
        if (isUniqueViolation(e)) throw duplicate('name');
        throw e;
      }
    },
  );

  // ---- users ----
  const username = z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{2,64}$/);
  const password = z.string().min(MIN_PASSWORD_LENGTH).max(200);

  app.get(
    '/api/admin/users',
    {
      config: { action: 'user.manage' },
      schema: {
        tags: ['admin'],
        summary: 'List users (at most 500; filter with q)',
        querystring: z.object({ q: z.string().max(100).optional() }),
        response: { 200: z.object({ users: z.array(user) }) },
      },
    },
    async (request) => ({ users: await listUsers(db, { q: request.query.q }) }),
  );

  async function checkUnits(trx: Kysely<DB>, roles: { unitId: string }[]) {
    const ids = [...new Set(roles.map((r) => r.unitId))];
    if (!ids.length) return;
    const found = await trx.selectFrom('unit').select('id').where('id', 'in', ids).execute();
    if (found.length !== ids.length) {
      throw errors.field('roles', { fi: 'Yksikköä ei löytynyt.', sv: 'Enheten hittades inte.', en: 'Unit not found.' });
    }
  }

  app.post(
    '/api/admin/users',
    {
      config: { action: 'user.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Create a staff user with roles per unit',
        body: z.object({
          username,
          displayName: name,
          email: z.string().email().max(200).optional(),
          password,
          roles: z.array(roleAssignment).max(50),
        }),
        response: { 201: z.object({ user }) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const passwordHash = await hashPassword(body.password);
      try {
        const id = await db.transaction().execute(async (trx) => {
          await checkUnits(trx, body.roles);
          const { id } = await trx
            .insertInto('app_user')
            .values({
              username: body.username,
              display_name: body.displayName,
              email: body.email ?? null,
              phone: null,
              password_hash: passwordHash,
              totp_secret: null,
              client_id: null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          if (body.roles.length) {
            await trx
              .insertInto('user_role')
              .values(body.roles.map((r) => ({ user_id: id, unit_id: r.unitId, role: r.role })))
              .onConflict((oc) => oc.doNothing())
              .execute();
          }
          await audit(trx, {
            actor: request.actor(),
            action: 'admin.user.create',
            subjectType: 'app_user',
            subjectId: id,
            purpose: 'ylläpito',
          });
          return id;
        });
        const [created] = await listUsers(db, { id });
        return reply.status(201).send({ user: created });
      } catch (e) {
        if (isUniqueViolation(e)) throw duplicate('username');
        throw e;
      }
    },
  );

  app.patch(
    '/api/admin/users/:id',
    {
      config: { action: 'user.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Edit a user: name, active, roles, password reset (version check)',
        params: idParam,
        body: z.object({
          displayName: name.optional(),
          email: z.string().email().max(200).nullable().optional(),
          isActive: z.boolean().optional(),
          roles: z.array(roleAssignment).max(50).optional(),
          password: password.optional(),
          version: z.number().int(),
        }),
        response: { 200: z.object({ user }) },
      },
    },
    async (request) => {
      const body = request.body;
      const id = request.params.id;
      if (
        id === request.user!.id &&
        (body.isActive === false || (body.roles && !body.roles.some((r) => r.role === 'yllapitaja')))
      ) {
        // Locking oneself out would leave nobody to undo it.
        throw new AppError(400, 'validation', {
          fi: 'Et voi poistaa omia ylläpito-oikeuksiasi.',
          sv: 'Du kan inte ta bort dina egna administratörsrättigheter.',
          en: 'You cannot remove your own administrator rights.',
        });
      }
      const passwordHash = body.password ? await hashPassword(body.password) : undefined;
      await db.transaction().execute(async (trx) => {
        if (body.roles) await checkUnits(trx, body.roles);
        const updated = await trx
          .updateTable('app_user')
          .set({
            ...(body.displayName !== undefined ? { display_name: body.displayName } : {}),
            ...(body.email !== undefined ? { email: body.email } : {}),
            ...(body.isActive !== undefined ? { is_active: body.isActive } : {}),
            ...(passwordHash ? { password_hash: passwordHash, password_changed_at: sql`now()` } : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', id)
          .where('version', '=', body.version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) await assertVersion(trx, 'app_user', id, body.version);
        if (body.roles) {
          await trx.deleteFrom('user_role').where('user_id', '=', id).execute();
          if (body.roles.length) {
            await trx
              .insertInto('user_role')
              .values(body.roles.map((r) => ({ user_id: id, unit_id: r.unitId, role: r.role })))
              .onConflict((oc) => oc.doNothing())
              .execute();
          }
        }
        // Deactivation or a password reset ends the user's sessions at once.
        if (body.isActive === false || passwordHash)
          await trx.deleteFrom('session').where('user_id', '=', id).execute();
        await audit(trx, {
          actor: request.actor(),
          action: 'admin.user.update',
          subjectType: 'app_user',
          subjectId: id,
          purpose: 'ylläpito',
        });
      });
      const [row] = await listUsers(db, { id });
      return { user: row };
    },
  );
}
