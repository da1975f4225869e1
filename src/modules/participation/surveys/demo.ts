// Demo: the client-satisfaction model survey in the same month this year (open) and last year
// (closed), with synthetic answers so the yearly report shows a comparison.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { clientSatisfactionTemplate } from '../../../shared/contracts/participation/survey-definition.js';
import type { AnswerValues } from '../../../db/tables/surveys.js';

/** A small deterministic generator: the demo looks the same on every install. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FREE_TEXTS = [
  ['Kiitos ystävällisestä palvelusta!', 'approved'],
  ['Puhelinaika on liian lyhyt, en saa ketään kiinni.', 'approved'],
  ['Toivoisin, että päätökset tulisivat nopeammin.', 'approved'],
  ['Työntekijä oli kiireinen mutta auttoi.', 'pending'],
  ['Aulaan voisi tuoda lehtiä ja vettä.', 'pending'],
] as const;

export async function seedSurveys(db: Kysely<DB>, unitId: string, createdBy: string, today: string): Promise<void> {
  const tpl = clientSatisfactionTemplate();
  const year = Number(today.slice(0, 4));
  const month = today.slice(5, 7);
  const lastDay = (y: number) => new Date(Date.UTC(y, Number(month), 0)).toISOString().slice(0, 10);
  for (const [y, status, count, lift] of [
    [year - 1, 'closed', 38, 0],
    [year, 'published', 42, 0.35],
  ] as const) {
    const { id } = await db
      .insertInto('survey')
      .values({
        owner_unit_id: unitId,
        template: 'client-satisfaction',
        title: JSON.stringify(tpl.title) as never,
        intro: JSON.stringify(tpl.intro) as never,
        definition: JSON.stringify(tpl.definition) as never,
        status,
        opens_on: `${y}-${month}-01`,
        closes_on: lastDay(y),
        created_by: createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rand = prng(y);
    const rows = [];
    for (let i = 0; i < count; i++) {
      const answers: AnswerValues = {
        gender: rand() < 0.55 ? 'woman' : rand() < 0.9 ? 'man' : 'other',
        birth_year: 1950 + Math.floor(rand() * 55),
        client_time: ['under1', '1to3', 'over3'][Math.floor(rand() * 3)],
      };
      for (let q = 1; q <= 12; q++) {
        if (rand() < 0.05) continue; // some leave an item blank
        const base = 2.6 + lift + (q === 2 || q === 3 ? -0.6 : 0) + (q === 4 ? 0.6 : 0);
        answers[`q${q}`] = Math.max(1, Math.min(5, Math.round(base + (rand() - 0.3) * 2.6)));
      }
      const day = String(1 + Math.floor(rand() * 27)).padStart(2, '0');
      const answeredOn = `${y}-${month}-${day}` > today ? today : `${y}-${month}-${day}`;
      rows.push({
        survey_id: id,
        channel: (['web', 'paper', 'kiosk'] as const)[i % 3],
        answered_on: answeredOn,
        answers: JSON.stringify(answers) as never,
        entered_by: i % 3 === 1 ? createdBy : null,
      });
    }
    const inserted = await db.insertInto('survey_response').values(rows).returning('id').execute();
    if (y === year) {
      await db
        .insertInto('survey_free_text')
        .values(
          FREE_TEXTS.map(([text, moderation], i) => ({
            survey_id: id,
            response_id: inserted[i * 3].id,
            item_key: 'free_text',
            text,
            moderation,
            moderated_by: moderation === 'pending' ? null : createdBy,
          })),
        )
        .execute();
      await db
        .insertInto('survey_contact')
        .values([
          { survey_id: id, name: 'Kalle Kehittäjä', phone: '040 123 4567', email: null },
          { survey_id: id, name: 'Riikka Raati', phone: null, email: 'riikka@example.org' },
        ])
        .execute();
    }
  }
}
