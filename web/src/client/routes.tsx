// Route registry of the client portal (paths relative to /oma). A module adds its pages with
// one line in its slot, e.g. `...clientWorkPortalRoutes,`.
import { lazy, type ComponentType } from 'react';
import type { LocalizedText } from '../lib/i18n';

export interface PortalRoute {
  /** Relative to /oma: '' is the start page. */
  path: string;
  title: LocalizedText;
  Component: ComponentType;
}

export const routes: PortalRoute[] = [
  {
    path: '',
    title: { fi: 'Oma asiointi', sv: 'Egen e-tjänst', en: 'My services' },
    Component: lazy(() => import('./StartPage')),
  },
  // slot: client-work
  {
    path: 'suunnitelma',
    title: { fi: 'Oma suunnitelma', sv: 'Min plan', en: 'My plan', selko: 'Sinun suunnitelmasi' },
    Component: lazy(() => import('./plan/PlanPage')),
  },
  {
    path: 'tapaamiset',
    title: { fi: 'Tapaamiset', sv: 'Möten', en: 'Meetings' },
    Component: lazy(() => import('./plan/MeetingsPage')),
  },
  {
    path: 'katselut',
    title: {
      fi: 'Kuka on katsonut tietojani',
      sv: 'Vem har sett mina uppgifter',
      en: 'Who has viewed my data',
      selko: 'Kuka on katsonut minun tietojani',
    },
    Component: lazy(() => import('./plan/AccessLogPage')),
  },
];

export interface PortalNavItem {
  /** Relative to /oma, e.g. '/' or '/plan'. */
  path: string;
  label: LocalizedText;
  end?: boolean;
}

export const navItems: PortalNavItem[] = [
  { path: '/', label: { fi: 'Etusivu', sv: 'Startsida', en: 'Front page' }, end: true },
  // slot: client-work
  { path: '/suunnitelma', label: { fi: 'Suunnitelma', sv: 'Plan', en: 'Plan' } },
  { path: '/tapaamiset', label: { fi: 'Tapaamiset', sv: 'Möten', en: 'Meetings' } },
  { path: '/katselut', label: { fi: 'Kuka katsoi tietojani', sv: 'Vem såg mina uppgifter', en: 'Who viewed my data' } },
];
