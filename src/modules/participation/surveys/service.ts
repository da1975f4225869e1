// Surveys (DOMAIN.md 4.1): creating and editing them (the model survey built in), validating one
// submission against the definition, saving it (free text in its own rows, the contact block apart),
// results under the minimum-size rule with last year alongside, moderation and the contact list.
// "Today" comes from the caller (the app's clock).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { StaleVersionError, updateVersioned } from '../../../db/versioned.js';
import { errors, type FieldError } from '../../../server/errors.js';
import { audit, type AuditActor, type AuditEntry } from '../../../server/audit/audit.js';
import type { AuthUser } from '../../../server/access/check.js';
import type { Localized } from '../../../shared/i18n.js';
import { isStorableText } from '../../../shared/contracts/common.js';
import {
  allItems,
  clientSatisfactionTemplate,
  type SurveyDefinition,
} from '../../../shared/contracts/participation/survey-definition.js';
import type {
  FreeTextFilter,
  FreeTextItem,
  FreeTextModerationBody,
  NewSurveyBody,
  PaperResponseBody,
  Survey,
  SurveyListItem,
  SurveyResults,
  SurveyStatus,
  SurveyUpdateBody,
} from '../../../shared/contracts/participation/surveys.js';
import type { AnswerValues } from '../../../db/tables/surveys.js';
import { permittedOn } from '../subjects.js';
import { settingsForUnit } from '../settings/service.js';
import { surveyErrors } from './messages.js';
import { surveyPaths } from './pages.js';
import { aggregate, compareWith } from './results.js';
import {
  answersOf,
  contactsOf,
  freeTextsOf,
  insertContact,
  insertFreeTexts,
  insertResponse,
  insertSurvey,
  moderatedFreeTexts,
  responseCount,
  surveyById,
  surveyIdsOf,
  surveyOfMonth,
  type SurveyRow,
} from './queries.js';

const PURPOSE = 'osallisuus';
const yearOf = (today: string) => Number(today.slice(0, 4));

/** The survey a route acts on (its resolver found it and the access rule allowed it). */
export async function theSurvey(db: Kysely<DB>, id: string): Promise<SurveyRow> {
  const s = await surveyById(db, id);
  if (!s) throw errors.notFound();
  return s;
}

export async function toApi(db: Kysely<DB>, s: SurveyRow): Promise<Survey> {
  return {
    id: s.id,
    ownerUnitId: s.owner_unit_id,
    template: s.template,
    title: s.title,
    intro: s.intro,
    definition: s.definition,
    status: s.status,
    opensOn: s.opens_on,
    closesOn: s.closes_on,
    responseCount: await responseCount(db, s.id),
    links: surveyPaths(s.id),
    version: s.version,
  };
}

/** The surveys of the units, each with what the user may do with it. */
export async function listSurveys(db: Kysely<DB>, user: AuthUser, unitIds: string[]): Promise<SurveyListItem[]> {
  const surveys: SurveyListItem[] = [];
  for (const id of await surveyIdsOf(db, unitIds)) {
    const s = await theSurvey(db, id);
    surveys.push({ ...(await toApi(db, s)), permittedActions: permittedOn(user, 'survey', s.id, [s.owner_unit_id]) });
  }
  return surveys;
}

export interface Editor {
  actor: AuditActor;
  id: string;
}

/** A survey of one of the user's units: your own definition, or the built-in model survey. */
export async function createSurvey(
  db: Kysely<DB>,
  user: Editor & { unitIds: string[] },
  body: NewSurveyBody,
): Promise<string> {
  const unit = body.ownerUnitId ?? user.unitIds[0];
  if (!user.unitIds.includes(unit)) throw errors.field('ownerUnitId', surveyErrors.ownUnit);
  const tpl = body.template === 'client-satisfaction' ? clientSatisfactionTemplate() : null;
  const title = body.title ?? tpl?.title;
  const intro = body.intro ?? tpl?.intro;
  const definition = body.definition ?? tpl?.definition;
  if (!title) throw errors.field('title', surveyErrors.required);
  if (!intro) throw errors.field('intro', surveyErrors.required);
  if (!definition) throw errors.field('definition', surveyErrors.required);
  if (body.opensOn && body.closesOn && body.opensOn > body.closesOn)
    throw errors.field('closesOn', surveyErrors.closingOrder);
  return db.transaction().execute(async (trx) => {
    const id = await insertSurvey(trx, {
      ownerUnitId: unit,
      template: body.template ?? null,
      title,
      intro,
      definition,
      opensOn: body.opensOn ?? null,
      closesOn: body.closesOn ?? null,
      createdBy: user.id,
    });
    await audit(trx, {
      actor: user.actor,
      action: 'survey.create',
      subjectType: 'survey',
      subjectId: id,
      purpose: PURPOSE,
    });
    return id;
  });
}

