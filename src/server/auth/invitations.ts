// One-time codes with which a person sets their own password: a password reset for staff (an
// administrator never sets or learns another person's password) and portal access for a client.
// The code is printed on a letter (people without e-mail get it by post), is easy to type — 12
// characters without look-alikes, in groups of four — and works once, within its validity. Only its
// hash is stored. Making a new code for the same purpose cancels the earlier ones.
import { createHash, randomInt } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { Clock } from '../../domain/clock/index.js';
import { hashPassword } from './passwords.js';

export type InvitationPurpose = 'password_reset' | 'portal_access';

// No I, L, O, 0 or 1: nothing to confuse on paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITATION_DAYS = 14;

export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function codeHash(code: string): string {
  return createHash('sha256').update(normaliseCode(code)).digest('hex');
}

function newCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/** Creates a code for `userId` (cancelling the earlier unused ones of the purpose); returns it once. */
export async function createInvitation(
  trx: Kysely<DB>,
  input: { userId: string; purpose: InvitationPurpose; createdBy: string; clock: Clock },
): Promise<{ code: string; expiresAt: Date }> {
  const now = input.clock.now();
  await trx
    .updateTable('account_invitation')
    .set({ used_at: now })
    .where('user_id', '=', input.userId)
    .where('purpose', '=', input.purpose)
    .where('used_at', 'is', null)
    .execute();
  const code = newCode();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  await trx
    .insertInto('account_invitation')
    .values({
      user_id: input.userId,
      purpose: input.purpose,
      code_hash: codeHash(code),
      expires_at: expiresAt,
      created_by: input.createdBy,
    })
    .execute();
  return { code, expiresAt };
}

/**
 * Sets the password of the account the code belongs to, if the code is valid and the username
 * matches; ends the account's sessions and uses the code up. Returns the user id, or null.
 */
export async function redeemInvitation(
  trx: Kysely<DB>,
  input: { username: string; code: string; password: string; clock: Clock },
): Promise<string | null> {
  const now = input.clock.now();
  const invitation = await trx
    .selectFrom('account_invitation')
    .innerJoin('app_user', 'app_user.id', 'account_invitation.user_id')
    .select(['account_invitation.id', 'account_invitation.user_id', 'app_user.username', 'app_user.is_active'])
    .where('account_invitation.code_hash', '=', codeHash(input.code))
    .where('account_invitation.used_at', 'is', null)
    .where('account_invitation.expires_at', '>', now)
    .forUpdate()
    .executeTakeFirst();
  if (!invitation || !invitation.is_active || invitation.username !== input.username.trim().toLowerCase()) return null;
  const passwordHash = await hashPassword(input.password);
  await trx
    .updateTable('app_user')
    .set({ password_hash: passwordHash, password_changed_at: now, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', invitation.user_id)
    .execute();
  await trx.updateTable('account_invitation').set({ used_at: now }).where('id', '=', invitation.id).execute();
  await trx.deleteFrom('session').where('user_id', '=', invitation.user_id).execute();
  return invitation.user_id;
}
