// The expense allowance (kulukorvaus) of rehabilitative work activity: the monthly list for payment,
// its CSV and the organisation's rate per attended day.
import type { App } from '../../../server/types.js';
import {
  allowanceList,
  allowanceQuery,
  allowanceSetting,
  allowanceSettingBody,
} from '../../../shared/contracts/measures/allowance.js';
import { callerOf } from '../common.js';
import * as service from './service.js';

const tags = ['work-activity'];

export default async function allowanceRoutes(app: App) {
  app.get(
    '/api/work-activity/allowances',
    {
      config: { action: 'workActivity.allowance.read' },
      schema: {
        tags,
        summary: 'Monthly expense allowance list per client (attended days × rate, integer cents)',
        querystring: allowanceQuery,
        response: { 200: allowanceList },
      },
    },
    async (request) =>
      service.allowanceList(app.db, callerOf(app, request), request.access.unitIds, request.query.month),
  );

  app.get(
    '/api/work-activity/allowances.csv',
    {
      config: { action: 'workActivity.allowance.read' },
      schema: {
        tags,
        summary: 'Monthly expense allowance list as CSV (semicolon-separated, euros with comma)',
        querystring: allowanceQuery,
      },
    },
    async (request, reply) => {
      const { month } = request.query;
      const csv = await service.allowanceCsv(app.db, callerOf(app, request), request.access.unitIds, month);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="kulukorvaus-${month}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/work-activity/settings',
    {
      config: { action: 'workActivity.allowance.read' },
      schema: {
        tags,
        summary: 'Expense allowance rate of the user’s organisation',
        response: { 200: allowanceSetting },
      },
    },
    async (request) => service.setting(app.db, request.access.unitIds),
  );

  app.put(
    '/api/work-activity/settings',
    {
      config: { action: 'workActivity.settings.manage' },
      schema: {
        tags,
        summary: 'Set the expense allowance per attended day (cents) for the organisation (version 0 = first time)',
        body: allowanceSettingBody,
        response: { 200: allowanceSetting },
      },
    },
    async (request) => service.updateSetting(app.db, callerOf(app, request), request.access.unitIds, request.body),
  );
}
