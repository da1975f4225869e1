// Organisations: wellbeing services counties and municipalities (population for cost sharing).
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import {
  organisation,
  organisationCreate,
  organisationUpdate,
} from '../../../shared/contracts/administration/organisations.js';
import { uuid } from '../../../shared/contracts/common.js';
import { listOrganisations } from './queries.js';
import { createOrganisation, updateOrganisation } from './service.js';

export default async function organisationRoutes(app: App) {
  app.get(
    '/api/admin/organisations',
    {
      config: { action: 'organisation.manage' },
      schema: {
        tags: ['admin'],
        summary: 'List organisations',
        response: { 200: z.object({ organisations: z.array(organisation) }) },
      },
    },
    async () => ({ organisations: await listOrganisations(app.db) }),
  );

  app.post(
    '/api/admin/organisations',
    {
      config: { action: 'organisation.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Create an organisation (wellbeing services county or municipality)',
        body: organisationCreate,
        response: { 201: z.object({ organisation }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ organisation: await createOrganisation(app.db, request.actor(), request.body) }),
  );

  app.patch(
    '/api/admin/organisations/:id',
    {
      config: { action: 'organisation.manage' },
      schema: {
        tags: ['admin'],
        summary: 'Edit an organisation (version check)',
        params: z.object({ id: uuid }),
        body: organisationUpdate,
        response: { 200: z.object({ organisation }) },
      },
    },
    async (request) => ({
      organisation: await updateOrganisation(app.db, request.actor(), request.params.id, request.body),
    }),
  );
}