const STATUS_ORDER: Record<SurveyStatus, number> = { draft: 0, published: 1, closed: 2 };

/** Edits a survey: questions only while a draft; the status never goes back. */
export async function updateSurvey(db: Kysely<DB>, user: Editor, id: string, body: SurveyUpdateBody): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const s = await theSurvey(trx, id);
    // Decided on an older read: the user sees the newer one first.
    if (s.version !== body.version) throw new StaleVersionError('survey');
    if (body.definition && s.status !== 'draft') throw errors.field('definition', surveyErrors.notDraft);
    if (body.status && STATUS_ORDER[body.status] < STATUS_ORDER[s.status])
      throw errors.field('status', surveyErrors.statusBack);
    const opensOn = body.opensOn !== undefined ? body.opensOn : s.opens_on;
    const closesOn = body.closesOn !== undefined ? body.closesOn : s.closes_on;
    if (opensOn && closesOn && opensOn > closesOn) throw errors.field('closesOn', surveyErrors.closingOrder);
    await updateVersioned(
      trx,
      'survey',
      { id, version: body.version },
      {
        ...(body.title ? { title: JSON.stringify(body.title) as never } : {}),
        ...(body.intro ? { intro: JSON.stringify(body.intro) as never } : {}),
        ...(body.definition ? { definition: JSON.stringify(body.definition) as never } : {}),
        ...(body.opensOn !== undefined ? { opens_on: body.opensOn } : {}),
        ...(body.closesOn !== undefined ? { closes_on: body.closesOn } : {}),
        ...(body.status ? { status: body.status } : {}),
      },
    );
    await audit(trx, {
      actor: user.actor,
      action: 'survey.update',
      subjectType: 'survey',
      subjectId: id,
      purpose: PURPOSE,
    });
  });
}

// ---------- answering ----------

