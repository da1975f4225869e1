// CSV for spreadsheet users: the services of the user's organisations out (staff), and the updater's
// all-or-nothing import in (text/csv; the same columns as the export).
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import { localize } from '../../../shared/i18n.js';
import { csvImportError, importResult } from '../../../shared/contracts/servicemap/exchange.js';
import { importErrors } from '../hsds/messages.js';
import { loadServices, organisationsOf, serviceIds } from '../services/queries.js';
import { actorOf } from '../actor.js';
import { csvExport } from './format.js';
import { csvImport } from './service.js';

export default async function csvRoutes(app: App) {
  const db = app.db;

  app.get(
    '/api/services/export.csv',
    {
      config: { action: 'service.list' },
      schema: {
        tags: ['servicemap'],
        summary: 'The services of the user’s organisations as CSV (one row per service, first location)',
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const ids = await serviceIds(db, { organisationIds: await organisationsOf(db, request.access.unitIds) });
      const services = await loadServices(db, ids, app.clock.now());
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="palvelut.csv"')
        .send(csvExport(services));
    },
  );

  await app.register(async (scope) => {
    scope.addContentTypeParser(
      ['text/csv', 'text/plain'],
      { parseAs: 'string', bodyLimit: 10 * 1024 * 1024 },
      (_req, body, done) => done(null, body),
    );
    (scope as App).post(
      '/api/services/import.csv',
      {
        config: { action: 'servicemap.import.write' },
        schema: {
          tags: ['servicemap'],
          summary:
            'Import services from CSV (same columns as the export; rows with an id update that service of the updater’s organisation). All or nothing.',
          consumes: ['text/csv'],
          response: { 200: importResult, 400: csvImportError },
        },
      },
      async (request, reply) => {
        if (typeof request.body !== 'string') throw errors.field('body', importErrors.sendCsv);
        const result = await csvImport(db, request.body, {
          ...actorOf(request),
          unitIds: request.access.unitIds,
          now: app.clock.now(),
          lang: request.lang,
        });
        if ('problems' in result) {
          return reply.status(400).send({
            error: {
              code: 'invalid_rows',
              message: localize(importErrors.rowsRejected, request.lang),
              rows: result.problems,
            },
          });
        }
        return result;
      },
    );
  });
}
