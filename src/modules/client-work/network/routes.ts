// Close-network mapping (SHL 43 §) of a client: the legal basis, then the people.
import type { App } from '../../../server/types.js';
import { clientParams, errorBody } from '../../../shared/contracts/client-work/clients.js';
import {
  consentParams,
  consentResponse,
  networkResponse,
  newConsentBody,
  personBody,
  personParams,
  personResponse,
  updatePersonBody,
  withdrawConsentBody,
} from '../../../shared/contracts/client-work/network.js';
import { workContext } from '../clients/common.js';
import { addPerson, readNetwork, recordConsent, recordWithdrawal, updatePerson } from './service.js';

export default async function networkRoutes(app: App) {
  app.get(
    '/api/clients/:clientId/network',
    {
      config: { action: 'network.read' },
      schema: {
        tags: ['network'],
        summary: 'Consents and persons of the close-network mapping',
        params: clientParams,
        response: { 200: networkResponse },
      },
    },
    async (request) => readNetwork(workContext(app, request), request.params.clientId),
  );

  app.post(
    '/api/clients/:clientId/network/consents',
    {
      config: { action: 'network.write' },
      schema: {
        tags: ['network'],
        summary: "Record the client's consent, or a statutory exception with its justification",
        params: clientParams,
        body: newConsentBody,
        response: { 201: consentResponse },
      },
    },
    async (request, reply) => {
      const consent = await recordConsent(workContext(app, request), request.params.clientId, request.body);
      return reply.status(201).send({ consent });
    },
  );

  app.post(
    '/api/clients/:clientId/network/consents/:consentId/withdraw',
    {
      config: { action: 'network.write' },
      schema: {
        tags: ['network'],
        summary: 'Record that the consent was withdrawn',
        params: consentParams,
        body: withdrawConsentBody,
        response: { 200: consentResponse, 409: errorBody },
      },
    },
    async (request) => {
      const { clientId, consentId } = request.params;
      return {
        consent: await recordWithdrawal(workContext(app, request), clientId, consentId, request.body.withdrawnAt),
      };
    },
  );

  app.post(
    '/api/clients/:clientId/network/persons',
    {
      config: { action: 'network.write' },
      schema: {
        tags: ['network'],
        summary: 'Add a person to the close network (needs a consent or a recorded exception)',
        params: clientParams,
        body: personBody,
        response: { 201: personResponse, 400: errorBody },
      },
    },
    async (request, reply) => {
      const person = await addPerson(workContext(app, request), request.params.clientId, request.body);
      return reply.status(201).send({ person });
    },
  );

  app.patch(
    '/api/clients/:clientId/network/persons/:personId',
    {
      config: { action: 'network.write' },
      schema: {
        tags: ['network'],
        summary: 'Edit a network person (version check; needs a basis in force)',
        params: personParams,
        body: updatePersonBody,
        response: { 200: personResponse, 400: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const { clientId, personId } = request.params;
      return { person: await updatePerson(workContext(app, request), clientId, personId, request.body) };
    },
  );
}
