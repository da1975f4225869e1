// Users and their roles per unit.
import { z } from 'zod';
import { STAFF_ROLES } from '../../roles.js';
import { optionalText, text, uuid, version } from '../common.js';

export const roleAssignment = z.object({ unitId: uuid, role: z.enum(STAFF_ROLES) });

export const adminUser = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  isActive: z.boolean(),
  clientId: z.string().nullable(),
  roles: z.array(z.object({ unitId: z.string(), unitName: z.string(), role: z.enum(STAFF_ROLES) })),
  version: z.number(),
});

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,64}$/);

export const userListQuery = z.object({ q: optionalText(100).optional() });
/** A new user gets no password from the administrator: the answer carries a one-time code for a
 *  letter, with which the user chooses their own. */
export const userCreate = z
  .object({
    username,
    displayName: text(200),
    email: z.string().email().max(200).optional(),
    roles: z.array(roleAssignment).max(50),
  })
  .strict();
/** An administrator never sets another person's password: a reset is an invitation (below). */
export const userUpdate = z
  .object({
    displayName: text(200).optional(),
    email: z.string().email().max(200).nullable().optional(),
    isActive: z.boolean().optional(),
    roles: z.array(roleAssignment).max(50).optional(),
    version,
  })
  // A password sent here would otherwise be dropped silently; say it is not accepted.
  .strict();

/** A one-time code the user enters with a new password of their own; shown once, for a letter. */
export const invitation = z.object({ code: z.string(), expiresAt: z.date() });

export type AdminUser = z.infer<typeof adminUser>;
export type RoleAssignmentInput = z.infer<typeof roleAssignment>;
export type UserCreate = z.infer<typeof userCreate>;
export type UserUpdate = z.infer<typeof userUpdate>;
export type Invitation = Omit<z.infer<typeof invitation>, 'expiresAt'> & { expiresAt: string };
