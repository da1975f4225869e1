// Open Referral HSDS 3.0 ⇄ the service map. Core HSDS fields carry the Finnish texts; the
// `x_osallinen` extension carries what HSDS has no field for (Swedish and English texts, provider
// type, categories and themes by code, referral), so an export → import round trip loses nothing.
// Foreign HSDS data sets without the extension import from the core fields alone.
import { createHash } from 'node:crypto';
import type { Localized } from '../../../shared/i18n.js';
import type { ServiceInput } from '../../../shared/contracts/servicemap/services.js';
import type { ServiceView, TaxonomyTerm } from '../services/model.js';

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A stable UUID for a sub-record (phone, address, schedule …) derived from its parent and role. */
export function derivedId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join(':')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

export interface Extension {
  version: 1;
  name: Localized;
  shortDescription: Localized;
  description: Localized;
  targetGroup: Localized;
  howToAccess: Localized;
  accessibility: Localized;
  providerType: ServiceView['providerType'];
  referralRequired: boolean;
  freeOfCharge: boolean;
  categories: string[];
  themes: string[];
  status: ServiceView['status'];
  locations: { id: string; name: Localized; transportNote: Localized }[];
}

const STATUS_TO_HSDS = { published: 'active', draft: 'inactive', retired: 'defunct' } as const;

export function toHsds(s: ServiceView, taxonomy: TaxonomyTerm[], origin: string) {
  const orgId = derivedId('organization', s.providerName);
  const term = (kind: 'category' | 'theme', code: string) => {
    const t = taxonomy.find((x) => x.kind === kind && x.code === code);
    return {
      id: derivedId('taxonomy_term', kind, code),
      code,
      name: t?.label.fi ?? code,
      description: t ? `${t.label.sv} / ${t.label.en}` : code,
      taxonomy: {
        id: derivedId('taxonomy', kind),
        name: kind === 'category' ? 'Osallinen: elämäntilanne' : 'Osallinen: teema',
        description: kind === 'category' ? 'Life-situation categories (virtual youth house)' : 'Service themes',
      },
    };
  };
  const ext: Extension = {
    version: 1,
    name: s.name,
    shortDescription: s.shortDescription,
    description: s.description,
    targetGroup: s.targetGroup,
    howToAccess: s.howToAccess,
    accessibility: s.accessibility,
    providerType: s.providerType,
    referralRequired: s.referralRequired,
    freeOfCharge: s.freeOfCharge,
    categories: s.categories,
    themes: s.themes,
    status: s.status,
    locations: s.locations.map((l) => ({ id: l.id, name: l.name, transportNote: l.transportNote })),
  };
  return {
    id: s.id,
    organization_id: orgId,
    name: s.name.fi,
    ...(s.name.sv || s.name.en ? { alternate_name: [s.name.sv, s.name.en].filter(Boolean).join(' / ') } : {}),
    description: s.description.fi || s.shortDescription.fi || s.name.fi,
    ...(s.homepage ? { url: s.homepage } : {}),
    ...(s.email ? { email: s.email } : {}),
    status: STATUS_TO_HSDS[s.status],
    ...(s.howToAccess.fi ? { application_process: s.howToAccess.fi } : {}),
    fees_description: s.freeOfCharge ? 'Maksuton' : 'Maksullinen',
    ...(s.targetGroup.fi ? { eligibility_description: s.targetGroup.fi } : {}),
    ...(s.ageMin !== null ? { minimum_age: s.ageMin } : {}),
    ...(s.ageMax !== null ? { maximum_age: s.ageMax } : {}),
    ...(s.lastVerifiedOn ? { assured_date: s.lastVerifiedOn } : {}),
    languages: s.languages.map((code) => ({
      id: derivedId(s.id, 'language', code),
      service_id: s.id,
      code,
      name: code,
    })),
    phones: s.phone ? [{ id: derivedId(s.id, 'phone'), service_id: s.id, number: s.phone }] : [],
    organization: {
      id: orgId,
      name: s.providerName,
      description: s.providerName,
      ...(s.providerType === 'public' ? { legal_status: 'public' } : {}),
    },
    attributes: [
      ...s.categories.map((c) => ({
        id: derivedId(s.id, 'category', c),
        link_id: s.id,
        link_entity: 'service',
        link_type: 'category',
        taxonomy_term_id: derivedId('taxonomy_term', 'category', c),
        taxonomy_term: term('category', c),
      })),
      ...s.themes.map((c) => ({
        id: derivedId(s.id, 'theme', c),
        link_id: s.id,
        link_entity: 'service',
        link_type: 'theme',
        taxonomy_term_id: derivedId('taxonomy_term', 'theme', c),
        taxonomy_term: term('theme', c),
      })),
    ],
    service_at_locations: s.locations.map((l) => ({
      id: derivedId(s.id, 'service_at_location', l.id),
      service_id: s.id,
      location_id: l.id,
      location: {
        id: l.id,
        location_type: 'physical',
        name: l.name.fi || l.streetAddress,
        ...(l.transportNote.fi ? { transportation: l.transportNote.fi } : {}),
        ...(l.latitude !== null ? { latitude: l.latitude } : {}),
        ...(l.longitude !== null ? { longitude: l.longitude } : {}),
        ...(s.accessibility.fi
          ? {
              accessibilitys: [
                { id: derivedId(l.id, 'accessibility'), location_id: l.id, description: s.accessibility.fi },
              ],
            }
          : {}),
        addresss: [
          {
            id: derivedId(l.id, 'address'),
            location_id: l.id,
            address_1: l.streetAddress,
            city: l.municipality,
            state_province: l.municipality,
            postal_code: l.postalCode,
            country: 'FI',
            address_type: 'physical',
          },
        ],
        schedules: l.hours.map((h, i) => ({
          id: derivedId(l.id, 'schedule', String(i)),
          location_id: l.id,
          freq: 'WEEKLY',
          wkst: 'MON',
          byday: BYDAY[h.weekday - 1],
          opens_at: h.opens,
          closes_at: h.closes,
          description: 'Europe/Helsinki',
        })),
      },
    })),
    metadata: [],
    x_osallinen: ext,
    x_osallinen_url: `${origin}/palvelut/${s.id}`,
  };
}

