// Units of the organisations.
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { uuid } from '../../../shared/contracts/common.js';
import { unit, unitCreate, unitListQuery, unitUpdate } from '../../../shared/contracts/administration/units.js';
import { listUnits } from './queries.js';
import { createUnit, updateUnit } from './service.js';

export default async function unitRoutes(app: App) {
  app.get(
    '/api/admin/units',
    {
      config: { action: 'unit.manage' },
      schema: {
        tags: ['admin'],
        summary: 'List units',
        querystring: unitListQuery,
        response: { 200: z.object({ units: z.array(unit) }) },
      },
    },
    async (request) => ({ units: await listUnits(app.db, request.query.organisationId) }),
  );

  app.post(
    '/api/admin/units',
    {
      config: { action: 'unit.manage' },
      schema: { tags: ['admin'], summary: 'Create a unit', body: unitCreate, response: { 201: z.object({ unit }) } },
    },
    async (request, reply) => reply.status(201).send({ unit: await createUnit(app.db, request.actor(), request.body) }),
  );

  app.patch(
    '/api/admin/units/:id',
    {
      config: { action: 'unit.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Rename a unit (version check)',
        params: z.object({ id: uuid }),
        body: unitUpdate,
        response: { 200: z.object({ unit }) },
      },
    },
    async (request) => ({ unit: await updateUnit(app.db, request.actor(), request.params.id, request.body) }),
  );
}
