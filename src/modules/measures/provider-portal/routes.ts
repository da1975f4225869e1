// Provider accounts (the placement supervisor of a workshop or association): their own participants'
// agreements with the client's first name and last-name initial only, and attendance; nothing else
// of the client. An agreement's routes are allowed to members of its provider only (the access
// plugin and the `workActivityAgreement` resolver; a denial is in the use log).
import type { App } from '../../../server/types.js';
import {
  portalAgreementParams,
  portalAgreementsResponse,
  portalAttendanceResponse,
  portalAttendanceSaved,
  portalDayParams,
  portalProvidersResponse,
} from '../../../shared/contracts/measures/provider-portal.js';
import { attendanceBody, attendanceQuery } from '../../../shared/contracts/measures/work-activity.js';
import { callerOf } from '../common.js';
import * as service from './service.js';

const tags = ['work-activity'];

export default async function providerPortalRoutes(app: App) {
  // The web app asks this after login: a user with no unit role who is linked to a provider
  // lands on the provider page. No client data, so nothing to audit.
  app.get(
    '/api/work-activity/provider/me',
    {
      config: { action: 'workActivity.providerPortal.use' },
      schema: {
        tags,
        summary: 'Provider account: the providers the user is linked to (empty for others)',
        response: { 200: portalProvidersResponse },
      },
    },
    async (request) => ({ providers: await service.providers(app.db, request.user!.id) }),
  );

  app.get(
    '/api/work-activity/provider/agreements',
    {
      config: { action: 'workActivity.providerPortal.use' },
      schema: {
        tags,
        summary: 'Provider account: its own participants’ agreements',
        response: { 200: portalAgreementsResponse },
      },
    },
    async (request) => ({ agreements: await service.agreements(app.db, callerOf(app, request)) }),
  );

  app.get(
    '/api/work-activity/provider/agreements/:agreementId/attendance',
    {
      config: { action: 'workActivity.providerAttendance.read' },
      schema: {
        tags,
        summary: 'Provider account: attendance of one of its agreements',
        params: portalAgreementParams,
        querystring: attendanceQuery,
        response: { 200: portalAttendanceResponse },
      },
    },
    async (request) => {
      const agreement = { id: request.params.agreementId, clientId: request.access.subject!.clientId! };
      return {
        attendance: await service.attendance(app.db, callerOf(app, request), agreement, request.query.month),
      };
    },
  );

  app.put(
    '/api/work-activity/provider/agreements/:agreementId/attendance/:day',
    {
      config: { action: 'workActivity.providerAttendance.write' },
      schema: {
        tags,
        summary: 'Provider account: record one day of attendance or absence',
        params: portalDayParams,
        body: attendanceBody,
        response: { 200: portalAttendanceSaved },
      },
    },
    async (request) => {
      const { agreementId, day } = request.params;
      return service.recordDay(app.db, callerOf(app, request), agreementId, day, request.body);
    },
  );
}
