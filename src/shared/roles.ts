import type { Localized } from './i18n.js';

/** Roles of DOMAIN.md section 2. A staff role is held per unit; `asiakas` is a client account. */
export const STAFF_ROLES = [
  'sosiaalityontekija',
  'sosiaaliohjaaja',
  'etuuskasittelija',
  'esihenkilo',
  'kokemusasiantuntija',
  'yllapitaja',
] as const;
export const ROLES = [...STAFF_ROLES, 'asiakas'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, Localized> = {
  sosiaalityontekija: { fi: 'Sosiaalityöntekijä', sv: 'Socialarbetare', en: 'Social worker' },
  sosiaaliohjaaja: { fi: 'Sosiaaliohjaaja', sv: 'Socionom', en: 'Social counsellor' },
  etuuskasittelija: { fi: 'Etuuskäsittelijä', sv: 'Förmånshandläggare', en: 'Benefit handler' },
  esihenkilo: { fi: 'Esihenkilö', sv: 'Chef', en: 'Manager' },
  kokemusasiantuntija: { fi: 'Kokemusasiantuntija', sv: 'Erfarenhetsexpert', en: 'Expert by experience' },
  yllapitaja: { fi: 'Ylläpitäjä', sv: 'Administratör', en: 'Administrator' },
  asiakas: { fi: 'Asiakas', sv: 'Klient', en: 'Client' },
};
