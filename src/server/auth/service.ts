// Checking who someone is: password, TOTP, and the throttling of failed attempts. The count of
// failures and the new failure are written under a per-username advisory lock, so parallel attempts
// and attempts through several instances cannot slip past the limit.
import { sql, type Kysely } from 'kysely';
import * as OTPAuth from 'otpauth';
import type { DB } from '../../db/types.js';
import type { Clock } from '../../domain/clock/index.js';
import type { AppConfig } from '../config.js';
import { AppError, t } from '../errors.js';
import { dummyVerify, verifyPassword } from './passwords.js';

// Any constant shared by all instances; the second key is the username's hash.
const LOGIN_LOCK = 730_2025;
export const TOTP_PERIOD_SECONDS = 30;

export function totpFor(username: string, secret: string) {
  return new OTPAuth.TOTP({
    issuer: 'Osallinen',
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

/**
 * The time step of a valid code (one step of clock drift either way), or null. A code is accepted
 * only if its step is later than the last accepted one: each code works once.
 */
export function totpStep(
  user: { username: string; totp_secret: string; totp_last_step: number | null },
  code: string,
  now: Date,
): number | null {
  const delta = totpFor(user.username, user.totp_secret).validate({
    token: code.replace(/\s/g, ''),
    window: 1,
    timestamp: now.getTime(),
  });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
  return user.totp_last_step !== null && step <= user.totp_last_step ? null : step;
}

type Outcome = { userId: string } | { error: AppError };

/**
 * Checks a username, password and (when enabled) TOTP code; returns the user id or throws 401/429.
 * Used by the JSON login and the server-rendered login form alike.
 */
export async function authenticate(
  db: Kysely<DB>,
  config: Pick<AppConfig, 'loginWindowMinutes' | 'loginMaxFailures'>,
  clock: Clock,
  credentials: { username: string; password: string; totp?: string },
): Promise<string> {
  const usernameKey = credentials.username.trim().toLowerCase();
  // The failure must be stored even though the attempt fails: decide inside, throw after the commit.
  const outcome = await db.transaction().execute(async (trx): Promise<Outcome> => {
    await sql`select pg_advisory_xact_lock(${LOGIN_LOCK}, hashtext(${usernameKey}))`.execute(trx);
    const now = clock.now();
    const windowStart = new Date(now.getTime() - config.loginWindowMinutes * 60_000);
    const failures = await trx
      .selectFrom('login_failure')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('username_key', '=', usernameKey)
      .where('at', '>', windowStart)
      .executeTakeFirstOrThrow();
    if (Number(failures.n) >= config.loginMaxFailures)
      return { error: new AppError(429, 'too_many_attempts', t('tooManyAttempts')) };
    const fail = async (error: AppError): Promise<Outcome> => {
      await trx.insertInto('login_failure').values({ username_key: usernameKey, at: now }).execute();
      return { error };
    };
    const user = await trx
      .selectFrom('app_user')
      .select(['id', 'password_hash', 'is_active', 'totp_enabled', 'totp_secret', 'totp_last_step', 'username'])
      .where('username', '=', usernameKey)
      .executeTakeFirst();
    const passwordOk = user
      ? await verifyPassword(user.password_hash, credentials.password)
      : await dummyVerify(credentials.password);
    if (!user || !user.is_active || !passwordOk)
      return fail(new AppError(401, 'invalid_credentials', t('invalidCredentials')));
    if (user.totp_enabled && user.totp_secret) {
      if (!credentials.totp) return { error: new AppError(401, 'totp_required', t('totpRequired')) };
      const step = totpStep({ ...user, totp_secret: user.totp_secret }, credentials.totp, now);
      if (step === null) return fail(new AppError(401, 'totp_invalid', t('totpInvalid')));
      await trx.updateTable('app_user').set({ totp_last_step: step }).where('id', '=', user.id).execute();
    }
    await trx.deleteFrom('login_failure').where('username_key', '=', usernameKey).execute();
    return { userId: user.id };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.userId;
}
