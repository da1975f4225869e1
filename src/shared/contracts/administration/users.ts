// Users and their roles per unit.
import { z } from 'zod';
import { STAFF_ROLES } from '../../roles.js';
import { optionalText, text, uuid, version } from '../common.js';
import { newPassword } from '../foundation/auth.js';

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
const password = newPassword;

export const userListQuery = z.object({ q: optionalText(100).optional() });
export const userCreate = z.object({
  username,
  displayName: text(200),
  email: z.string().email().max(200).optional(),
  password,
  roles: z.array(roleAssignment).max(50),
});
export const userUpdate = z.object({
  displayName: text(200).optional(),
  email: z.string().email().max(200).nullable().optional(),
  isActive: z.boolean().optional(),
  roles: z.array(roleAssignment).max(50).optional(),
  password: password.optional(),
  version,
});

export type AdminUser = z.infer<typeof adminUser>;
export type RoleAssignmentInput = z.infer<typeof roleAssignment>;
export type UserCreate = z.infer<typeof userCreate>;
export type UserUpdate = z.infer<typeof userUpdate>;
