// Suggestions: anyone may suggest a new service or a correction (JSON here, the no-JavaScript form in
// pages.ts); the updater's moderation queue and decisions. A suggestion's resolver says whose it is:
// a correction belongs to the organisation of the corrected service, a new service to any updater.
import type { FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import {
  approveBody,
  handled,
  rejectBody,
  suggestionInput,
  suggestionList,
  suggestionParams,
  suggestionReceived,
  suggestionsQuery,
} from '../../../shared/contracts/servicemap/suggestions.js';
import { rateLimits } from '../limits.js';
import { staffView } from '../services/model.js';
import { organisationsOf } from '../services/queries.js';
import { actorOf } from '../actor.js';
import { listSuggestions, storeSuggestion } from './queries.js';
import { approve, reject, type Outcome } from './service.js';

const response = (o: Outcome) => ({
  suggestion: o.suggestion,
  service: o.service ? staffView(o.service) : null,
  tellSuggester: o.tellSuggester,
});

const moderator = (app: App, request: FastifyRequest) => ({
  ...actorOf(request),
  userId: request.user!.id,
  unitIds: request.access.unitIds,
  now: app.clock.now(),
  today: app.clock.today(),
});

export default async function suggestionRoutes(app: App) {
  const db = app.db;

  app.post(
    '/api/public/services/suggestions',
    {
      config: { action: 'serviceSuggestion.submit', rateLimit: rateLimits.suggest },
      schema: {
        tags: ['servicemap'],
        summary: 'Suggest a new service or a correction (moderated; not public until approved)',
        body: suggestionInput,
        response: { 202: suggestionReceived },
      },
    },
    async (request, reply) => {
      await storeSuggestion(db, request.body, request.lang);
      return reply.status(202).send({ received: true });
    },
  );

  app.get(
    '/api/services/suggestions',
    {
      config: { action: 'serviceSuggestion.list' },
      schema: {
        tags: ['servicemap'],
        summary: 'Moderation queue of public suggestions (new services, corrections of the updater’s services)',
        querystring: suggestionsQuery,
        response: { 200: suggestionList },
      },
    },
    async (request) => ({
      suggestions: await listSuggestions(db, {
        status: request.query.status,
        organisationIds: await organisationsOf(db, request.access.unitIds),
      }),
    }),
  );

  app.post(
    '/api/services/suggestions/:suggestionId/approve',
    {
      config: { action: 'serviceSuggestion.moderate' },
      schema: {
        tags: ['servicemap'],
        summary: 'Approve a suggestion: a new service is published (optionally as edited), a correction applied',
        params: suggestionParams,
        body: approveBody,
        response: { 200: handled },
      },
    },
    async (request) => response(await approve(db, request.params.suggestionId, request.body, moderator(app, request))),
  );

  app.post(
    '/api/services/suggestions/:suggestionId/reject',
    {
      config: { action: 'serviceSuggestion.moderate' },
      schema: {
        tags: ['servicemap'],
        summary: 'Reject a suggestion',
        params: suggestionParams,
        body: rejectBody,
        response: { 200: handled },
      },
    },
    async (request) =>
      response(await reject(db, request.params.suggestionId, request.body.note, moderator(app, request))),
  );
}
