// My work (Oma työ) and the manager's unit overview, and the organisation's deadline rules that
// both follow. The handler hands the request, the clock and the access to the service.
import type { App } from '../../../server/types.js';
import {
  deadlineConfigBody,
  deadlineConfigResponse,
  myWorkQuery,
  myWorkResponse,
  organisationParams,
  unitOverviewResponse,
  unitParams,
} from '../../../shared/contracts/client-work/my-work.js';
import * as service from './service.js';

const tags = ['my-work'];

export default async function myWorkRoutes(app: App) {
  app.get(
    '/api/my-work',
    {
      config: { action: 'myWork.read' },
      schema: {
        tags,
        summary: "The worker's clients and what is due, overdue and upcoming, from every capability",
        querystring: myWorkQuery,
        response: { 200: myWorkResponse },
      },
    },
    async (request) =>
      service.myWork(
        app.db,
        {
          actor: request.actor(),
          user: request.user!,
          unitIds: request.access.unitIds,
          today: app.clock.today(),
          lang: request.lang,
          log: request.log,
        },
        request.query,
      ),
  );

  app.get(
    '/api/units/:unitId/overview',
    {
      config: { action: 'unit.overview.read' },
      schema: {
        tags,
        summary: "Manager's unit overview: counts and per-worker breakdown (no client names)",
        params: unitParams,
        response: { 200: unitOverviewResponse },
      },
    },
    async (request) =>
      service.unitOverview(app.db, { actor: request.actor(), today: app.clock.today() }, request.params.unitId),
  );

  // ---- deadline rules per organisation and client group (administrator) ----
  app.get(
    '/api/admin/organisations/:organisationId/deadline-config',
    {
      config: { action: 'deadlineRules.manage' },
      schema: {
        tags,
        summary: "An organisation's deadline rules: overrides, the defaults and the result",
        params: organisationParams,
        response: { 200: deadlineConfigResponse },
      },
    },
    async (request) => service.readDeadlineConfig(app.db, request.params.organisationId),
  );

  app.put(
    '/api/admin/organisations/:organisationId/deadline-config',
    {
      config: { action: 'deadlineRules.manage' },
      schema: {
        tags,
        summary:
          'Set the organisation’s overrides of the deadline rules per client group (version 0 = none yet; 409 on conflict)',
        params: organisationParams,
        body: deadlineConfigBody,
        response: { 200: deadlineConfigResponse },
      },
    },
    async (request) =>
      service.setDeadlineConfig(app.db, { actor: request.actor() }, request.params.organisationId, request.body),
  );
}
