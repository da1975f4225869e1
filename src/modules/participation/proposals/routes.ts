// The proposal register (DOMAIN.md 4.2), the API: the units' proposals, one proposal with its dated
// history, registering, the one-step proposal from a moderated answer, edits and the status flow,
// and the public JSON list. The public "what we did" page is in pages.ts.
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import {
  newProposalBody,
  proposal,
  proposalDetail,
  proposalFromAnswerBody,
  proposalListQuery,
  proposalUpdateBody,
  publicProposal,
  publicProposalQuery,
  statusChangeBody,
} from '../../../shared/contracts/participation/proposals.js';
import { historyOf, proposalById, proposalsOf, publicProposals } from './queries.js';
import { moveProposal, proposalFromFeedback, proposalFromSurvey, registerProposal, updateProposal } from './service.js';

const proposalParams = z.object({ proposalId: z.string().uuid() });
const created = { 201: z.object({ proposal }) };
const changed = { 200: z.object({ proposal }) };

export default async function proposalRoutes(app: App) {
  const db = app.db;
  const editor = (request: { actor(): { id: string; username: string }; user: { id: string } | null }) => ({
    actor: request.actor(),
    id: request.user!.id,
  });

  app.get(
    '/api/proposals',
    {
      config: { action: 'proposal.list' },
      schema: {
        tags: ['proposals'],
        summary: "Proposals owned by the user's units",
        querystring: proposalListQuery,
        response: { 200: z.object({ proposals: z.array(proposal) }) },
      },
    },
    async (request) => ({ proposals: await proposalsOf(db, request.access.unitIds, request.query) }),
  );

  app.get(
    '/api/proposals/:proposalId',
    {
      config: { action: 'proposal.read' },
      schema: {
        tags: ['proposals'],
        summary: 'One proposal with its dated status history, and what the user may do with it',
        params: proposalParams,
        response: { 200: proposalDetail },
      },
    },
    async (request) => ({
      proposal: await proposalById(db, request.params.proposalId),
      history: await historyOf(db, request.params.proposalId),
      permittedActions: request.permittedActions(),
    }),
  );

  app.post(
    '/api/proposals',
    {
      config: { action: 'proposal.create' },
      schema: {
        tags: ['proposals'],
        summary: 'Register a proposal (from a developer group, client council, workshop …)',
        body: newProposalBody,
        response: created,
      },
    },
    async (request, reply) => {
      const id = await registerProposal(
        db,
        { ...editor(request), unitIds: request.access.unitIds },
        app.clock.today(),
        request.body,
      );
      return reply.status(201).send({ proposal: await proposalById(db, id) });
    },
  );

  app.post(
    '/api/proposals/from-feedback/:answerId',
    {
      config: { action: 'proposal.fromFeedback.create' },
      schema: {
        tags: ['proposals'],
        summary: 'Turn a moderated feedback answer into a proposal in one step (copies only the moderated text)',
        params: z.object({ answerId: z.string().uuid() }),
        body: proposalFromAnswerBody,
        response: created,
      },
    },
    async (request, reply) => {
      const id = await proposalFromFeedback(
        db,
        editor(request),
        app.clock.today(),
        request.params.answerId,
        request.body,
      );
      return reply.status(201).send({ proposal: await proposalById(db, id) });
    },
  );

  app.post(
    '/api/proposals/from-survey/:freeTextId',
    {
      config: { action: 'proposal.fromSurvey.create' },
      schema: {
        tags: ['proposals'],
        summary: 'Turn a moderated survey free-text answer into a proposal in one step',
        params: z.object({ freeTextId: z.string().uuid() }),
        body: proposalFromAnswerBody,
        response: created,
      },
    },
    async (request, reply) => {
      const id = await proposalFromSurvey(
        db,
        editor(request),
        app.clock.today(),
        request.params.freeTextId,
        request.body,
      );
      return reply.status(201).send({ proposal: await proposalById(db, id) });
    },
  );

  app.patch(
    '/api/proposals/:proposalId',
    {
      config: { action: 'proposal.update' },
      schema: {
        tags: ['proposals'],
        summary: 'Edit title, theme, description or the public response (version check)',
        params: proposalParams,
        body: proposalUpdateBody,
        response: changed,
      },
    },
    async (request) => {
      await updateProposal(db, editor(request), request.params.proposalId, request.body);
      return { proposal: await proposalById(db, request.params.proposalId) };
    },
  );

  app.post(
    '/api/proposals/:proposalId/status',
    {
      config: { action: 'proposal.update' },
      schema: {
        tags: ['proposals'],
        summary: 'Move a proposal on: received → under consideration → decided → done, or rejected with a reason',
        params: proposalParams,
        body: statusChangeBody,
        response: changed,
      },
    },
    async (request) => {
      await moveProposal(db, editor(request), app.clock.today(), request.params.proposalId, request.body);
      return { proposal: await proposalById(db, request.params.proposalId) };
    },
  );

  app.get(
    '/api/public/proposals',
    {
      config: { action: 'proposal.public.read', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['proposals'],
        summary: 'Public list of proposals and responses ("what we did"); no personal data',
        querystring: publicProposalQuery,
        response: { 200: z.object({ proposals: z.array(publicProposal) }) },
      },
    },
    async (request) => ({
      proposals: await publicProposals(db, {
        theme: request.query.theme || undefined,
        status: request.query.status || undefined,
      }),
    }),
  );
}
