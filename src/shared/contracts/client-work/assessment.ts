// Service needs assessment (palvelutarpeen arviointi, SHL 36–37 §) and the organisation's extra
// sections of the assessment form. The server validates with these schemas; the web app imports
// their types only.
import { z } from 'zod';
import { isoDate, optionalText, text, uuid, version } from '../common.js';
import { clientParams, nullableText } from './clients.js';

export const SUPPORT_DURATIONS = ['temporary', 'recurring', 'long-term'] as const;
export const SPECIAL_SUPPORT_REASONS = ['cognitive-or-mental', 'substance-use', 'multiple-needs', 'other'] as const;

const supportDuration = z.enum(SUPPORT_DURATIONS);
const specialSupportReason = z.enum(SPECIAL_SUPPORT_REASONS);
const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

export const assessmentSchema = z.object({
  id: uuid,
  clientId: uuid,
  contactId: z.string().nullable(),
  status: z.enum(['draft', 'completed']),
  startedOn: z.string(),
  completedOn: z.string().nullable(),
  completedByName: z.string().nullable(),
  situationSummary: z.string().nullable(),
  professionalConclusion: z.string().nullable(),
  clientView: z.string().nullable(),
  clientViewUnavailableReason: z.string().nullable(),
  namedWorkerClientView: z.string().nullable(),
  namedWorkerProfessionalView: z.string().nullable(),
  supportNeeded: z.boolean().nullable(),
  supportDuration: supportDuration.nullable(),
  specialSupportNeeded: z.boolean().nullable(),
  specialSupportReasons: z.array(specialSupportReason),
  specialSupportDetails: z.string().nullable(),
  rightsInformation: z.string().nullable(),
  participants: z.string().nullable(),
  sections: z.record(z.string(), z.string()),
  version: z.number(),
  updatedAt: z.string(),
});

/** A section of the form as the worker sees it (the organisation's active sections, in order). */
export const sectionSchema = z.object({ key: z.string(), title: localized, help: localized.nullable() });

/** The content of a draft: the statutory parts (SHL 37 §), the conclusions and the extra sections. */
export const assessmentContent = z.object({
  situationSummary: nullableText(8000),
  professionalConclusion: nullableText(8000),
  clientView: nullableText(8000),
  clientViewUnavailableReason: nullableText(2000),
  namedWorkerClientView: nullableText(2000),
  namedWorkerProfessionalView: nullableText(2000),
  supportNeeded: z.boolean().nullable().default(null),
  supportDuration: supportDuration.nullable().default(null),
  specialSupportNeeded: z.boolean().nullable().default(null),
  specialSupportReasons: z.array(specialSupportReason).max(4).default([]),
  specialSupportDetails: nullableText(4000),
  rightsInformation: nullableText(4000),
  participants: nullableText(2000),
  sections: z.record(z.string().max(41), optionalText(8000)).default({}),
});

export const assessmentParams = clientParams.extend({ assessmentId: uuid });
export const startAssessmentBody = z.object({ startedOn: isoDate.optional(), contactId: uuid.nullish() });
export const saveAssessmentBody = assessmentContent.extend({ version, startedOn: isoDate.optional() });
export const completeAssessmentBody = z.object({ version, completedOn: isoDate.optional() });

export const assessmentsResponse = z.object({
  assessments: z.array(assessmentSchema),
  sections: z.array(sectionSchema),
});
export const assessmentResponse = z.object({ assessment: assessmentSchema });

// ---- organisation settings: the extra sections of the form ----

export const sectionDefinitionSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/),
  title: z.object({ fi: text(200), sv: text(200), en: text(200) }),
  help: localized.nullable().default(null),
  isActive: z.boolean().default(true),
});
export const sectionSettingsQuery = z.object({ organisationId: uuid });
export const sectionSettingsBody = z.object({
  organisationId: uuid,
  sections: z.array(sectionDefinitionSchema).max(40),
});
export const sectionSettingsResponse = z.object({
  configured: z.boolean(),
  sections: z.array(sectionDefinitionSchema),
});

export type SupportDuration = (typeof SUPPORT_DURATIONS)[number];
export type SpecialSupportReason = (typeof SPECIAL_SUPPORT_REASONS)[number];
export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentSection = z.infer<typeof sectionSchema>;
export type AssessmentsData = z.infer<typeof assessmentsResponse>;
export type SaveAssessmentInput = z.input<typeof saveAssessmentBody>;
export type SectionSettings = z.infer<typeof sectionSettingsResponse>;
export type StartAssessment = z.infer<typeof startAssessmentBody>;
export type SaveAssessment = z.infer<typeof saveAssessmentBody>;
export type CompleteAssessment = z.infer<typeof completeAssessmentBody>;
export type SectionDefinition = z.infer<typeof sectionDefinitionSchema>;
export type SectionSettingsInput = z.input<typeof sectionSettingsBody>;
