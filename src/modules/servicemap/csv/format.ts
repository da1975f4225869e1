// CSV for spreadsheet users: one row per service with its first location, the same columns out and
// in. Quoted always; a leading formula character is defused so spreadsheets do not run it.
import type { ServiceView } from '../services/model.js';

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

export function parseHours(text: string) {
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

export const yes = (v: string) => /^(kyllä|kylla|yes|ja|true|1)$/i.test(v.trim());
export const unquote = (v: string) => (v.startsWith("'") && /^'[=+\-@]/.test(v) ? v.slice(1) : v);
