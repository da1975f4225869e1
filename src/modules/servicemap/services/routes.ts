// One service: the public read, the workers' read with internal notes, its version history, and the
// updater's writes (create, edit with a version check — retiring is an edit of the status — and
// "checked today"). Who may do what with a service is decided by its resolver (its organisation).
import { errors } from '../../../server/errors.js';
import type { App } from '../../../server/types.js';
import {
  publicServiceResponse,
  serviceInput,
  serviceParams,
  serviceUpdate,
  serviceVerify,
  serviceVersions,
  staffServiceCreated,
  staffServiceResponse,
} from '../../../shared/contracts/servicemap/services.js';
import { rateLimits } from '../limits.js';
import { publicView, staffView } from './model.js';
import { getService, versionsOf } from './queries.js';
import { actorOf } from '../actor.js';
import { create, edit, verify } from './service.js';

export default async function serviceRoutes(app: App) {
  const db = app.db;

  app.get(
    '/api/public/services/:serviceId',
    {
      config: { action: 'servicemap.public.read', rateLimit: rateLimits.page },
      schema: {
        tags: ['servicemap'],
        summary: 'One published service',
        params: serviceParams,
        response: { 200: publicServiceResponse },
      },
    },
    async (request) => {
      const s = await getService(db, request.params.serviceId, app.clock.now());
      if (!s || s.status !== 'published') throw errors.notFound();
      return { service: publicView(s) };
    },
  );

  app.get(
    '/api/services/:serviceId',
    {
      config: { action: 'service.read' },
      schema: {
        tags: ['servicemap'],
        summary: 'One service with internal notes, and what the user may do with it',
        params: serviceParams,
        response: { 200: staffServiceResponse },
      },
    },
    async (request) => {
      const s = await getService(db, request.params.serviceId, app.clock.now());
      if (!s) throw errors.notFound();
      return { service: staffView(s), permittedActions: request.permittedActions() };
    },
  );

  app.get(
    '/api/services/:serviceId/versions',
    {
      config: { action: 'service.read' },
      schema: {
        tags: ['servicemap'],
        summary: 'Version history of a service (who changed it and when)',
        params: serviceParams,
        response: { 200: serviceVersions },
      },
    },
    async (request) => ({ versions: await versionsOf(db, request.params.serviceId) }),
  );

  app.post(
    '/api/services',
    {
      config: { action: 'service.create' },
      schema: {
        tags: ['servicemap'],
        summary: 'Create a service (in the organisation of the updater’s unit)',
        body: serviceInput,
        response: { 201: staffServiceCreated },
      },
    },
    async (request, reply) => {
      const s = await create(db, request.body, {
        ...actorOf(request),
        unitIds: request.access.unitIds,
        now: app.clock.now(),
      });
      return reply.status(201).send({ service: staffView(s) });
    },
  );

  app.put(
    '/api/services/:serviceId',
    {
      config: { action: 'service.update' },
      schema: {
        tags: ['servicemap'],
        summary: 'Edit a service (version check; status retired = retire)',
        params: serviceParams,
        body: serviceUpdate,
        response: { 200: staffServiceResponse },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      const s = await edit(db, { id: request.params.serviceId, version }, input, {
        ...actorOf(request),
        now: app.clock.now(),
      });
      return { service: staffView(s), permittedActions: request.permittedActions() };
    },
  );

  app.post(
    '/api/services/:serviceId/verify',
    {
      config: { action: 'service.update' },
      schema: {
        tags: ['servicemap'],
        summary: 'Mark the details checked today',
        params: serviceParams,
        body: serviceVerify,
        response: { 200: staffServiceResponse },
      },
    },
    async (request) => {
      const s = await verify(
        db,
        { id: request.params.serviceId, version: request.body.version },
        { ...actorOf(request), now: app.clock.now(), today: app.clock.today() },
      );
      return { service: staffView(s), permittedActions: request.permittedActions() };
    },
  );
}
