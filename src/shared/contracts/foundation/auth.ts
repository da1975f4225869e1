// The signed-in user as the web apps see them (GET /api/me, POST /api/auth/login).
import { z } from 'zod';
import { ACTIONS, type ActionName } from '../../access/actions/index.js';
import { ROLES } from '../../roles.js';
import { isStorableText, localizedIssue } from '../common.js';

/** Passwords are at least this long (NIST 800-63B: length over composition rules). */
export const MIN_PASSWORD_LENGTH = 12;

/** A new password: long enough, and storable as typed (never trimmed). */
export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH)
  .max(200)
  .refine(isStorableText, {
    message: localizedIssue({
      fi: 'Salasanassa on merkkejä, joita ei voi käyttää.',
      sv: 'Lösenordet innehåller tecken som inte kan användas.',
      en: 'The password contains characters that cannot be used.',
    }),
  });

export const roleAssignmentSchema = z.object({
  unitId: z.string().uuid(),
  unitName: z.string(),
  organisationId: z.string().uuid(),
  organisationName: z.string(),
  role: z.enum(ROLES),
});

export const actionNameSchema = z.enum(Object.keys(ACTIONS) as [ActionName, ...ActionName[]]);

export const meSchema = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  language: z.enum(['fi', 'sv', 'en']),
  clientId: z.string().uuid().nullable(),
  totpEnabled: z.boolean(),
  roles: z.array(roleAssignmentSchema),
  /** Each unit where the user holds a role, with the actions the user may perform there (for
   *  choosing a unit in a form: "the units where I may create a client"). */
  units: z.array(
    z.object({
      unitId: z.string().uuid(),
      unitName: z.string(),
      organisationId: z.string().uuid(),
      organisationName: z.string(),
      permittedActions: z.array(actionNameSchema),
    }),
  ),
  /** The actions the user may perform that need no particular subject: navigation and start page
   *  show exactly these. Actions on one subject come with that subject's response. */
  permittedActions: z.array(actionNameSchema),
});

export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;
export type Me = z.infer<typeof meSchema>;
export type MeUnit = Me['units'][number];
