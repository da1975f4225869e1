// CSV import: every row is checked first (the service map's rules and vocabularies); any bad row
// rejects the whole file. Rows with the id of a service of the importer's organisation update it,
// others create services in the importer's organisation. One transaction, one use-log event.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { audit } from '../../../server/audit/audit.js';
import type { Lang } from '../../../shared/i18n.js';
import type { ImportProblem, ImportResult } from '../../../shared/contracts/servicemap/exchange.js';
import { serviceInput, type ServiceInput } from '../../../shared/contracts/servicemap/services.js';
import { OTHER_ORGANISATION } from '../hsds/messages.js';
import { toInput, type ServiceView } from '../services/model.js';
import { getService, loadTaxonomy, organisationsOf } from '../services/queries.js';
import {
  checkTaxonomy,
  createService,
  organisationFor,
  PURPOSE,
  updateService,
  type Actor,
} from '../services/service.js';
import { CSV_COLUMNS, parseCsv, parseHours, unquote, yes } from './format.js';

export async function csvImport(
  db: Kysely<DB>,
  text: string,
  who: Actor & { unitIds: string[]; now: Date; lang: Lang },
): Promise<ImportResult | { problems: ImportProblem[] }> {
  const taxonomy = await loadTaxonomy(db);
  const organisationId = await organisationFor(db, who.unitIds);
  const mine = await organisationsOf(db, who.unitIds);
  const [header, ...rows] = parseCsv(text);
  const col = (name: (typeof CSV_COLUMNS)[number]) => header?.indexOf(name) ?? -1;
  const missing = CSV_COLUMNS.filter((c) => col(c) < 0 && ['name_fi', 'provider_name', 'provider_type'].includes(c));
  if (!header || missing.length)
    return { problems: [{ row: 1, errors: missing.map((m) => ({ path: m, message: 'missing column' })) }] };
  const problems: ImportProblem[] = [];
  const parsed: { existing: ServiceView | undefined; input: ServiceInput }[] = [];
  for (const [i, r] of rows.entries()) {
    const get = (name: (typeof CSV_COLUMNS)[number]) => unquote((col(name) >= 0 ? (r[col(name)] ?? '') : '').trim());
    const id = get('id') || null;
    const existing = id && /^[0-9a-f-]{36}$/i.test(id) ? await getService(db, id, who.now) : undefined;
    const base = existing ? toInput(existing) : undefined;
    const lat = get('latitude');
    const lon = get('longitude');
    const candidate = {
      ...(base ?? {}),
      name: { fi: get('name_fi'), sv: get('name_sv'), en: get('name_en') },
      shortDescription: { fi: get('short_fi'), sv: get('short_sv'), en: get('short_en') },
      categories: get('categories')
        .split('|')
        .map((x) => x.trim())
        .filter(Boolean),
      themes: get('themes')
        .split('|')
        .map((x) => x.trim())
        .filter(Boolean),
      providerName: get('provider_name'),
      providerType: get('provider_type'),
      referralRequired: yes(get('referral_required')),
      freeOfCharge: get('free_of_charge') === '' ? true : yes(get('free_of_charge')),
      languages: get('languages')
        ? get('languages')
            .split('|')
            .map((x) => x.trim())
        : ['fi'],
      phone: get('phone') || null,
      email: get('email') || null,
      homepage: get('homepage') || null,
      status: get('status') || 'draft',
      lastVerifiedOn: get('last_verified_on') || null,
      locations: get('street_address')
        ? [
            {
              ...(base?.locations[0] ?? {}),
              streetAddress: get('street_address'),
              postalCode: get('postal_code'),
              municipality: get('municipality'),
              latitude: lat ? Number(lat.replace(',', '.')) : null,
              longitude: lon ? Number(lon.replace(',', '.')) : null,
              hours: parseHours(get('hours')),
            },
            ...(base?.locations.slice(1) ?? []),
          ]
        : (base?.locations ?? []),
    };
    const result = serviceInput.safeParse(candidate);
    if (!result.success) {
      problems.push({
        row: i + 2,
        errors: result.error.issues.map((x) => ({
          path: x.path.join('.'),
          message: x.message.startsWith('{"fi"') ? JSON.parse(x.message)[who.lang] : x.message,
        })),
      });
      continue;
    }
    try {
      checkTaxonomy(result.data, taxonomy);
    } catch {
      problems.push({ row: i + 2, errors: [{ path: 'categories', message: 'unknown category or theme' }] });
      continue;
    }
    if (id && !existing) {
      problems.push({ row: i + 2, errors: [{ path: 'id', message: 'no service with this id' }] });
      continue;
    }
    if (existing && !mine.includes(existing.organisationId)) {
      problems.push({ row: i + 2, errors: [{ path: 'id', message: OTHER_ORGANISATION }] });
      continue;
    }
    parsed.push({ existing, input: result.data });
  }
  if (problems.length) return { problems };
  return db.transaction().execute(async (trx) => {
    let created = 0;
    let updated = 0;
    const opts = { editor: who.editor, change: 'import', taxonomy, now: who.now };
    for (const { existing, input } of parsed) {
      if (existing) {
        // The row was read before the transaction: someone's edit in between is a conflict (409).
        await updateService(trx, { id: existing.id, version: existing.version }, input, opts);
        updated++;
      } else {
        await createService(trx, input, { ...opts, organisationId });
        created++;
      }
    }
    await audit(trx, {
      actor: who.actor,
      action: 'servicemap.csv.import',
      subjectType: 'service',
      subjectId: null,
      purpose: PURPOSE,
    });
    return { created, updated };
  });
}
