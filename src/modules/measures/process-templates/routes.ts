// Process templates of the user's organisations (the youth service process 18–24 first).
import type { App } from '../../../server/types.js';
import {
  newTemplateBody,
  templateResponse,
  templatesResponse,
} from '../../../shared/contracts/measures/process-templates.js';
import { callerOf } from '../common.js';
import * as service from './service.js';

const tags = ['process-templates'];

export default async function processTemplateRoutes(app: App) {
  app.get(
    '/api/process-templates',
    {
      config: { action: 'processTemplate.list' },
      schema: {
        tags,
        summary: 'Process templates of the user’s organisations',
        response: { 200: templatesResponse },
      },
    },
    async (request) => ({ templates: await service.templates(app.db, request.access.unitIds) }),
  );

  app.post(
    '/api/process-templates',
    {
      config: { action: 'processTemplate.create' },
      schema: {
        tags,
        summary: 'Create a template (e.g. the youth process adapted for another age group)',
        body: newTemplateBody,
        response: { 201: templateResponse },
      },
    },
    async (request, reply) => {
      const template = await service.createTemplate(
        app.db,
        callerOf(app, request),
        request.access.unitIds,
        request.body,
      );
      return reply.status(201).send({ template });
    },
  );
}
