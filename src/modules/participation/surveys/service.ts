// Survey answers and results: validating one submission against the survey's definition, saving
// it (free text in its own rows, contact details apart), and results under the minimum-size rule.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { Localized } from '../../../shared/i18n.js';
import { canShow, effectiveMinimum, suppressCells } from '../../../domain/anonymity/index.js';
import { todayInFinland } from '../../client-work/index.js';
import {
  allItems,
  type LocalizedText,
  type SurveyDefinition,
  type SurveyItem,
} from '../../../shared/contracts/participation/survey-definition.js';
import type { AnswerValues } from '../../../db/tables/surveys.js';

export const surveyErrors = {
  required: { fi: 'Vastaa tähän kysymykseen.', sv: 'Svara på den här frågan.', en: 'Please answer this question.' },
  invalidOption: {
    fi: 'Valitse jokin annetuista vaihtoehdoista.',
    sv: 'Välj ett av alternativen.',
    en: 'Choose one of the options.',
  },
  year: {
    fi: 'Anna vuosi neljällä numerolla, esim. 1973.',
    sv: 'Ange året med fyra siffror, t.ex. 1973.',
    en: 'Enter the year with four digits, e.g. 1973.',
  },
  tooLong: { fi: 'Enintään 4000 merkkiä.', sv: 'Högst 4000 tecken.', en: 'At most 4000 characters.' },
  nothing: {
    fi: 'Vastaa ainakin yhteen kysymykseen.',
    sv: 'Svara på minst en fråga.',
    en: 'Answer at least one question.',
  },
  contactName: {
    fi: 'Kirjoita nimesi, jos haluat, että sinuun otetaan yhteyttä.',
    sv: 'Skriv ditt namn om du vill bli kontaktad.',
    en: 'Write your name if you want to be contacted.',
  },
  contactWay: {
    fi: 'Anna puhelinnumero tai sähköpostiosoite.',
    sv: 'Ange ett telefonnummer eller en e-postadress.',
    en: 'Give a phone number or an email address.',
  },
  notOpen: { fi: 'Kysely ei ole avoinna.', sv: 'Enkäten är inte öppen.', en: 'The survey is not open.' },
  notDraft: {
    fi: 'Julkaistun kyselyn kysymyksiä ei voi enää muuttaa.',
    sv: 'Frågorna i en publicerad enkät kan inte längre ändras.',
    en: 'The questions of a published survey can no longer be changed.',
  },
} satisfies Record<string, Localized>;

export interface ParsedAnswer {
  values: AnswerValues;
  texts: { key: string; text: string }[];
  contact: { name: string; phone: string | null; email: string | null } | null;
  errors: Record<string, Localized>;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/**
 * Checks one submission. `input` maps item keys to values; form posts give strings (and arrays for
 * multiple choice), JSON may give numbers. Nothing is saved when `errors` is not empty.
 */
export function parseAnswer(
  def: SurveyDefinition,
  input: Record<string, unknown>,
  contactInput?: Record<string, unknown> | null,
): ParsedAnswer {
  const values: AnswerValues = {};
  const texts: { key: string; text: string }[] = [];
  const errors: Record<string, Localized> = {};
  const thisYear = Number(todayInFinland().slice(0, 4));
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
      if (!name || name.length > 200) errors['contact.name'] = surveyErrors.contactName;
      if (!phone && !email) errors['contact.phone'] = surveyErrors.contactWay;
      if (email && (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 200))
        errors['contact.email'] = {
          fi: 'Sähköpostiosoite ei kelpaa.',
          sv: 'E-postadressen duger inte.',
          en: 'The email address is not valid.',
        };
      if (phone && (!/^[+\d][\d\s()-]{4,}$/.test(phone) || phone.length > 50))
        errors['contact.phone'] = {
          fi: 'Puhelinnumero ei kelpaa.',
          sv: 'Telefonnumret duger inte.',
          en: 'The phone number is not valid.',
        };
      contact = { name, phone, email };
    }
  }
  if (!Object.keys(errors).length && Object.keys(values).length === 0 && texts.length === 0 && !contact) {
    const first = allItems(def)[0];
    if (first) errors[first.key] = surveyErrors.nothing;
  }
  return { values, texts, contact, errors };
}

export function isOpen(
  survey: { status: string; opens_on: string | null; closes_on: string | null },
  today = todayInFinland(),
): boolean {
  if (survey.status !== 'published') return false;
  if (survey.opens_on && String(survey.opens_on) > today) return false;
  if (survey.closes_on && String(survey.closes_on) < today) return false;
  return true;
}

