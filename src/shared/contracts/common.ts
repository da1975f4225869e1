// Building blocks of every request and response schema. The server validates with them; the web app
// imports only their types. Messages a schema gives itself are localized texts (localizedIssue); the
// server's error handler picks the reader's language.
import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar/date.js';
import type { Localized } from '../i18n.js';

/** Use as a Zod message to give a rule its own text in every language. */
export function localizedIssue(text: Localized): string {
  return JSON.stringify(text);
}

export const uuid = z.string().uuid();

/** A real calendar date 'YYYY-MM-DD' (2026-02-30 is refused). Legal dates have no time zone. */
export const isoDate = z.string().refine(isIsoDate, {
  message: localizedIssue({
    fi: 'Anna oikea päivämäärä.',
    sv: 'Ange ett riktigt datum.',
    en: 'Enter a real date.',
  }),
});

/** No NUL characters and no lone UTF-16 surrogates: PostgreSQL text cannot hold them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

const storable = {
  message: localizedIssue({
    fi: 'Tekstissä on merkkejä, joita ei voi tallentaa.',
    sv: 'Texten innehåller tecken som inte kan sparas.',
    en: 'The text contains characters that cannot be stored.',
  }),
};

/** Required text, trimmed, at most `max` characters. */
export const text = (max = 4000) => z.string().trim().min(1).max(max).refine(isStorableText, storable);

/** Optional text: trimmed, may be empty. */
export const optionalText = (max = 4000) => z.string().trim().max(max).refine(isStorableText, storable);

/** PostgreSQL `integer` (int4). */
export const INT4_MAX = 2_147_483_647;
export const int4 = z
  .number()
  .int()
  .min(-INT4_MAX - 1)
  .max(INT4_MAX);
export const nonNegativeInt4 = z.number().int().min(0).max(INT4_MAX);

/** Money in integer cents (never floats). */
export const cents = nonNegativeInt4;

/** The version an edit started from (optimistic concurrency: a stale version answers 409). */
export const version = z.number().int().min(0).max(INT4_MAX);
