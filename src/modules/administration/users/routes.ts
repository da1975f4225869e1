// Users and their roles per unit.
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { uuid } from '../../../shared/contracts/common.js';
import {
  adminUser,
  invitation,
  userCreate,
  userListQuery,
  userUpdate,
} from '../../../shared/contracts/administration/users.js';
import { listUsers } from './queries.js';
import { createUser, resetPassword, updateUser } from './service.js';

export default async function userRoutes(app: App) {
  app.get(
    '/api/admin/users',
    {
      config: { action: 'user.manage' },
      schema: {
        tags: ['admin'],
        summary: 'List users (at most 500; filter with q)',
        querystring: userListQuery,
        response: { 200: z.object({ users: z.array(adminUser) }) },
      },
    },
    async (request) => ({ users: await listUsers(app.db, { q: request.query.q }) }),
  );

  app.post(
    '/api/admin/users',
    {
      config: { action: 'user.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Create a staff user with roles per unit; the answer has a one-time code for the letter',
        body: userCreate,
        response: { 201: z.object({ user: adminUser, invitation }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(app.db, request.actor(), request.body, app.clock)),
  );

  app.patch(
    '/api/admin/users/:id',
    {
      config: { action: 'user.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Edit a user: name, active, roles, password reset (version check)',
        params: z.object({ id: uuid }),
        body: userUpdate,
        response: { 200: z.object({ user: adminUser }) },
      },
    },
    async (request) => ({ user: await updateUser(app.db, request.actor(), request.params.id, request.body) }),
  );

  app.post(
    '/api/admin/users/:id/password-reset',
    {
      config: { action: 'user.manage' },
      schema: {
        tags: ['admin'],
        summary: 'A one-time code with which the user sets a new password of their own (shown once, for a letter)',
        params: z.object({ id: uuid }),
        response: { 201: z.object({ invitation }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ invitation: await resetPassword(app.db, request.actor(), request.params.id, app.clock) }),
  );
}
