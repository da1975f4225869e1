// Navigation registry of the employee app. A module adds its links here, one line each; the
// layout shows a link to users who hold any of its roles (in any unit).
import type { Localized } from '../../../src/shared/i18n';
import { STAFF_ROLES, type Role } from '../../../src/shared/roles';
import { participationNav } from './participation/routes';

export interface NavItem {
  /** Absolute path, e.g. `/app/admin/users`. */
  path: string;
  label: Localized;
  roles: Role[];
  /** Active only on the exact path (the start page). */
  end?: boolean;
}

const ALL_STAFF: Role[] = [...STAFF_ROLES];
const CLIENT_WORKERS: Role[] = ['sosiaalityontekija', 'sosiaaliohjaaja'];
const ADMIN: Role[] = ['yllapitaja'];

export const navItems: NavItem[] = [
  { path: '/app/', label: { fi: 'Etusivu', sv: 'Startsida', en: 'Front page' }, roles: ALL_STAFF, end: true },
  { path: '/app/my-work', label: { fi: 'Oma työ', sv: 'Mitt arbete', en: 'My work' }, roles: CLIENT_WORKERS },
  // slot: client-work
  {
    path: '/app/unit-overview',
    label: { fi: 'Yksikön tilannekuva', sv: 'Enhetens lägesbild', en: 'Unit overview' },
    roles: ['esihenkilo'],
  },
  {
    path: '/app/clients',
    label: { fi: 'Asiakkaat', sv: 'Klienter', en: 'Clients' },
    roles: [...CLIENT_WORKERS, 'esihenkilo'],
  },
  { path: '/app/concerns', label: { fi: 'Huoli', sv: 'Oro', en: 'Concern' }, roles: ['etuuskasittelija'] },
  // slot: measures
  {
    path: '/app/measures',
    label: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Measures' },
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo', 'etuuskasittelija', 'kokemusasiantuntija'],
  },
  // slot: participation
  ...participationNav,
  // slot: servicemap
  {
    path: '/app/services',
    label: { fi: 'Palvelukartta', sv: 'Tjänstekarta', en: 'Service map' },
    roles: ALL_STAFF,
    end: true,
  },
  {
    path: '/app/services/suggestions',
    label: { fi: 'Palveluehdotukset', sv: 'Tjänsteförslag', en: 'Service suggestions' },
    roles: ['esihenkilo', 'yllapitaja'],
  },
  // slot: knowledge
  {
    path: '/app/admin/organisations',
    label: { fi: 'Organisaatiot', sv: 'Organisationer', en: 'Organisations' },
    roles: ADMIN,
  },
  { path: '/app/admin/units', label: { fi: 'Yksiköt', sv: 'Enheter', en: 'Units' }, roles: ADMIN },
  { path: '/app/admin/users', label: { fi: 'Käyttäjät', sv: 'Användare', en: 'Users' }, roles: ADMIN },
  { path: '/app/admin/audit', label: { fi: 'Lokitiedot', sv: 'Loggdata', en: 'Audit log' }, roles: ADMIN },
  { path: '/app/account', label: { fi: 'Oma tili', sv: 'Mitt konto', en: 'My account' }, roles: ALL_STAFF },
];

export function navItemsFor(roles: Role[]): NavItem[] {
  return navItems.filter((item) => item.roles.some((r) => roles.includes(r)));
}
