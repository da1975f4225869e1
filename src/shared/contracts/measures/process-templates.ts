// Process templates: a service process as data — its steps and time rules (the youth service process
// 18–24 first). Routes: /api/process-templates
import { z } from 'zod';
import { text, uuid } from '../common.js';
import { nullableText } from './common.js';

const localizedText = z.object({ fi: text(200), sv: text(200), en: text(200) });

export const templateRules = z.object({
  /** The service needs assessment is done within this many months of the start. */
  assessmentWithinMonths: z.number().int().min(1).max(12),
  minContacts: z.number().int().min(0).max(30),
  minFaceToFace: z.number().int().min(0).max(30),
  /** An appointment within this many working days when the client asks for one. */
  appointmentWorkingDays: z.number().int().min(0).max(60),
  /** Contact the client this many months after the end. */
  followUpAfterMonths: z.number().int().min(0).max(24),
});
export type TemplateRules = z.infer<typeof templateRules>;

export const templateStep = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/),
  title: localizedText,
  dueDaysFromStart: z.number().int().min(0).max(365),
});
export type TemplateStep = z.infer<typeof templateStep>;

export const template = z.object({
  id: uuid,
  name: z.string(),
  description: z.string().nullable(),
  ageMin: z.number().nullable(),
  ageMax: z.number().nullable(),
  rules: templateRules,
  steps: z.array(templateStep),
  isActive: z.boolean(),
  version: z.number(),
});
export type Template = z.infer<typeof template>;
export const templatesResponse = z.object({ templates: z.array(template) });
export const templateResponse = z.object({ template });

export const newTemplateBody = z.object({
  name: text(200),
  description: nullableText(),
  ageMin: z.number().int().min(0).max(120).nullish(),
  ageMax: z.number().int().min(0).max(120).nullish(),
  rules: templateRules,
  steps: z.array(templateStep).min(1).max(30),
});
export type NewTemplateBody = z.infer<typeof newTemplateBody>;