export type HsdsService = ReturnType<typeof toHsds>;

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const fiOnly = (fi: string): Localized => ({ fi, sv: '', en: '' });
const HSDS_TO_STATUS: Record<string, ServiceView['status']> = {
  active: 'published',
  inactive: 'draft',
  'temporarily closed': 'draft',
  defunct: 'retired',
};

function hoursFrom(schedules: unknown): ServiceInput['locations'][number]['hours'] {
  if (!Array.isArray(schedules)) return [];
  const out: ServiceInput['locations'][number]['hours'] = [];
  for (const sc of schedules as Record<string, unknown>[]) {
    if (str(sc.freq) && str(sc.freq) !== 'WEEKLY') continue;
    const opens = str(sc.opens_at).slice(0, 5);
    const closes = str(sc.closes_at).slice(0, 5);
    if (!opens || !closes) continue;
    for (const day of str(sc.byday)
      .split(',')
      .map((d) => d.trim().toUpperCase())) {
      const weekday = BYDAY.indexOf(day.replace(/^[+-]?\d+/, '')) + 1;
      if (weekday > 0) out.push({ weekday, opens, closes });
    }
  }
  return out;
}

/** HSDS service (already schema-valid) → service input (then validated by the API's Zod schema). */
export function fromHsds(r: Record<string, unknown>): { id: string; input: unknown } {
  const ext = (r.x_osallinen ?? null) as Partial<Extension> | null;
  const sals = Array.isArray(r.service_at_locations) ? (r.service_at_locations as Record<string, unknown>[]) : [];
  const attributes = Array.isArray(r.attributes) ? (r.attributes as Record<string, unknown>[]) : [];
  const codes = (type: string) =>
    attributes
      .filter((a) => a.link_type === type)
      .map((a) => str((a.taxonomy_term as Record<string, unknown> | undefined)?.code))
      .filter(Boolean);
  const org = (r.organization ?? {}) as Record<string, unknown>;
  const phones = Array.isArray(r.phones) ? (r.phones as Record<string, unknown>[]) : [];
  const langs = Array.isArray(r.languages)
    ? (r.languages as Record<string, unknown>[]).map((l) => str(l.code) || str(l.name)).filter(Boolean)
    : [];
  const locations = sals
    .map((sal) => (sal.location ?? null) as Record<string, unknown> | null)
    .filter((l): l is Record<string, unknown> => !!l)
    .map((l) => {
      const addr = (Array.isArray(l.addresss) ? (l.addresss as Record<string, unknown>[]) : [])[0] ?? {};
      const extLoc = ext?.locations?.find((x) => x.id === l.id);
      return {
        ...(typeof l.id === 'string' && /^[0-9a-f-]{36}$/i.test(l.id) ? { id: l.id } : {}),
        name: extLoc?.name ?? fiOnly(str(l.name) === str(addr.address_1) ? '' : str(l.name)),
        streetAddress: str(addr.address_1),
        postalCode: str(addr.postal_code),
        municipality: str(addr.city),
        latitude: num(l.latitude),
        longitude: num(l.longitude),
        transportNote: extLoc?.transportNote ?? fiOnly(str(l.transportation)),
        hours: hoursFrom(l.schedules),
      };
    });
  const input = {
    name: ext?.name ?? fiOnly(str(r.name)),
    shortDescription: ext?.shortDescription ?? fiOnly(''),
    description: ext?.description ?? fiOnly(str(r.description)),
    categories: ext?.categories ?? codes('category'),
    themes: ext?.themes ?? codes('theme'),
    targetGroup: ext?.targetGroup ?? fiOnly(str(r.eligibility_description)),
    ageMin: num(r.minimum_age),
    ageMax: num(r.maximum_age),
    providerName: str(org.name) || str(r.organization_id) || 'Tuntematon',
    providerType: ext?.providerType ?? (str(org.legal_status) === 'public' ? 'public' : 'ngo'),
    referralRequired: ext?.referralRequired ?? false,
    freeOfCharge: ext?.freeOfCharge ?? !/maksullinen|fee|avgift/i.test(str(r.fees_description)),
    howToAccess: ext?.howToAccess ?? fiOnly(str(r.application_process)),
    languages: langs.length ? langs : ['fi'],
    accessibility: ext?.accessibility ?? fiOnly(''),
    phone: str(phones[0]?.number) || null,
    email: str(r.email) || null,
    homepage: str(r.url) || null,
    internalNotes: null,
    professionalContact: null,
    status: ext?.status ?? HSDS_TO_STATUS[str(r.status)] ?? 'draft',
    lastVerifiedOn: /^\d{4}-\d{2}-\d{2}$/.test(str(r.assured_date)) ? str(r.assured_date) : null,
    locations,
  };
  return { id: str(r.id), input };
}
