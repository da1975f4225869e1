// Building blocks shared by the measures' contracts (beyond contracts/common.ts).
import { z } from 'zod';
import { localizedIssue, optionalText, uuid } from '../common.js';
import { actionNameSchema } from '../foundation/auth.js';

/** A calendar month 'YYYY-MM'. */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
  message: localizedIssue({
    fi: 'Anna kuukausi muodossa VVVV-KK.',
    sv: 'Ange månaden som ÅÅÅÅ-MM.',
    en: 'Enter the month as YYYY-MM.',
  }),
});

/** Optional text that may be left out, sent as null or as an empty string: stored as null. */
export const nullableText = (max = 4000) =>
  optionalText(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** A text in every language, as the server sends it. */
export const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

/** The actions the user may perform on the subject of a response (the web shows buttons by them). */
export const permittedActions = z.array(actionNameSchema);

export const clientParams = z.object({ clientId: uuid });
