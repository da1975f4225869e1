// Service processes applied to one client from a template: checklist, contacts, end and follow-up.
import type { App } from '../../../server/types.js';
import { clientParams } from '../../../shared/contracts/measures/common.js';
import {
  endProcessBody,
  followUpBody,
  newProcessBody,
  processContactBody,
  processesResponse,
  processParams,
  processResponse,
  stepDoneBody,
  stepParams,
} from '../../../shared/contracts/measures/client-processes.js';
import { callerOf } from '../common.js';
import * as service from './service.js';
import './my-work.js';

const tags = ['process-templates'];
const base = '/api/clients/:clientId/processes';

export default async function clientProcessRoutes(app: App) {
  app.get(
    base,
    {
      config: { action: 'clientProcess.read' },
      schema: {
        tags,
        summary: 'Processes applied to a client: checklist, contacts, rule status',
        params: clientParams,
        response: { 200: processesResponse },
      },
    },
    async (request) => {
      const client = { id: request.params.clientId, unitId: request.access.clientUnitId! };
      return {
        ...(await service.processes(app.db, callerOf(app, request), client)),
        permittedActions: request.permittedActions(),
      };
    },
  );

  app.post(
    base,
    {
      config: { action: 'clientProcess.write' },
      schema: {
        tags,
        summary: 'Apply a template to a client with the worker assigned by the consultation team',
        params: clientParams,
        body: newProcessBody,
        response: { 201: processResponse },
      },
    },
    async (request, reply) => {
      const client = { id: request.params.clientId, unitId: request.access.clientUnitId! };
      const process = await service.applyTemplate(app.db, callerOf(app, request), client, request.body);
      return reply.status(201).send({ process });
    },
  );

  app.post(
    `${base}/:processId/contacts`,
    {
      config: { action: 'clientProcess.write' },
      schema: {
        tags,
        summary: 'Record a contact (face to face, phone or network meeting)',
        params: processParams,
        body: processContactBody,
        response: { 201: processResponse },
      },
    },
    async (request, reply) => {
      const { clientId, processId } = request.params;
      const process = await service.addContact(app.db, callerOf(app, request), clientId, processId, request.body);
      return reply.status(201).send({ process });
    },
  );

  app.post(
    `${base}/:processId/steps/:stepKey/done`,
    {
      config: { action: 'clientProcess.write' },
      schema: {
        tags,
        summary: 'Tick a checklist step done',
        params: stepParams,
        body: stepDoneBody,
        response: { 200: processResponse },
      },
    },
    async (request) => {
      const { clientId, processId, stepKey } = request.params;
      const caller = callerOf(app, request);
      return { process: await service.markStepDone(app.db, caller, clientId, processId, stepKey, request.body.date) };
    },
  );

  app.post(
    `${base}/:processId/end`,
    {
      config: { action: 'clientProcess.write' },
      schema: {
        tags,
        summary: 'End the process (the follow-up contact falls due after the template’s months)',
        params: processParams,
        body: endProcessBody,
        response: { 200: processResponse },
      },
    },
    async (request) => {
      const { clientId, processId } = request.params;
      return { process: await service.endProcess(app.db, callerOf(app, request), clientId, processId, request.body) };
    },
  );

  app.post(
    `${base}/:processId/follow-up`,
    {
      config: { action: 'clientProcess.write' },
      schema: {
        tags,
        summary: 'Record the follow-up contact after the end ("how are you doing?")',
        params: processParams,
        body: followUpBody,
        response: { 200: processResponse },
      },
    },
    async (request) => {
      const { clientId, processId } = request.params;
      return { process: await service.followUp(app.db, callerOf(app, request), clientId, processId, request.body) };
    },
  );
}
