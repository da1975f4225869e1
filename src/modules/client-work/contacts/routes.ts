// Contacts (yhteydenotot) of a client.
import type { App } from '../../../server/types.js';
import {
  clientParams,
  contactResponse,
  contactsResponse,
  newContactBody,
} from '../../../shared/contracts/client-work/clients.js';
import { workContext } from '../clients/common.js';
import { readContacts, recordContact } from './service.js';

export default async function contactRoutes(app: App) {
  app.get(
    '/api/clients/:clientId/contacts',
    {
      config: { action: 'contact.read' },
      schema: {
        tags: ['contacts'],
        summary: 'Contacts (yhteydenotot) of a client',
        params: clientParams,
        response: { 200: contactsResponse },
      },
    },
    async (request) => ({ contacts: await readContacts(workContext(app, request), request.params.clientId) }),
  );

  app.post(
    '/api/clients/:clientId/contacts',
    {
      config: { action: 'contact.write' },
      schema: {
        tags: ['contacts'],
        summary: 'Record a contact; it starts the statutory assessment deadline when assessmentRequired',
        params: clientParams,
        body: newContactBody,
        response: { 201: contactResponse },
      },
    },
    async (request, reply) => {
      const contact = await recordContact(
        workContext(app, request),
        request.params.clientId,
        request.access.clientUnitId!,
        request.body,
      );
      return reply.status(201).send({ contact });
    },
  );
}
