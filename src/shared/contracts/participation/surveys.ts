// Surveys (DOMAIN.md 4.1): the survey with its definition (survey-definition.ts), answers from the
// web, a kiosk or paper, results under the minimum-size rule with last year alongside, moderation
// of free text, and the development-work contacts that are never linked to an answer.
import { z } from 'zod';
import { isoDate, text, uuid, version } from '../common.js';
import { actionNameSchema } from '../foundation/auth.js';
import { definitionSchema, localizedText } from './survey-definition.js';

export const SURVEY_STATUSES = ['draft', 'published', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SURVEY_TEMPLATES = ['client-satisfaction'] as const;
export const FREE_TEXT_STATES = ['pending', 'approved', 'redacted'] as const;

/** The public form in each language. */
export const surveyLinks = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

export const survey = z.object({
  id: uuid,
  ownerUnitId: uuid,
  template: z.enum(SURVEY_TEMPLATES).nullable(),
  title: localizedText,
  intro: localizedText,
  definition: definitionSchema,
  status: z.enum(SURVEY_STATUSES),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  responseCount: z.number(),
  links: surveyLinks,
  version,
});
export type Survey = z.infer<typeof survey>;

/** A survey in the list, with what the user may do with it (survey.update …). */
export const surveyListItem = survey.extend({ permittedActions: z.array(actionNameSchema) });
export type SurveyListItem = z.infer<typeof surveyListItem>;

export const surveyDetail = z.object({ survey, permittedActions: z.array(actionNameSchema) });
export type SurveyDetail = z.infer<typeof surveyDetail>;

/** Your own definition, or the built-in client-satisfaction model survey (its texts unless given). */
export const newSurveyBody = z
  .object({
    ownerUnitId: uuid.optional(),
    template: z.enum(SURVEY_TEMPLATES).optional(),
    title: localizedText.optional(),
    intro: localizedText.optional(),
    definition: definitionSchema.optional(),
    opensOn: isoDate.optional(),
    closesOn: isoDate.optional(),
  })
  .strict();
export type NewSurveyBody = z.infer<typeof newSurveyBody>;
export type NewSurveyInput = z.input<typeof newSurveyBody>;

/** Questions change only while a draft; the status goes draft → published → closed. */
export const surveyUpdateBody = z
  .object({
    title: localizedText.optional(),
    intro: localizedText.optional(),
    definition: definitionSchema.optional(),
    opensOn: isoDate.nullable().optional(),
    closesOn: isoDate.nullable().optional(),
    status: z.enum(SURVEY_STATUSES).optional(),
    version,
  })
  .strict();
export type SurveyUpdateBody = z.infer<typeof surveyUpdateBody>;
export type SurveyUpdateInput = z.input<typeof surveyUpdateBody>;

/** Answers by item key: a number or text (rating, year, single choice) or texts (multiple choice). */
export const surveyAnswers = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));
/** "I would like to take part in development work": stored apart, never linked to the answer. */
export const surveyContactInput = z
  .object({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional() })
  .strict();

export const paperResponseBody = z
  .object({ answers: surveyAnswers, contact: surveyContactInput.optional(), answeredOn: isoDate.optional() })
  .strict();
export type PaperResponseBody = z.infer<typeof paperResponseBody>;

export const publicResponseBody = z
  .object({ answers: surveyAnswers, contact: surveyContactInput.optional(), website: z.string().max(200).optional() })
  .strict();

/** A published survey's questions for the public JSON. */
export const publicSurvey = z.object({
  id: uuid,
  title: localizedText,
  intro: localizedText,
  definition: definitionSchema,
  open: z.boolean(),
});

export const resultsQuery = z.object({ by: z.string().max(40).optional() });

const nullableCount = z.number().nullable();

/** Results under the minimum-size rule: a hidden cell is null, never a small number. */
export const surveyResults = z.union([
  z.object({ minimum: z.number(), enough: z.literal(false) }),
  z.object({
    minimum: z.number(),
    enough: z.literal(true),
    total: z.number(),
    items: z.array(
      z.object({
        key: z.string(),
        section: z.string(),
        text: localizedText,
        scale: z.enum(['agree', 'grade']),
        n: nullableCount,
        distribution: z.array(z.number()).nullable(),
        mean: z.number().nullable(),
      }),
    ),
    groups: z.array(
      z.object({ key: z.string(), title: localizedText, respondents: nullableCount, mean: z.number().nullable() }),
    ),
    choices: z.array(
      z.object({
        key: z.string(),
        text: localizedText,
        categories: z.array(z.object({ value: z.string(), label: localizedText, count: nullableCount })),
      }),
    ),
    breakdown: z
      .object({
        by: z.string(),
        categories: z.array(z.object({ value: z.string(), label: localizedText, n: nullableCount })),
        items: z.array(z.object({ key: z.string(), means: z.record(z.string(), z.number().nullable()) })),
      })
      .nullable(),
    freeTexts: z.array(z.object({ id: uuid, itemKey: z.string(), text: z.string() })),
    /** The same template in the same unit and month a year earlier. */
    comparison: z
      .object({
        previousSurveyId: uuid,
        previousMonth: z.string(),
        enough: z.boolean(),
        items: z.array(z.object({ key: z.string(), mean: z.number().nullable(), previousMean: z.number().nullable() })),
      })
      .nullable(),
  }),
]);
export type SurveyResults = z.infer<typeof surveyResults>;

export const freeTextQuery = z.object({ status: z.enum([...FREE_TEXT_STATES, 'all']).default('pending') });
export type FreeTextFilter = z.infer<typeof freeTextQuery>['status'];

export const freeTextItem = z.object({
  id: uuid,
  itemKey: z.string(),
  text: z.string(),
  moderation: z.enum(FREE_TEXT_STATES),
  proposalId: uuid.nullable(),
  version,
  /** What the user may do with this answer (survey.moderate, proposal.fromSurvey.create). */
  permittedActions: z.array(actionNameSchema),
});
export type FreeTextItem = z.infer<typeof freeTextItem>;

/** Approve a free-text answer as written, or store a redacted version (the original is overwritten). */
export const freeTextModerationBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), version }).strict(),
  z.object({ decision: z.literal('redact'), text: text(4000), version }).strict(),
]);
export type FreeTextModerationBody = z.infer<typeof freeTextModerationBody>;

export const freeTextModerationResult = z.object({ id: uuid, moderation: z.enum(FREE_TEXT_STATES), version });

export const surveyContact = z.object({
  id: uuid,
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  handled: z.boolean(),
});
export type SurveyContact = z.infer<typeof surveyContact>;
