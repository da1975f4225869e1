// Server-side sessions stored in the database: the cookie holds a random token, the database only
// its SHA-256, so a leaked database dump cannot be replayed as cookies.
import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { AuthUser } from '../access/check.js';

export const SESSION_COOKIE = 'osallinen_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function createSession(db: Kysely<DB>, userId: string, maxHours: number) {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('session')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + maxHours * 3600_000),
    })
    .execute();
  return { token, csrfToken };
}

export interface LoadedSession {
  tokenHash: string;
  csrfToken: string;
  user: AuthUser;
}

/** Returns the session if it exists, has not expired and has been used within the idle limit. */
export async function loadSession(db: Kysely<DB>, token: string, idleMinutes: number): Promise<LoadedSession | null> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .select([
      'session.token_hash',
      'session.csrf_token',
      'session.last_seen_at',
      'session.expires_at',
      'app_user.id',
      'app_user.username',
      'app_user.display_name',
      'app_user.language',
      'app_user.client_id',
      'app_user.totp_enabled',
      'app_user.is_active',
    ])
    .where('session.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const idleLimit = row.last_seen_at.getTime() + idleMinutes * 60_000;
  if (!row.is_active || row.expires_at.getTime() <= now || idleLimit <= now) {
    await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  // Touch at most once a minute: enough for the idle timeout, cheap under load.
  if (now - row.last_seen_at.getTime() > 60_000) {
    await db
      .updateTable('session')
      .set({ last_seen_at: sql`now()` })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  const roles = await db.selectFrom('user_role').select(['unit_id', 'role']).where('user_id', '=', row.id).execute();
  return {
    tokenHash,
    csrfToken: row.csrf_token,
    user: {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      language: row.language,
      clientId: row.client_id,
      totpEnabled: row.totp_enabled,
      roles: roles.map((r) => ({ unitId: r.unit_id, role: r.role })),
    },
  };
}

export async function deleteSession(db: Kysely<DB>, tokenHash: string) {
  await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>) {
  await db.deleteFrom('session').where('expires_at', '<', new Date()).execute();
}
