// The signed-in user as the web apps see them (GET /api/me, POST /api/auth/login).
import { z } from 'zod';
import { ACTIONS, type ActionName } from '../../access/actions/index.js';
import { ROLES } from '../../roles.js';

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
