// Surveys in the database: the survey rows, answers, free text and contacts. Every function takes
// the connection or transaction it runs in.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { AnswerValues } from '../../../db/tables/surveys.js';
import type { LocalizedText, SurveyDefinition } from '../../../shared/contracts/participation/survey-definition.js';
import type { FreeTextFilter } from '../../../shared/contracts/participation/surveys.js';

const NONE = ['00000000-0000-0000-0000-000000000000'];
const parseJson = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
const day = (v: unknown) => (v ? String(v).slice(0, 10) : null);

/** One survey with its JSON columns parsed and its dates as 'YYYY-MM-DD'. */
export async function surveyById(db: Kysely<DB>, id: string) {
  const row = await db.selectFrom('survey').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    ...row,
    title: parseJson<LocalizedText>(row.title),
    intro: parseJson<LocalizedText>(row.intro),
    definition: parseJson<SurveyDefinition>(row.definition),
    opens_on: day(row.opens_on),
    closes_on: day(row.closes_on),
  };
}
export type SurveyRow = NonNullable<Awaited<ReturnType<typeof surveyById>>>;

/** The surveys of the units, the latest opening first. */
export async function surveyIdsOf(db: Kysely<DB>, unitIds: string[]) {
  const rows = await db
    .selectFrom('survey')
    .select('id')
    .where('owner_unit_id', 'in', unitIds.length ? unitIds : NONE)
    .orderBy('opens_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => r.id);
}

export async function responseCount(db: Kysely<DB>, surveyId: string): Promise<number> {
  const { n } = await db
    .selectFrom('survey_response')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return n;
}

export interface NewSurvey {
  ownerUnitId: string;
  template: 'client-satisfaction' | null;
  title: LocalizedText;
  intro: LocalizedText;
  definition: SurveyDefinition;
  opensOn: string | null;
  closesOn: string | null;
  createdBy: string;
}

export async function insertSurvey(db: Kysely<DB>, s: NewSurvey): Promise<string> {
  const { id } = await db
    .insertInto('survey')
    .values({
      owner_unit_id: s.ownerUnitId,
      template: s.template,
      title: JSON.stringify(s.title) as never,
      intro: JSON.stringify(s.intro) as never,
      definition: JSON.stringify(s.definition) as never,
      opens_on: s.opensOn,
      closes_on: s.closesOn,
      created_by: s.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertResponse(
  db: Kysely<DB>,
  r: {
    surveyId: string;
    channel: 'web' | 'paper' | 'kiosk';
    answeredOn: string;
    answers: AnswerValues;
    enteredBy: string | null;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('survey_response')
    .values({
      survey_id: r.surveyId,
      channel: r.channel,
      answered_on: r.answeredOn,
      answers: JSON.stringify(r.answers) as never,
      entered_by: r.enteredBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertFreeTexts(
  db: Kysely<DB>,
  surveyId: string,
  responseId: string,
  texts: { key: string; text: string }[],
): Promise<void> {
  if (!texts.length) return;
  await db
    .insertInto('survey_free_text')
    .values(
      texts.map((t) => ({
        survey_id: surveyId,
        response_id: responseId,
        item_key: t.key,
        text: t.text,
        moderated_by: null,
      })),
    )
    .execute();
}

/** A contact with the survey only: no answer, no time, nothing that links it to a response. */
export async function insertContact(
  db: Kysely<DB>,
  surveyId: string,
  c: { name: string; phone: string | null; email: string | null },
): Promise<void> {
  await db
    .insertInto('survey_contact')
    .values({ survey_id: surveyId, ...c })
    .execute();
}

/** Every answer of a survey (values only). */
export async function answersOf(db: Kysely<DB>, surveyId: string): Promise<AnswerValues[]> {
  const rows = await db.selectFrom('survey_response').select('answers').where('survey_id', '=', surveyId).execute();
  return rows.map((r) => parseJson<AnswerValues>(r.answers));
}

/** Free text that may be shown in results: approved as written, or redacted. */
export async function moderatedFreeTexts(db: Kysely<DB>, surveyId: string) {
  return db
    .selectFrom('survey_free_text')
    .select(['id', 'item_key as itemKey', 'text'])
    .where('survey_id', '=', surveyId)
    .where('moderation', 'in', ['approved', 'redacted'])
    .orderBy('id')
    .execute();
}

/** The same template in the same unit and month a year earlier (the latest one, drafts excluded). */
export async function surveyOfMonth(
  db: Kysely<DB>,
  template: 'client-satisfaction',
  unitId: string,
  month: string,
): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('survey')
    .select('id')
    .where('template', '=', template)
    .where('owner_unit_id', '=', unitId)
    .where(sql<string>`to_char(opens_on, 'YYYY-MM')`, '=', month)
    .where('status', '<>', 'draft')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** A survey's free-text answers for moderation, with any proposal made of them. */
export async function freeTextsOf(db: Kysely<DB>, surveyId: string, status: FreeTextFilter) {
  let q = db
    .selectFrom('survey_free_text as f')
    .leftJoin('proposal as p', (j) => j.onRef('p.source_id', '=', 'f.id').on('p.source_type', '=', 'survey_free_text'))
    .select(['f.id', 'f.item_key as itemKey', 'f.text', 'f.moderation', 'f.version', 'p.id as proposalId'])
    .where('f.survey_id', '=', surveyId)
    .orderBy('f.id');
  if (status !== 'all') q = q.where('f.moderation', '=', status);
  return q.execute();
}

/** One free-text answer with the unit of its survey (for a proposal made of it). */
export async function freeTextWithUnit(db: Kysely<DB>, freeTextId: string) {
  return db
    .selectFrom('survey_free_text as f')
    .innerJoin('survey as s', 's.id', 'f.survey_id')
    .select(['f.id', 'f.text', 'f.moderation', 's.owner_unit_id as unitId'])
    .where('f.id', '=', freeTextId)
    .executeTakeFirst();
}

export async function contactsOf(db: Kysely<DB>, surveyId: string) {
  return db
    .selectFrom('survey_contact')
    .select(['id', 'name', 'phone', 'email', 'handled'])
    .where('survey_id', '=', surveyId)
    .orderBy('name')
    .execute();
}
