// The client record (asiakkuus): search within the user's units, create with a duplicate warning,
// read (with what the user may do), the basic data, the audited reveal of the identity code, edit
// with a version check, and the end of the relationship. Contacts, concerns and the named worker
// are features of their own (../contacts, ../concerns, ../named-worker).
import type { App } from '../../../server/types.js';
import { localize } from '../../../server/errors.js';
import {
  clientBasicResponse,
  clientParams,
  clientReadResponse,
  clientResponse,
  clientSearchInput,
  clientSearchResult,
  createClientBody,
  duplicateBody,
  endClientBody,
  endClientResponse,
  errorBody,
  identityRevealResponse,
  updateClientBody,
} from '../../../shared/contracts/client-work/clients.js';
import { workContext } from './common.js';
import { cw } from './messages.js';
import {
  createClient,
  endClient,
  readClient,
  readClientBasic,
  revealIdentityCode,
  search,
  updateClient,
} from './service.js';

export default async function clientRoutes(app: App) {
  app.get(
    '/api/clients',
    {
      config: { action: 'client.search' },
      schema: {
        tags: ['clients'],
        summary:
          'Search clients of your units by name (an identity code also works, but prefer POST /api/clients/search to keep it out of URLs)',
        querystring: clientSearchInput,
        response: { 200: clientSearchResult },
      },
    },
    async (request) => search(workContext(app, request), request.access.unitIds, request.query),
  );

  // The same search with the terms in the body, so an identity code never travels in a URL
  // (proxy and server access logs). The UI uses this one.
  app.post(
    '/api/clients/search',
    {
      config: { action: 'client.search' },
      schema: {
        tags: ['clients'],
        summary: 'Search clients of your units by name or exact personal identity code',
        body: clientSearchInput,
        response: { 200: clientSearchResult },
      },
    },
    async (request) => search(workContext(app, request), request.access.unitIds, request.body),
  );

  app.post(
    '/api/clients',
    {
      config: { action: 'client.create' },
      schema: {
        tags: ['clients'],
        summary: 'Create a client (409 possible_duplicate on the same name and birth date, unless confirmed)',
        body: createClientBody,
        response: { 201: clientResponse, 409: duplicateBody },
      },
    },
    async (request, reply) => {
      const result = await createClient(workContext(app, request), request.access.unitIds, request.body);
      if (result.kind === 'duplicates') {
        return reply.status(409).send({
          error: {
            code: 'possible_duplicate' as const,
            message: localize(cw('possibleDuplicate'), request.lang),
            candidates: result.candidates,
          },
        });
      }
      return reply.status(201).send({ client: result.client });
    },
  );

  app.get(
    '/api/clients/:clientId',
    {
      config: { action: 'client.read' },
      schema: {
        tags: ['clients'],
        summary: 'Read a client record, with the actions you may perform on it',
        params: clientParams,
        response: { 200: clientReadResponse },
      },
    },
    async (request) => ({
      client: await readClient(workContext(app, request), request.params.clientId),
      permittedActions: request.permittedActions(),
    }),
  );

  app.get(
    '/api/clients/:clientId/basic',
    {
      config: { action: 'client.basic.read' },
      schema: {
        tags: ['clients'],
        summary: 'Basic client data (name, birth date, unit): for the benefit handler and the client',
        params: clientParams,
        response: { 200: clientBasicResponse },
      },
    },
    async (request) => ({ client: await readClientBasic(workContext(app, request), request.params.clientId) }),
  );

  app.post(
    '/api/clients/:clientId/identity-code/reveal',
    {
      config: { action: 'client.identity.reveal' },
      schema: {
        tags: ['clients'],
        summary: 'Show the full personal identity code (written to the use log)',
        params: clientParams,
        response: { 200: identityRevealResponse },
      },
    },
    async (request) => ({
      henkilotunnus: await revealIdentityCode(workContext(app, request), request.params.clientId),
    }),
  );

  app.patch(
    '/api/clients/:clientId',
    {
      config: { action: 'client.update' },
      schema: {
        tags: ['clients'],
        summary: 'Edit the client record (version check)',
        params: clientParams,
        body: updateClientBody,
        response: { 200: clientResponse, 409: errorBody },
      },
    },
    async (request) => ({
      client: await updateClient(workContext(app, request), request.params.clientId, request.body),
    }),
  );

  app.post(
    '/api/clients/:clientId/end',
    {
      config: { action: 'client.update' },
      schema: {
        tags: ['clients'],
        summary: 'End the client relationship, optionally with a follow-up task (youth: two months later)',
        params: clientParams,
        body: endClientBody,
        response: { 200: endClientResponse, 409: errorBody },
      },
    },
    async (request) => endClient(workContext(app, request), request.params.clientId, request.body),
  );
}