/** Saves one submission. The contact block goes in its own transaction with no reference back. */
export async function saveResponse(
  db: Kysely<DB>,
  surveyId: string,
  parsed: ParsedAnswer,
  meta: { channel: 'web' | 'paper' | 'kiosk'; answeredOn?: string; enteredBy?: string | null },
) {
  const id = await db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('survey_response')
      .values({
        survey_id: surveyId,
        channel: meta.channel,
        answered_on: meta.answeredOn ?? todayInFinland(),
        answers: JSON.stringify(parsed.values) as never,
        entered_by: meta.enteredBy ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (parsed.texts.length) {
      await trx
        .insertInto('survey_free_text')
        .values(
          parsed.texts.map((t) => ({
            survey_id: surveyId,
            response_id: id,
            item_key: t.key,
            text: t.text,
            moderated_by: null,
          })),
        )
        .execute();
    }
    return id;
  });
  if (parsed.contact) {
    await db
      .insertInto('survey_contact')
      .values({
        survey_id: surveyId,
        name: parsed.contact.name,
        phone: parsed.contact.phone,
        email: parsed.contact.email,
      })
      .execute();
  }
  return id;
}

// ---------- results ----------

export type BreakdownKey = string;

/** Age bands for birth years: wide enough that a band rarely holds just a few people. */
export function ageBand(birthYear: number, thisYear = Number(todayInFinland().slice(0, 4))): string {
  const age = thisYear - birthYear;
  if (age < 30) return 'under30';
  if (age < 50) return '30to49';
  if (age < 65) return '50to64';
  return '65plus';
}
export const AGE_BAND_LABELS: Record<string, LocalizedText> = {
  under30: { fi: 'alle 30 v', sv: 'under 30 år', en: 'under 30' },
  '30to49': { fi: '30–49 v', sv: '30–49 år', en: '30–49' },
  '50to64': { fi: '50–64 v', sv: '50–64 år', en: '50–64' },
  '65plus': { fi: '65 v tai yli', sv: '65 år eller äldre', en: '65 or over' },
};

interface SurveyRow {
  id: string;
  template: string | null;
  owner_unit_id: string;
  opens_on: string | null;
  definition: SurveyDefinition;
}

function ratingStats(values: number[]) {
  const distribution = [0, 0, 0, 0, 0];
  for (const v of values) distribution[v - 1]++;
  const mean = values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null;
  return { n: values.length, distribution, mean };
}

function categoryOf(item: SurveyItem, answers: AnswerValues): string | null {
  const v = answers[item.key];
  if (v === undefined) return null;
  if (item.kind === 'year') return ageBand(Number(v));
  return String(v);
}

