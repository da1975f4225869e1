// CSV for spreadsheet users: one row per service with its first location. Import is all or
// nothing: every row is checked first, then all are written in one transaction.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { Lang } from '../../shared/i18n.js';
import { serviceInput, type ServiceInput } from './schemas.js';
import {
  checkTaxonomy,
  createService,
  getService,
  toInput,
  updateService,
  type Editor,
  type ServiceView,
  type TaxonomyTerm,
} from './service.js';

export const CSV_COLUMNS = [
  'id',
  'status',
  'name_fi',
  'name_sv',
  'name_en',
  'short_fi',
  'short_sv',
  'short_en',
  'categories',
  'themes',
  'provider_name',
  'provider_type',
  'referral_required',
  'free_of_charge',
  'languages',
  'phone',
  'email',
  'homepage',
  'street_address',
  'postal_code',
  'municipality',
  'latitude',
  'longitude',
  'hours',
  'last_verified_on',
] as const;

const DAYS = ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'];

/** Weekly hours as "ma 08:00-16:00; ti 08:00-16:00". */
const hoursText = (hours: ServiceView['locations'][number]['hours']) =>
  hours.map((h) => `${DAYS[h.weekday - 1]} ${h.opens}-${h.closes}`).join('; ');

function parseHours(text: string) {
  if (!text.trim()) return [];
  return text.split(';').map((part) => {
    const m = part.trim().match(/^(ma|ti|ke|to|pe|la|su)\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/i);
    if (!m) return { weekday: 0, opens: part, closes: part };
    return {
      weekday: DAYS.indexOf(m[1].toLowerCase()) + 1,
      opens: m[2].padStart(5, '0'),
      closes: m[3].padStart(5, '0'),
    };
  });
}

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote always; a leading formula character is defused so spreadsheets do not run it.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
};

export function csvExport(services: ServiceView[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const s of services) {
    const l = s.locations[0];
    lines.push(
      [
        s.id,
        s.status,
        s.name.fi,
        s.name.sv,
        s.name.en,
        s.shortDescription.fi,
        s.shortDescription.sv,
        s.shortDescription.en,
        s.categories.join('|'),
        s.themes.join('|'),
        s.providerName,
        s.providerType,
        s.referralRequired ? 'kyllä' : 'ei',
        s.freeOfCharge ? 'kyllä' : 'ei',
        s.languages.join('|'),
        s.phone,
        s.email,
        s.homepage,
        l?.streetAddress,
        l?.postalCode,
        l?.municipality,
        l?.latitude,
        l?.longitude,
        l ? hoursText(l.hours) : '',
        s.lastVerifiedOn,
      ]
        .map(cell)
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** RFC 4180 parser (quotes, doubled quotes, CRLF); also accepts ; as separator. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const sep = src.split(/\r?\n/)[0].includes(';') && !src.split(/\r?\n/)[0].includes(',') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((x) => x.trim()));
}

const yes = (v: string) => /^(kyllä|kylla|yes|ja|true|1)$/i.test(v.trim());
const unquote = (v: string) => (v.startsWith("'") && /^'[=+\-@]/.test(v) ? v.slice(1) : v);

export async function csvImport(
  db: Kysely<DB>,
  text: string,
  opts: { organisationId: string; editor: Editor; taxonomy: TaxonomyTerm[]; lang: Lang },
): Promise<
  { created: number; updated: number } | { errors: { row: number; errors: { path: string; message: string }[] }[] }
> {
  const [header, ...rows] = parseCsv(text);
  const col = (name: (typeof CSV_COLUMNS)[number]) => header?.indexOf(name) ?? -1;
  const missing = CSV_COLUMNS.filter((c) => col(c) < 0 && ['name_fi', 'provider_name', 'provider_type'].includes(c));
  if (!header || missing.length)
    return { errors: [{ row: 1, errors: missing.map((m) => ({ path: m, message: 'missing column' })) }] };
  const problems: { row: number; errors: { path: string; message: string }[] }[] = [];
  const parsed: { id: string | null; input: ServiceInput }[] = [];
  for (const [i, r] of rows.entries()) {
    const get = (name: (typeof CSV_COLUMNS)[number]) => unquote((col(name) >= 0 ? (r[col(name)] ?? '') : '').trim());
    const id = get('id') || null;
    const existing = id && /^[0-9a-f-]{36}$/i.test(id) ? await getService(db, id) : undefined;
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
          message: x.message.startsWith('{"fi"') ? JSON.parse(x.message)[opts.lang] : x.message,
        })),
      });
      continue;
    }
    try {
      checkTaxonomy(result.data, opts.taxonomy);
    } catch {
      problems.push({ row: i + 2, errors: [{ path: 'categories', message: 'unknown category or theme' }] });
      continue;
    }
    if (id && !existing) {
      problems.push({ row: i + 2, errors: [{ path: 'id', message: 'no service with this id' }] });
      continue;
    }
    parsed.push({ id: existing ? existing.id : null, input: result.data });
  }
  if (problems.length) return { errors: problems };
  return db.transaction().execute(async (trx) => {
    let created = 0;
    let updated = 0;
    for (const p of parsed) {
      if (p.id) {
        await updateService(trx, p.id, p.input, {
          version: null,
          editor: opts.editor,
          change: 'import',
          taxonomy: opts.taxonomy,
        });
        updated++;
      } else {
        await createService(trx, p.input, {
          organisationId: opts.organisationId,
          editor: opts.editor,
          change: 'import',
          taxonomy: opts.taxonomy,
        });
        created++;
      }
    }
    return { created, updated };
  });
}
