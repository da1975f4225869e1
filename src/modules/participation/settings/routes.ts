// The organisation's participation settings (minimum group size, moderation).
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { ABSOLUTE_MINIMUM } from '../../../domain/anonymity/index.js';
import { participationSettings, settingsBody } from '../../../shared/contracts/participation/settings.js';
import { settingsForUnit, updateSettings } from './service.js';

export default async function settingsRoutes(app: App) {
  app.get(
    '/api/feedback/settings',
    {
      config: { action: 'feedback.settings.manage' },
      schema: {
        tags: ['feedback'],
        summary: "The organisation's minimum group size and moderation setting",
        response: { 200: z.object({ settings: participationSettings }) },
      },
    },
    async (request) => ({ settings: await settingsForUnit(app.db, request.access.unitIds[0]) }),
  );

  app.put(
    '/api/feedback/settings',
    {
      config: { action: 'feedback.settings.manage' },
      schema: {
        tags: ['feedback'],
        summary: `Set the minimum group size (never below ${ABSOLUTE_MINIMUM}) and whether free text needs moderation`,
        body: settingsBody,
        response: { 200: z.object({ settings: participationSettings }) },
      },
    },
    async (request) => ({
      settings: await updateSettings(app.db, request.actor(), request.access.unitIds[0], request.body),
    }),
  );
}
