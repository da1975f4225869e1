// Route registry of the employee app (paths relative to /app). A module appends its routes with
// one line in its slot, e.g. `...clientWorkRoutes,` imported from `./client-work/routes`.
// Pages are lazy so each module becomes its own chunk.
import { lazy, type ComponentType } from 'react';
import type { Localized } from '../../../src/shared/i18n';
import { STAFF_ROLES, type Role } from '../../../src/shared/roles';
import { clientWorkRoutes } from './client-work/clients/routes';
import { measuresRoutes } from './measures/routes';
import { participationRoutes } from './participation/routes';

export interface EmployeeRoute {
  /** Relative to /app: '' is the start page, 'admin/users', 'clients/:id' … */
  path: string;
  /** Page title (document.title); a page may refine it with usePageTitle. */
  title: Localized;
  /** Users holding any of these roles may open the page; others see "no access". */
  roles: Role[];
  /** Any signed-in user may open it (roles are ignored); the page's API does the access check.
   *  For accounts without a unit role, e.g. a work activity provider's supervisor. */
  anySignedIn?: boolean;
  Component: ComponentType;
}

const ALL_STAFF: Role[] = [...STAFF_ROLES];
const ADMIN: Role[] = ['yllapitaja'];

export const routes: EmployeeRoute[] = [
  {
    path: '',
    title: { fi: 'Etusivu', sv: 'Startsida', en: 'Front page' },
    roles: ALL_STAFF,
    anySignedIn: true,
    Component: lazy(() => import('./StartPage')),
  },
  {
    path: 'account',
    title: { fi: 'Oma tili', sv: 'Mitt konto', en: 'My account' },
    roles: ALL_STAFF,
    Component: lazy(() => import('./administration/account/AccountPage')),
  },
  {
    path: 'admin/organisations',
    title: { fi: 'Organisaatiot', sv: 'Organisationer', en: 'Organisations' },
    roles: ADMIN,
    Component: lazy(() => import('./administration/admin/OrganisationsPage')),
  },
  {
    path: 'admin/units',
    title: { fi: 'Yksiköt', sv: 'Enheter', en: 'Units' },
    roles: ADMIN,
    Component: lazy(() => import('./administration/admin/UnitsPage')),
  },
  {
    path: 'admin/users',
    title: { fi: 'Käyttäjät', sv: 'Användare', en: 'Users' },
    roles: ADMIN,
    Component: lazy(() => import('./administration/admin/UsersPage')),
  },
  {
    path: 'admin/audit',
    title: { fi: 'Lokitiedot', sv: 'Loggdata', en: 'Audit log' },
    roles: ADMIN,
    Component: lazy(() => import('./administration/admin/AuditPage')),
  },
  // slot: client-work
  ...clientWorkRoutes,
  {
    path: 'my-work',
    title: { fi: 'Oma työ', sv: 'Mitt arbete', en: 'My work' },
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'],
    Component: lazy(() => import('./client-work/my-work/MyWorkPage')),
  },
  {
    path: 'unit-overview',
    title: { fi: 'Yksikön tilannekuva', sv: 'Enhetens lägesbild', en: 'Unit overview' },
    roles: ['esihenkilo'],
    Component: lazy(() =>
      import('./client-work/my-work/UnitOverviewPage').then((m) => ({ default: m.UnitOverviewRedirect })),
    ),
  },
  {
    path: 'units/:unitId/overview',
    title: { fi: 'Yksikön tilannekuva', sv: 'Enhetens lägesbild', en: 'Unit overview' },
    roles: ['esihenkilo'],
    Component: lazy(() => import('./client-work/my-work/UnitOverviewPage')),
  },
  // slot: measures
  ...measuresRoutes,
  // slot: participation
  ...participationRoutes,
  // slot: servicemap
  {
    path: 'services',
    title: { fi: 'Palvelukartta', sv: 'Tjänstekarta', en: 'Service map' },
    roles: ALL_STAFF,
    Component: lazy(() => import('./servicemap/ServicesPage')),
  },
  {
    path: 'services/suggestions',
    title: { fi: 'Palveluehdotukset', sv: 'Tjänsteförslag', en: 'Service suggestions' },
    roles: ['esihenkilo', 'yllapitaja'],
    Component: lazy(() => import('./servicemap/ServicesPage').then((m) => ({ default: m.SuggestionsPage }))),
  },
  {
    path: 'services/new',
    title: { fi: 'Uusi palvelu', sv: 'Ny tjänst', en: 'New service' },
    roles: ['esihenkilo', 'yllapitaja'],
    Component: lazy(() => import('./servicemap/ManagePages').then((m) => ({ default: m.ServiceEditPage }))),
  },
  {
    path: 'services/:id/edit',
    title: { fi: 'Muokkaa palvelua', sv: 'Redigera tjänsten', en: 'Edit service' },
    roles: ['esihenkilo', 'yllapitaja'],
    Component: lazy(() => import('./servicemap/ManagePages').then((m) => ({ default: m.ServiceEditPage }))),
  },
  {
    path: 'services/theme-maps',
    title: { fi: 'Teemakartat', sv: 'Temakartor', en: 'Theme maps' },
    roles: ['esihenkilo', 'yllapitaja'],
    Component: lazy(() => import('./servicemap/ManagePages').then((m) => ({ default: m.ThemeMapsPage }))),
  },
  {
    path: 'services/import',
    title: { fi: 'Tuonti ja vienti', sv: 'Import och export', en: 'Import and export' },
    roles: ['esihenkilo', 'yllapitaja'],
    Component: lazy(() => import('./servicemap/ManagePages').then((m) => ({ default: m.ImportExportPage }))),
  },
  {
    path: 'services/:id',
    title: { fi: 'Palvelu', sv: 'Tjänst', en: 'Service' },
    roles: ALL_STAFF,
    Component: lazy(() => import('./servicemap/ServicesPage').then((m) => ({ default: m.ServiceDetailPage }))),
  },
  // slot: knowledge
];

/**
 * "Coming soon" pages for links that already exist (start page, nav). A placeholder is dropped as
 * soon as a module registers a real route with the same path, so nobody needs to delete it.
 */
export const placeholderRoutes: EmployeeRoute[] = [
  {
    path: 'my-work',
    title: { fi: 'Oma työ', sv: 'Mitt arbete', en: 'My work' },
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja'],
    Component: lazy(() => import('./ComingSoonPage')),
  },
];

export function allRoutes(): EmployeeRoute[] {
  const taken = new Set(routes.map((r) => r.path));
  return [...routes, ...placeholderRoutes.filter((p) => !taken.has(p.path))];
}
