// Creating and editing users with their roles per unit. An administrator cannot lock themselves out
// nor grant themselves a role; a password reset is a one-time code for the user, never a password the
// administrator sets; deactivation ends the user's sessions at once. Each role that reaches client data
// is granted with a use-log event of its own.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import { hashPassword } from '../../../server/auth/passwords.js';
import { AppError, errors } from '../../../server/errors.js';
import type { UserCreate, UserUpdate } from '../../../shared/contracts/administration/users.js';
import { adminErrors, isUniqueViolation, PURPOSE } from '../messages.js';
import { endSessions, insertUser, listUsers, replaceRoles, rolesOf, unitsExist } from './queries.js';
import { ACTIONS } from '../../../shared/access/actions/index.js';
import type { ActionRule } from '../../../shared/access/rules.js';
import type { RoleAssignmentInput } from '../../../shared/contracts/administration/users.js';
import type { Clock } from '../../../domain/clock/index.js';
import { createInvitation } from '../../../server/auth/invitations.js';

export async function createUser(db: Kysely<DB>, actor: AuditActor, input: UserCreate, clock: Clock) {
  // Nobody knows this password: the user sets their own with the one-time code.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  try {
    const { id, invitation } = await db.transaction().execute(async (trx) => {
      if (!(await unitsExist(trx, input.roles))) throw errors.field('roles', adminErrors.unitNotFound);
      const id = await insertUser(trx, {
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        passwordHash,
      });
      await replaceRoles(trx, id, input.roles);
      await audit(trx, { actor, action: 'user.create', subjectType: 'app_user', subjectId: id, purpose: PURPOSE });
      await auditGrants(trx, actor, id, [], input.roles);
      const invitation = await createInvitation(trx, {
        userId: id,
        purpose: 'password_reset',
        createdBy: actor.id,
        clock,
      });
      return { id, invitation };
    });
    const [created] = await listUsers(db, { id });
    return { user: created, invitation };
  } catch (e) {
    if (isUniqueViolation(e)) throw errors.field('username', adminErrors.usernameTaken);
    throw e;
  }
}

/** Roles that reach client data: those that some client-scoped action allows. */
const CLIENT_DATA_ROLES = new Set(
  Object.values(ACTIONS)
    .filter((rule: ActionRule) => rule.scope === 'client')
    .flatMap((rule: ActionRule) => rule.roles ?? []),
);

/** A use-log event for each granted role that reaches client data: who got access to what. */
async function auditGrants(
  trx: Kysely<DB>,
  actor: AuditActor,
  userId: string,
  before: RoleAssignmentInput[],
  after: RoleAssignmentInput[],
) {
  const had = new Set(before.map((r) => `${r.unitId}:${r.role}`));
  const granted = after.filter((r) => !had.has(`${r.unitId}:${r.role}`) && CLIENT_DATA_ROLES.has(r.role));
  await audit(
    trx,
    granted.map((r) => ({
      actor,
      action: 'user.role.grant' as const,
      subjectType: 'user_role',
      subjectId: `${userId}:${r.unitId}:${r.role}`,
      purpose: PURPOSE,
    })),
  );
}

export async function updateUser(db: Kysely<DB>, actor: AuditActor, id: string, input: UserUpdate) {
  if (
    id === actor.id &&
    (input.isActive === false || (input.roles && !input.roles.some((r) => r.role === 'yllapitaja')))
  ) {
    // Locking oneself out would leave nobody to undo it.
    throw new AppError(400, 'validation', adminErrors.ownAdminRights);
  }
  await db.transaction().execute(async (trx) => {
    if (input.roles && !(await unitsExist(trx, input.roles))) throw errors.field('roles', adminErrors.unitNotFound);
    const before = await rolesOf(trx, id);
    if (id === actor.id && input.roles) {
      // Access to client data is given by someone else, never taken by oneself.
      const had = new Set(before.map((r) => `${r.unitId}:${r.role}`));
      if (input.roles.some((r) => !had.has(`${r.unitId}:${r.role}`))) throw errors.field('roles', adminErrors.ownRoles);
    }
    await updateVersioned(
      trx,
      'app_user',
      { id, version: input.version },
      {
        ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
      },
    );
    if (input.roles) {
      await replaceRoles(trx, id, input.roles);
      await auditGrants(trx, actor, id, before, input.roles);
    }
    if (input.isActive === false) await endSessions(trx, id);
    await audit(trx, { actor, action: 'user.update', subjectType: 'app_user', subjectId: id, purpose: PURPOSE });
  });
  const [row] = await listUsers(db, { id });
  return row;
}

/**
 * A password reset: a one-time code the user enters with a password of their own (on the
 * server-rendered page /aktivoi). The old password keeps working until then; the code is shown once.
 */
export async function resetPassword(db: Kysely<DB>, actor: AuditActor, id: string, clock: Clock) {
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('app_user').select(['id', 'client_id']).where('id', '=', id).executeTakeFirst();
    if (!user) throw errors.notFound();
    const invitation = await createInvitation(trx, {
      userId: id,
      purpose: user.client_id ? 'portal_access' : 'password_reset',
      createdBy: actor.id,
      clock,
    });
    await audit(trx, { actor, action: 'user.passwordReset', subjectType: 'app_user', subjectId: id, purpose: PURPOSE });
    return invitation;
  });
}
