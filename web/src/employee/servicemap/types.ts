import type { Localized } from '../../../../src/shared/i18n';

export interface Location {
  id: string;
  streetAddress: string;
  postalCode: string;
  municipality: string;
  latitude: number | null;
  longitude: number | null;
  hours: { weekday: number; opens: string; closes: string }[];
  openNow: boolean;
}
export interface Service {
  id: string;
  name: Localized;
  shortDescription: Localized;
  themes: string[];
  providerName: string;
  phone: string | null;
  email: string | null;
  homepage: string | null;
  internalNotes: string | null;
  professionalContact: string | null;
  status: 'draft' | 'published' | 'retired';
  lastVerifiedOn: string | null;
  stale: boolean;
  openNow: boolean;
  version: number;
  locations: Location[];
}
export interface Meta {
  taxonomy: { kind: 'category' | 'theme'; code: string; label: Localized }[];
  municipalities: string[];
  staleMonths: number;
  tileUrl: string;
}
export const fmtDate = (d: string | null) =>
  d ? `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}` : '';
