// The organisation's participation settings: the minimum group size for anonymous results (never
// below the floor) and whether free text needs moderation before staff see it.
import { z } from 'zod';
import { uuid, version } from '../common.js';
import { ABSOLUTE_MINIMUM } from '../../../domain/anonymity/index.js';

export const participationSettings = z.object({
  organisationId: uuid,
  feedbackMinAnswers: z.number(),
  moderationRequired: z.boolean(),
  /** 0 while the organisation has not saved its own settings. */
  version,
});
export type ParticipationSettings = z.infer<typeof participationSettings>;

export const settingsBody = z
  .object({
    feedbackMinAnswers: z.number().int().min(ABSOLUTE_MINIMUM).max(100),
    moderationRequired: z.boolean(),
    version,
  })
  .strict();
export type SettingsBody = z.infer<typeof settingsBody>;
