import { localize, type Localized } from '../shared/i18n.js';
import { errorMessages } from './messages.js';

export interface FieldError {
  path: string;
  message: Localized;
}

/**
 * An error a user can cause. It carries its text in every language; the error handler picks the
 * request's language. Never put client data into the text: it is shown to the user only.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly localized: Localized,
    readonly fields: FieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

type SimpleKey = {
  [K in keyof typeof errorMessages.fi]: (typeof errorMessages.fi)[K] extends string ? K : never;
}[keyof typeof errorMessages.fi];

/** The shared text for `key` in every language. */
export function t(key: SimpleKey): Localized {
  return { fi: errorMessages.fi[key], sv: errorMessages.sv[key], en: errorMessages.en[key] };
}

export { localize };

export const errors = {
  unauthenticated: () => new AppError(401, 'unauthenticated', t('unauthenticated')),
  forbidden: () => new AppError(403, 'forbidden', t('forbidden')),
  notFound: () => new AppError(404, 'not_found', t('notFound')),
  conflict: () => new AppError(409, 'conflict', t('conflict')),
  csrf: () => new AppError(403, 'csrf', t('csrf')),
  /** 400 with messages next to the named fields. */
  validation: (fields: FieldError[]) => new AppError(400, 'validation', t('validation'), fields),
  /** The field is required in this situation (e.g. because another field was chosen). */
  required: (path: string) =>
    new AppError(400, 'validation', t('validation'), [
      {
        path,
        message: {
          fi: errorMessages.fi.field.required,
          sv: errorMessages.sv.field.required,
          en: errorMessages.en.field.required,
        },
      },
    ]),
  /** A field-level error with a custom text, e.g. a business rule. */
  field: (path: string, message: Localized) => new AppError(400, 'validation', t('validation'), [{ path, message }]),
};
