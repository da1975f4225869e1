// A service as the service map reads it (with locations, weekly hours, "open now" and staleness),
// and the views of it that the public and staff get.
import type { Lang, Localized } from '../../../shared/i18n.js';
import type { ServiceInput } from '../../../shared/contracts/servicemap/services.js';
import type { ProviderType, ServiceStatus } from '../../../shared/contracts/servicemap/common.js';
import type { Hours } from './time.js';

export interface LocationView {
  id: string;
  name: Localized;
  streetAddress: string;
  postalCode: string;
  municipality: string;
  latitude: number | null;
  longitude: number | null;
  transportNote: Localized;
  hours: Hours[];
  openNow: boolean;
}

export interface ServiceView {
  id: string;
  organisationId: string;
  name: Localized;
  shortDescription: Localized;
  description: Localized;
  categories: string[];
  themes: string[];
  targetGroup: Localized;
  ageMin: number | null;
  ageMax: number | null;
  providerName: string;
  providerType: ProviderType;
  referralRequired: boolean;
  freeOfCharge: boolean;
  howToAccess: Localized;
  languages: string[];
  accessibility: Localized;
  phone: string | null;
  email: string | null;
  homepage: string | null;
  internalNotes: string | null;
  professionalContact: string | null;
  status: ServiceStatus;
  lastVerifiedOn: string | null;
  verifiedByName: string | null;
  locations: LocationView[];
  openNow: boolean;
  stale: boolean;
  version: number;
  updatedAt: string;
}

export interface TaxonomyTerm {
  kind: 'category' | 'theme';
  code: string;
  label: Localized;
}

/** Who made a change (the version history names them). */
export interface Editor {
  id: string | null;
  name: string | null;
}

export const loc = (v: Partial<Localized> | null | undefined): Localized => ({
  fi: v?.fi ?? '',
  sv: v?.sv ?? '',
  en: v?.en ?? '',
});

/** The text in the wanted language, falling back to Finnish. */
export const pick = (v: Partial<Localized> | null | undefined, lang: Lang): string => v?.[lang] || v?.fi || '';

/** What the public may see of a service: no internal notes, no status bookkeeping. */
export function publicView(s: ServiceView) {
  return {
    id: s.id,
    name: s.name,
    shortDescription: s.shortDescription,
    description: s.description,
    categories: s.categories,
    themes: s.themes,
    targetGroup: s.targetGroup,
    ageMin: s.ageMin,
    ageMax: s.ageMax,
    providerName: s.providerName,
    providerType: s.providerType,
    referralRequired: s.referralRequired,
    freeOfCharge: s.freeOfCharge,
    howToAccess: s.howToAccess,
    languages: s.languages,
    accessibility: s.accessibility,
    phone: s.phone,
    email: s.email,
    homepage: s.homepage,
    lastVerifiedOn: s.lastVerifiedOn,
    locations: s.locations,
    openNow: s.openNow,
  };
}

export function staffView(s: ServiceView) {
  const { organisationId: _org, ...rest } = s;
  return rest;
}

/** The service as an input (for edits that change one thing, imports, and version snapshots). */
export function toInput(s: ServiceView): ServiceInput {
  return {
    name: s.name,
    shortDescription: s.shortDescription,
    description: s.description,
    categories: s.categories,
    themes: s.themes,
    targetGroup: s.targetGroup,
    ageMin: s.ageMin,
    ageMax: s.ageMax,
    providerName: s.providerName,
    providerType: s.providerType,
    referralRequired: s.referralRequired,
    freeOfCharge: s.freeOfCharge,
    howToAccess: s.howToAccess,
    languages: s.languages,
    accessibility: s.accessibility,
    phone: s.phone,
    email: s.email,
    homepage: s.homepage,
    internalNotes: s.internalNotes,
    professionalContact: s.professionalContact,
    status: s.status,
    lastVerifiedOn: s.lastVerifiedOn,
    locations: s.locations.map((l) => ({
      id: l.id,
      name: l.name,
      streetAddress: l.streetAddress,
      postalCode: l.postalCode,
      municipality: l.municipality,
      latitude: l.latitude,
      longitude: l.longitude,
      transportNote: l.transportNote,
      hours: l.hours,
    })),
  };
}
