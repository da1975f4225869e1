// Service needs assessment (SHL 36–37 §) of a client, and the organisation settings of its form.
import type { App } from '../../../server/types.js';
import {
  assessmentParams,
  assessmentResponse,
  assessmentsResponse,
  completeAssessmentBody,
  saveAssessmentBody,
  sectionSettingsBody,
  sectionSettingsQuery,
  sectionSettingsResponse,
  startAssessmentBody,
} from '../../../shared/contracts/client-work/assessment.js';
import { clientParams, errorBody } from '../../../shared/contracts/client-work/clients.js';
import { workContext } from '../clients/common.js';
import {
  completeAssessment,
  readAssessment,
  readAssessments,
  readSectionSettings,
  replaceSectionSettings,
  saveDraft,
  startAssessment,
} from './service.js';

export default async function assessmentRoutes(app: App) {
  app.get(
    '/api/clients/:clientId/assessments',
    {
      config: { action: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: "A client's assessments and the organisation's assessment sections",
        params: clientParams,
        response: { 200: assessmentsResponse },
      },
    },
    async (request) =>
      readAssessments(workContext(app, request), request.params.clientId, request.access.clientUnitId!),
  );

  app.post(
    '/api/clients/:clientId/assessments',
    {
      config: { action: 'assessment.write' },
      schema: {
        tags: ['assessment'],
        summary: 'Start an assessment (a draft)',
        params: clientParams,
        body: startAssessmentBody,
        response: { 201: assessmentResponse },
      },
    },
    async (request, reply) => {
      const assessment = await startAssessment(workContext(app, request), request.params.clientId, request.body);
      return reply.status(201).send({ assessment });
    },
  );

  app.get(
    '/api/clients/:clientId/assessments/:assessmentId',
    {
      config: { action: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: 'Read one assessment',
        params: assessmentParams,
        response: { 200: assessmentResponse },
      },
    },
    async (request) => ({
      assessment: await readAssessment(workContext(app, request), request.params.clientId, request.params.assessmentId),
    }),
  );

  app.put(
    '/api/clients/:clientId/assessments/:assessmentId',
    {
      config: { action: 'assessment.write' },
      schema: {
        tags: ['assessment'],
        summary: 'Save a draft assessment (version check)',
        params: assessmentParams,
        body: saveAssessmentBody,
        response: { 200: assessmentResponse, 409: errorBody },
      },
    },
    async (request) => {
      const { clientId, assessmentId } = request.params;
      const ctx = workContext(app, request);
      return {
        assessment: await saveDraft(ctx, clientId, request.access.clientUnitId!, assessmentId, request.body),
      };
    },
  );

  app.post(
    '/api/clients/:clientId/assessments/:assessmentId/complete',
    {
      config: { action: 'assessment.complete' },
      schema: {
        tags: ['assessment'],
        summary: 'Complete the assessment (social worker; every statutory part required)',
        params: assessmentParams,
        body: completeAssessmentBody,
        response: { 200: assessmentResponse, 409: errorBody },
      },
    },
    async (request) => {
      const { clientId, assessmentId } = request.params;
      return { assessment: await completeAssessment(workContext(app, request), clientId, assessmentId, request.body) };
    },
  );
}

/** Organisation settings: the extra sections of the assessment form (the statutory parts are fixed). */
export async function assessmentSectionRoutes(app: App) {
  app.get(
    '/api/admin/assessment-sections',
    {
      config: { action: 'assessmentSections.manage' },
      schema: {
        tags: ['assessment'],
        summary: "The organisation's assessment sections (the defaults when none are configured)",
        querystring: sectionSettingsQuery,
        response: { 200: sectionSettingsResponse },
      },
    },
    async (request) => readSectionSettings(workContext(app, request), request.query.organisationId),
  );

  app.put(
    '/api/admin/assessment-sections',
    {
      config: { action: 'assessmentSections.manage' },
      schema: {
        tags: ['assessment'],
        summary:
          "Replace the organisation's assessment sections (order = position); deactivate rather than drop a key in use",
        body: sectionSettingsBody,
        response: { 200: sectionSettingsResponse },
      },
    },
    async (request) =>
      replaceSectionSettings(workContext(app, request), request.body.organisationId, request.body.sections),
  );
}
