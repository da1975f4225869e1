// The updater's settings of the service map: after how many months a service counts as stale (12
// unless set), for the organisation of the updater's unit.
import type { App } from '../../../server/types.js';
import { audit } from '../../../server/audit/audit.js';
import { settingsBody, settingsResponse } from '../../../shared/contracts/servicemap/settings.js';
import { actorOf } from '../actor.js';
import { organisationFor, PURPOSE } from '../services/service.js';
import { saveStaleMonths } from './queries.js';

export default async function settingsRoutes(app: App) {
  const db = app.db;

  app.put(
    '/api/services/settings',
    {
      config: { action: 'servicemap.settings.manage' },
      schema: {
        tags: ['servicemap'],
        summary: 'Staleness period in months (default 12) of the updater’s organisation',
        body: settingsBody,
        response: { 200: settingsResponse },
      },
    },
    async (request) => {
      const organisationId = await organisationFor(db, request.access.unitIds);
      await db.transaction().execute(async (trx) => {
        await saveStaleMonths(trx, organisationId, request.body.staleMonths);
        await audit(trx, {
          actor: actorOf(request).actor,
          action: 'servicemap.settings.manage',
          subjectType: 'servicemap_setting',
          subjectId: organisationId,
          purpose: PURPOSE,
        });
      });
      return { staleMonths: request.body.staleMonths };
    },
  );
}
