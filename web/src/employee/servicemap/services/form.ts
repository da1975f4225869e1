// A service as the editor holds it (numbers and lists as the user types them) and as the API takes it.
import type { Localized } from '../../../../../src/shared/i18n';
import type { ServiceBody, StaffService } from '../../../../../src/shared/contracts/servicemap/services';
import { emptyText } from '../fields';

export interface HoursRow {
  weekday: number;
  opens: string;
  closes: string;
}
export interface LocationForm {
  id?: string;
  name: Localized;
  streetAddress: string;
  postalCode: string;
  municipality: string;
  latitude: string;
  longitude: string;
  transportNote: Localized;
  hours: HoursRow[];
}
export interface ServiceForm {
  name: Localized;
  shortDescription: Localized;
  description: Localized;
  targetGroup: Localized;
  howToAccess: Localized;
  accessibility: Localized;
  categories: string[];
  themes: string[];
  ageMin: string;
  ageMax: string;
  providerName: string;
  providerType: ServiceBody['providerType'];
  referralRequired: boolean;
  freeOfCharge: boolean;
  languages: string;
  phone: string;
  email: string;
  homepage: string;
  internalNotes: string;
  professionalContact: string;
  status: NonNullable<ServiceBody['status']>;
  lastVerifiedOn: string;
  locations: LocationForm[];
}

export const newLocation = (): LocationForm => ({
  name: emptyText(),
  streetAddress: '',
  postalCode: '',
  municipality: '',
  latitude: '',
  longitude: '',
  transportNote: emptyText(),
  hours: [],
});

export function toForm(s?: StaffService): ServiceForm {
  if (!s) {
    return {
      name: emptyText(),
      shortDescription: emptyText(),
      description: emptyText(),
      targetGroup: emptyText(),
      howToAccess: emptyText(),
      accessibility: emptyText(),
      categories: [],
      themes: [],
      ageMin: '',
      ageMax: '',
      providerName: '',
      providerType: 'public',
      referralRequired: false,
      freeOfCharge: true,
      languages: 'fi',
      phone: '',
      email: '',
      homepage: '',
      internalNotes: '',
      professionalContact: '',
      status: 'draft',
      lastVerifiedOn: '',
      locations: [newLocation()],
    };
  }
  return {
    name: s.name,
    shortDescription: s.shortDescription,
    description: s.description,
    targetGroup: s.targetGroup,
    howToAccess: s.howToAccess,
    accessibility: s.accessibility,
    categories: s.categories,
    themes: s.themes,
    ageMin: s.ageMin?.toString() ?? '',
    ageMax: s.ageMax?.toString() ?? '',
    providerName: s.providerName,
    providerType: s.providerType,
    referralRequired: s.referralRequired,
    freeOfCharge: s.freeOfCharge,
    languages: s.languages.join(', '),
    phone: s.phone ?? '',
    email: s.email ?? '',
    homepage: s.homepage ?? '',
    internalNotes: s.internalNotes ?? '',
    professionalContact: s.professionalContact ?? '',
    status: s.status,
    lastVerifiedOn: s.lastVerifiedOn ?? '',
    locations: s.locations.map((l) => ({
      id: l.id,
      name: l.name,
      streetAddress: l.streetAddress,
      postalCode: l.postalCode,
      municipality: l.municipality,
      latitude: l.latitude?.toString() ?? '',
      longitude: l.longitude?.toString() ?? '',
      transportNote: l.transportNote,
      hours: l.hours.map((h) => ({ ...h })),
    })),
  };
}

const num = (v: string) => (v.trim() === '' ? null : Number(v.replace(',', '.')));
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

export function toBody(f: ServiceForm): ServiceBody {
  return {
    name: f.name,
    shortDescription: f.shortDescription,
    description: f.description,
    targetGroup: f.targetGroup,
    howToAccess: f.howToAccess,
    accessibility: f.accessibility,
    categories: f.categories,
    themes: f.themes,
    ageMin: num(f.ageMin),
    ageMax: num(f.ageMax),
    providerName: f.providerName,
    providerType: f.providerType,
    referralRequired: f.referralRequired,
    freeOfCharge: f.freeOfCharge,
    languages: f.languages
      .split(/[\s,]+/)
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean),
    phone: orNull(f.phone),
    email: orNull(f.email),
    homepage: orNull(f.homepage),
    internalNotes: orNull(f.internalNotes),
    professionalContact: orNull(f.professionalContact),
    status: f.status,
    lastVerifiedOn: orNull(f.lastVerifiedOn),
    locations: f.locations.map((l) => ({
      ...(l.id ? { id: l.id } : {}),
      name: l.name,
      streetAddress: l.streetAddress,
      postalCode: l.postalCode.trim(),
      municipality: l.municipality,
      latitude: num(l.latitude),
      longitude: num(l.longitude),
      transportNote: l.transportNote,
      hours: l.hours,
    })),
  };
}

/** The stored service as a request body (an edit that changes one thing, e.g. retiring). */
export const serviceBody = (s: StaffService): ServiceBody => toBody(toForm(s));