export interface ParsedAnswer {
  values: AnswerValues;
  texts: { key: string; text: string }[];
  contact: { name: string; phone: string | null; email: string | null } | null;
  errors: Record<string, Localized>;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/**
 * Checks one submission. `input` maps item keys to values; form posts give strings (and arrays for
 * multiple choice), JSON may give numbers. A birth year is at most `thisYear`. Nothing is saved
 * when `errors` is not empty.
 */
export function parseAnswer(
  def: SurveyDefinition,
  input: Record<string, unknown>,
  contactInput: Record<string, unknown> | null | undefined,
  thisYear: number,
): ParsedAnswer {
  const values: AnswerValues = {};
  const texts: { key: string; text: string }[] = [];
  const errors: Record<string, Localized> = {};
  for (const item of allItems(def)) {
    const raw = input[item.key];
    const empty = raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0);
    if (empty) {
      if (item.required) errors[item.key] = surveyErrors.required;
      continue;
    }
    switch (item.kind) {
      case 'rating': {
        const n = Number(str(raw));
        if (!Number.isInteger(n) || n < 1 || n > 5) errors[item.key] = surveyErrors.invalidOption;
        else values[item.key] = n;
        break;
      }
      case 'single': {
        const v = str(raw);
        if (!item.options.some((o) => o.value === v)) errors[item.key] = surveyErrors.invalidOption;
        else values[item.key] = v;
        break;
      }
      case 'multiple': {
        const list = (Array.isArray(raw) ? raw : [raw]).map(str).filter(Boolean);
        if (list.some((v) => !item.options.some((o) => o.value === v))) errors[item.key] = surveyErrors.invalidOption;
        else values[item.key] = [...new Set(list)];
        break;
      }
      case 'year': {
        const v = str(raw);
        const n = Number(v);
        if (!/^\d{4}$/.test(v) || n < 1900 || n > thisYear) errors[item.key] = surveyErrors.year;
        else values[item.key] = n;
        break;
      }
      case 'text': {
        const v = str(raw);
        if (v.length > 4000) errors[item.key] = surveyErrors.tooLong;
        else if (!isStorableText(v)) errors[item.key] = surveyErrors.unstorable;
        else if (v) texts.push({ key: item.key, text: v });
        break;
      }
    }
  }
  let contact: ParsedAnswer['contact'] = null;
  if (def.contactBlock && contactInput) {
    const name = str(contactInput.name).slice(0, 201);
    const phone = str(contactInput.phone).slice(0, 51) || null;
    const email = str(contactInput.email).slice(0, 201) || null;
    if (name || phone || email) {
      if (!name || name.length > 200 || !isStorableText(name)) errors['contact.name'] = surveyErrors.contactName;
      if (!phone && !email) errors['contact.phone'] = surveyErrors.contactWay;
      if (email && (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 200 || !isStorableText(email)))
        errors['contact.email'] = surveyErrors.contactEmail;
      if (phone && (!/^[+\d][\d\s()-]{4,}$/.test(phone) || phone.length > 50))
        errors['contact.phone'] = surveyErrors.contactPhone;
      contact = { name, phone, email };
    }
  }
  if (!Object.keys(errors).length && Object.keys(values).length === 0 && texts.length === 0 && !contact) {
    const first = allItems(def)[0];
    if (first) errors[first.key] = surveyErrors.nothing;
  }
  return { values, texts, contact, errors };
}

/** The errors of a parsed JSON submission, as the API's field errors. */
export function answerFieldErrors(parsed: ParsedAnswer): FieldError[] {
  return Object.entries(parsed.errors).map(([k, message]) => ({
    path: k.startsWith('contact.') ? k : `answers.${k}`,
    message,
  }));
}

export function isOpen(
  survey: { status: string; opens_on: string | null; closes_on: string | null },
  today: string,
): boolean {
  if (survey.status !== 'published') return false;
  if (survey.opens_on && survey.opens_on > today) return false;
  if (survey.closes_on && survey.closes_on < today) return false;
  return true;
}

/**
 * Saves one submission: the answer and its free text in one transaction (with `event`, if given,
 * in the use log), then the contact block in a transaction of its own, with no reference back —
 * not even a shared transaction id links the two.
 */
export async function saveResponse(
  db: Kysely<DB>,
  surveyId: string,
  parsed: ParsedAnswer,
  meta: { channel: 'web' | 'paper' | 'kiosk'; answeredOn: string; enteredBy?: string | null },
  event?: AuditEntry,
): Promise<string> {
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertResponse(trx, {
      surveyId,
      channel: meta.channel,
      answeredOn: meta.answeredOn,
      answers: parsed.values,
      enteredBy: meta.enteredBy ?? null,
    });
    await insertFreeTexts(trx, surveyId, id, parsed.texts);
    if (event) await audit(trx, event);
    return id;
  });
  if (parsed.contact) await insertContact(db, surveyId, parsed.contact);
  return id;
}

/** A published survey answered through the public JSON; a filled honeypot is thanked, nothing saved. */
export async function submitResponse(
  db: Kysely<DB>,
  today: string,
  s: SurveyRow,
  body: { answers: Record<string, unknown>; contact?: Record<string, unknown>; website?: string },
): Promise<void> {
  if (!isOpen(s, today)) throw errors.field('surveyId', surveyErrors.notOpen);
  if (body.website?.trim()) return;
  const parsed = parseAnswer(s.definition, body.answers, body.contact, yearOf(today));
  if (Object.keys(parsed.errors).length) throw errors.validation(answerFieldErrors(parsed));
  await saveResponse(db, s.id, parsed, { channel: 'web', answeredOn: today });
}

