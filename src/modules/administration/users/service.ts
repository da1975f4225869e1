// Creating and editing users with their roles per unit. An administrator cannot lock themselves out;
// deactivation or a password reset ends the user's sessions at once.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import { hashPassword } from '../../../server/auth/passwords.js';
import { AppError, errors } from '../../../server/errors.js';
import type { UserCreate, UserUpdate } from '../../../shared/contracts/administration/users.js';
import { adminErrors, isUniqueViolation, PURPOSE } from '../messages.js';
import { endSessions, insertUser, listUsers, replaceRoles, unitsExist } from './queries.js';

export async function createUser(db: Kysely<DB>, actor: AuditActor, input: UserCreate) {
  const passwordHash = await hashPassword(input.password);
  try {
    const id = await db.transaction().execute(async (trx) => {
      if (!(await unitsExist(trx, input.roles))) throw errors.field('roles', adminErrors.unitNotFound);
      const id = await insertUser(trx, {
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        passwordHash,
      });
      await replaceRoles(trx, id, input.roles);
      await audit(trx, { actor, action: 'user.create', subjectType: 'app_user', subjectId: id, purpose: PURPOSE });
      return id;
    });
    const [created] = await listUsers(db, { id });
    return created;
  } catch (e) {
    if (isUniqueViolation(e)) throw errors.field('username', adminErrors.usernameTaken);
    throw e;
  }
}

export async function updateUser(db: Kysely<DB>, actor: AuditActor, id: string, input: UserUpdate) {
  if (
    id === actor.id &&
    (input.isActive === false || (input.roles && !input.roles.some((r) => r.role === 'yllapitaja')))
  ) {
    // Locking oneself out would leave nobody to undo it.
    throw new AppError(400, 'validation', adminErrors.ownAdminRights);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  await db.transaction().execute(async (trx) => {
    if (input.roles && !(await unitsExist(trx, input.roles))) throw errors.field('roles', adminErrors.unitNotFound);
    await updateVersioned(
      trx,
      'app_user',
      { id, version: input.version },
      {
        ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
        ...(passwordHash ? { password_hash: passwordHash, password_changed_at: sql`now()` } : {}),
      },
    );
    if (input.roles) await replaceRoles(trx, id, input.roles);
    if (input.isActive === false || passwordHash) await endSessions(trx, id);
    await audit(trx, { actor, action: 'user.update', subjectType: 'app_user', subjectId: id, purpose: PURPOSE });
  });
  const [row] = await listUsers(db, { id });
  return row;
}
