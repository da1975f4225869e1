// Administration pages and the user's own account.
import { lazy } from 'react';
import type { EmployeeRoute } from '../routes';
import type { NavItem } from '../navigation';

export const routes: EmployeeRoute[] = [
  {
    path: 'account',
    title: { fi: 'Oma tili', sv: 'Mitt konto', en: 'My account' },
    action: 'account.update',
    Component: lazy(() => import('./account/AccountPage')),
  },
  {
    path: 'admin/organisations',
    title: { fi: 'Organisaatiot', sv: 'Organisationer', en: 'Organisations' },
    action: 'organisation.manage',
    Component: lazy(() => import('./organisations/OrganisationsPage')),
  },
  {
    path: 'admin/units',
    title: { fi: 'Yksiköt', sv: 'Enheter', en: 'Units' },
    action: 'unit.manage',
    Component: lazy(() => import('./units/UnitsPage')),
  },
  {
    path: 'admin/users',
    title: { fi: 'Käyttäjät', sv: 'Användare', en: 'Users' },
    action: 'user.manage',
    Component: lazy(() => import('./users/UsersPage')),
  },
  {
    path: 'admin/audit',
    title: { fi: 'Lokitiedot', sv: 'Loggdata', en: 'Audit log' },
    action: 'auditLog.read',
    Component: lazy(() => import('./audit/AuditPage')),
  },
];

export const nav: NavItem[] = [
  {
    group: 'administration',
    path: '/app/admin/organisations',
    label: { fi: 'Organisaatiot', sv: 'Organisationer', en: 'Organisations' },
    action: 'organisation.manage',
    description: {
      fi: 'Hyvinvointialueet ja kunnat.',
      sv: 'Välfärdsområden och kommuner.',
      en: 'Wellbeing services counties and municipalities.',
    },
  },
  {
    group: 'administration',
    path: '/app/admin/units',
    label: { fi: 'Yksiköt', sv: 'Enheter', en: 'Units' },
    action: 'unit.manage',
    description: {
      fi: 'Organisaatioiden yksiköt.',
      sv: 'Organisationernas enheter.',
      en: 'Units of the organisations.',
    },
  },
  {
    group: 'administration',
    path: '/app/admin/users',
    label: { fi: 'Käyttäjät', sv: 'Användare', en: 'Users' },
    action: 'user.manage',
    description: {
      fi: 'Tunnukset, roolit ja salasanojen nollaus.',
      sv: 'Konton, roller och återställning av lösenord.',
      en: 'Accounts, roles and password resets.',
    },
  },
  {
    group: 'administration',
    path: '/app/admin/audit',
    label: { fi: 'Lokitiedot', sv: 'Loggdata', en: 'Audit log' },
    action: 'auditLog.read',
    description: {
      fi: 'Käyttö- ja luovutuslokin haku.',
      sv: 'Sökning i användnings- och utlämnandeloggen.',
      en: 'Search the use and disclosure log.',
    },
  },
];