/** A paper answer typed in by staff (published or closed surveys; the day not in the future). */
export async function enterPaperResponse(
  db: Kysely<DB>,
  user: Editor,
  today: string,
  surveyId: string,
  body: PaperResponseBody,
): Promise<string> {
  const s = await theSurvey(db, surveyId);
  if (s.status === 'draft') throw errors.field('id', surveyErrors.notOpen);
  if (body.answeredOn && body.answeredOn > today) throw errors.field('answeredOn', surveyErrors.futureDate);
  const parsed = parseAnswer(s.definition, body.answers, body.contact, yearOf(today));
  if (Object.keys(parsed.errors).length) throw errors.validation(answerFieldErrors(parsed));
  return saveResponse(
    db,
    s.id,
    parsed,
    { channel: 'paper', answeredOn: body.answeredOn ?? today, enteredBy: user.id },
    {
      actor: user.actor,
      action: 'survey.paper.enter',
      subjectType: 'survey',
      subjectId: s.id,
      purpose: 'kyselyn kirjaus',
    },
  );
}

// ---------- results, moderation, contacts ----------

/** Results of a survey in its organisation's minimum; birth years are banded by `today`'s year. */
export async function surveyResults(db: Kysely<DB>, s: SurveyRow, today: string, by?: string): Promise<SurveyResults> {
  const { feedbackMinAnswers } = await settingsForUnit(db, s.owner_unit_id);
  const base = aggregate(s.definition, await answersOf(db, s.id), feedbackMinAnswers, { by, thisYear: yearOf(today) });
  if (!base.enough) return base;
  return {
    ...base,
    freeTexts: await moderatedFreeTexts(db, s.id),
    comparison: await yearOverYear(db, s, base.items, base.minimum),
  };
}

/** The same template in the same month a year earlier, in the same unit; means side by side. */
async function yearOverYear(
  db: Kysely<DB>,
  s: SurveyRow,
  items: { key: string; mean: number | null }[],
  minimum: number,
) {
  if (!s.template || !s.opens_on) return null;
  const previousMonth = `${Number(s.opens_on.slice(0, 4)) - 1}-${s.opens_on.slice(5, 7)}`;
  const prev = await surveyOfMonth(db, s.template, s.owner_unit_id, previousMonth);
  if (!prev) return null;
  return { previousSurveyId: prev.id, previousMonth, ...compareWith(items, await answersOf(db, prev.id), minimum) };
}

/** A survey's free-text answers for moderation, each with what the user may do with it. */
export async function freeTextsForModeration(
  db: Kysely<DB>,
  user: AuthUser,
  s: SurveyRow,
  status: FreeTextFilter,
): Promise<FreeTextItem[]> {
  const rows = await freeTextsOf(db, s.id, status);
  return rows.map((r) => ({ ...r, permittedActions: permittedOn(user, 'surveyFreeText', r.id, [s.owner_unit_id]) }));
}

/** Approves a free-text answer as written, or replaces it with a redacted version. */
export async function moderateFreeText(db: Kysely<DB>, user: Editor, freeTextId: string, body: FreeTextModerationBody) {
  return db.transaction().execute(async (trx) => {
    const updated = await updateVersioned(
      trx,
      'survey_free_text',
      { id: freeTextId, version: body.version },
      {
        moderation: body.decision === 'approve' ? 'approved' : 'redacted',
        ...(body.decision === 'redact' ? { text: body.text } : {}),
        moderated_by: user.id,
      },
    );
    await audit(trx, {
      actor: user.actor,
      action: 'survey.moderate',
      subjectType: 'survey_free_text',
      subjectId: updated.id,
      purpose: 'kyselyn moderointi',
    });
    return { id: updated.id, moderation: updated.moderation, version: updated.version };
  });
}

/** People who want to take part in development work; every reading is in the use log. */
export async function readContacts(db: Kysely<DB>, actor: AuditActor, surveyId: string) {
  return db.transaction().execute(async (trx) => {
    const contacts = await contactsOf(trx, surveyId);
    await audit(trx, {
      actor,
      action: 'survey.contacts.read',
      subjectType: 'survey',
      subjectId: surveyId,
      purpose: 'osallistujien rekrytointi',
    });
    return contacts;
  });
}