export async function surveyResults(db: Kysely<DB>, survey: SurveyRow, minimum: number, opts: { by?: string } = {}) {
  const min = effectiveMinimum(minimum);
  const responses = await db
    .selectFrom('survey_response')
    .select(['answers'])
    .where('survey_id', '=', survey.id)
    .execute();
  const answers = responses.map(
    (r) => (typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers) as AnswerValues,
  );
  const total = answers.length;
  const def = survey.definition;
  if (!canShow(total, min)) return { minimum: min, enough: false as const };

  const items = def.sections.flatMap((section) =>
    section.items
      .filter((i) => i.kind === 'rating')
      .map((item) => {
        const values = answers.map((a) => a[item.key]).filter((v): v is number => typeof v === 'number');
        const stats = ratingStats(values);
        const shown = canShow(stats.n, min);
        return {
          key: item.key,
          section: section.key,
          text: item.text,
          scale: item.kind === 'rating' ? item.scale : 'agree',
          n: shown ? stats.n : null,
          distribution: shown ? stats.distribution : null,
          mean: shown ? stats.mean : null,
        };
      }),
  );
  const groups = def.sections
    .map((section) => {
      const keys = section.items.filter((i) => i.kind === 'rating' && i.scale === 'agree').map((i) => i.key);
      const values = answers.flatMap((a) => keys.map((k) => a[k]).filter((v): v is number => typeof v === 'number'));
      const respondents = answers.filter((a) => keys.some((k) => typeof a[k] === 'number')).length;
      return { key: section.key, title: section.title, respondents, mean: ratingStats(values).mean };
    })
    .filter((g) =>
      def.sections.find((s) => s.key === g.key)!.items.some((i) => i.kind === 'rating' && i.scale === 'agree'),
    )
    .map((g) => (canShow(g.respondents, min) ? g : { ...g, respondents: null, mean: null }));

  const choices = allItems(def)
    .filter((i) => i.kind === 'single' || i.kind === 'multiple' || i.kind === 'year')
    .map((item) => {
      const cats =
        item.kind === 'year'
          ? Object.keys(AGE_BAND_LABELS).map((value) => ({ value, label: AGE_BAND_LABELS[value] }))
          : item.options;
      const counts = cats.map((c) => ({
        key: c.value,
        count: answers.filter((a) => {
          const v = a[item.key];
          if (v === undefined) return false;
          if (item.kind === 'multiple') return Array.isArray(v) && v.includes(c.value);
          return categoryOf(item, a) === c.value;
        }).length,
      }));
      const suppressed =
        item.kind === 'multiple'
          ? counts.map((c) => ({ key: c.key, count: canShow(c.count, min) || c.count === 0 ? c.count : null }))
          : suppressCells(counts, min);
      return {
        key: item.key,
        text: item.text,
        categories: cats.map((c, i) => ({ value: c.value, label: c.label, count: suppressed[i].count })),
      };
    });

  let breakdown: null | {
    by: string;
    categories: { value: string; label: LocalizedText; n: number | null }[];
    items: { key: string; means: Record<string, number | null> }[];
  } = null;
  const byItem = opts.by
    ? allItems(def).find((i) => i.key === opts.by && (i.kind === 'year' || (i.kind === 'single' && i.background)))
    : undefined;
  if (byItem) {
    const cats =
      byItem.kind === 'year'
        ? Object.keys(AGE_BAND_LABELS).map((value) => ({ value, label: AGE_BAND_LABELS[value] }))
        : byItem.kind === 'single'
          ? byItem.options
          : [];
    const counts = suppressCells(
      cats.map((c) => ({ key: c.value, count: answers.filter((a) => categoryOf(byItem, a) === c.value).length })),
      min,
    );
    breakdown = {
      by: byItem.key,
      categories: cats.map((c, i) => ({ value: c.value, label: c.label, n: counts[i].count })),
      items: items.map((it) => ({
        key: it.key,
        means: Object.fromEntries(
          cats.map((c, i) => {
            if (counts[i].count === null) return [c.value, null];
            const vals = answers
              .filter((a) => categoryOf(byItem, a) === c.value)
              .map((a) => a[it.key])
              .filter((v): v is number => typeof v === 'number');
            return [c.value, canShow(vals.length, min) ? ratingStats(vals).mean : null];
          }),
        ),
      })),
    };
  }

  const freeTexts = await db
    .selectFrom('survey_free_text')
    .select(['id', 'item_key as itemKey', 'text'])
    .where('survey_id', '=', survey.id)
    .where('moderation', 'in', ['approved', 'redacted'])
    .orderBy('id')
    .execute();

  return {
    minimum: min,
    enough: true as const,
    total,
    items,
    groups,
    choices,
    breakdown,
    freeTexts,
    comparison: await yearOverYear(db, survey, items, min),
  };
}

/** The same template in the same month a year earlier, in the same unit; means side by side. */
async function yearOverYear(
  db: Kysely<DB>,
  survey: SurveyRow,
  items: { key: string; mean: number | null }[],
  min: number,
) {
  if (!survey.template || !survey.opens_on) return null;
  const opens = String(survey.opens_on);
  const prevMonth = `${Number(opens.slice(0, 4)) - 1}-${opens.slice(5, 7)}`;
  const prev = await db
    .selectFrom('survey')
    .select(['id', 'opens_on'])
    .where('template', '=', survey.template as 'client-satisfaction')
    .where('owner_unit_id', '=', survey.owner_unit_id)
    .where(sql<string>`to_char(opens_on, 'YYYY-MM')`, '=', prevMonth)
    .where('status', '<>', 'draft')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!prev) return null;
  const rows = await db.selectFrom('survey_response').select('answers').where('survey_id', '=', prev.id).execute();
  const answers = rows.map((r) => (typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers) as AnswerValues);
  const enough = canShow(answers.length, min);
  return {
    previousSurveyId: prev.id,
    previousMonth: prevMonth,
    enough,
    items: items.map((it) => {
      const vals = answers.map((a) => a[it.key]).filter((v): v is number => typeof v === 'number');
      return {
        key: it.key,
        mean: it.mean,
        previousMean: enough && canShow(vals.length, min) ? ratingStats(vals).mean : null,
      };
    }),
  };
}
