// Table types of the service map (migrations 0400, 0401).
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';
import type { Localized } from '../../shared/i18n.js';

/** Texts per language; a missing language is an empty string or absent. */
export type LocalizedJson = ColumnType<Partial<Localized>, Partial<Localized> | string, Partial<Localized> | string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface ServiceTaxonomyTable {
  id: Generated<string>;
  organisation_id: string | null;
  kind: 'category' | 'theme';
  code: string;
  label: LocalizedJson;
  sort: Generated<number>;
}

export type ProviderType = 'public' | 'ngo' | 'parish' | 'company';
export type ServiceStatus = 'draft' | 'published' | 'retired';

export interface ServiceTable {
  id: Generated<string>;
  organisation_id: string;
  name: LocalizedJson;
  short_description: LocalizedJson;
  description: LocalizedJson;
  categories: TextArray;
  themes: TextArray;
  target_group: LocalizedJson;
  age_min: number | null;
  age_max: number | null;
  provider_name: string;
  provider_type: ProviderType;
  referral_required: Generated<boolean>;
  free_of_charge: Generated<boolean>;
  how_to_access: LocalizedJson;
  languages: TextArray;
  accessibility: LocalizedJson;
  phone: string | null;
  email: string | null;
  homepage: string | null;
  internal_notes: string | null;
  professional_contact: string | null;
  status: Generated<ServiceStatus>;
  last_verified_on: DateString | null;
  verified_by: string | null;
  verified_by_name: string | null;
  municipalities: TextArray;
  search_text: Generated<string>;
  search_fi: ColumnType<string, never, never>;
  search_sv: ColumnType<string, never, never>;
  /** Generated (0401): search_text plus its Finnish and Swedish lexemes, trigram-indexed. */
  search_words: ColumnType<string, never, never>;
  /** Generated (0401): the name to sort by per language (falls back to Finnish). */
  sort_fi: ColumnType<string, never, never>;
  sort_sv: ColumnType<string, never, never>;
  sort_en: ColumnType<string, never, never>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ServiceLocationTable {
  id: Generated<string>;
  service_id: string;
  name: LocalizedJson;
  street_address: string;
  postal_code: Generated<string>;
  municipality: string;
  latitude: number | null;
  longitude: number | null;
  transport_note: LocalizedJson;
  sort: Generated<number>;
}

export interface ServiceOpeningHoursTable {
  id: Generated<string>;
  location_id: string;
  weekday: number;
  /** 'HH:MM:SS' */
  opens: string;
  closes: string;
}

export interface ServiceVersionTable {
  id: Generated<number>;
  service_id: string;
  version: number;
  change: string;
  snapshot: ColumnType<unknown, string, string>;
  changed_by: string | null;
  changed_by_name: string | null;
  changed_at: CreatedAt;
}

export interface ServiceSuggestionTable {
  id: Generated<string>;
  kind: 'new' | 'correction';
  service_id: string | null;
  name: string;
  description: Generated<string>;
  street_address: Generated<string>;
  municipality: Generated<string>;
  contact: Generated<string>;
  homepage: Generated<string>;
  message: Generated<string>;
  email: string | null;
  lang: Generated<'fi' | 'sv' | 'en'>;
  status: Generated<'pending' | 'approved' | 'rejected'>;
  handled_by: string | null;
  handled_at: Date | null;
  handler_note: string | null;
  result_service_id: string | null;
  created_at: CreatedAt;
}

export interface ServiceThemeMapTable {
  id: Generated<string>;
  organisation_id: string;
  slug: string;
  title: LocalizedJson;
  description: LocalizedJson;
  themes: TextArray;
  categories: TextArray;
  municipalities: TextArray;
  service_ids: TextArray;
  embed_origins: TextArray;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ServicemapSettingTable {
  organisation_id: string;
  stale_months: Generated<number>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface ServicemapTables {
  service_taxonomy: ServiceTaxonomyTable;
  service: ServiceTable;
  service_location: ServiceLocationTable;
  service_opening_hours: ServiceOpeningHoursTable;
  service_version: ServiceVersionTable;
  service_suggestion: ServiceSuggestionTable;
  service_theme_map: ServiceThemeMapTable;
  servicemap_setting: ServicemapSettingTable;
}
