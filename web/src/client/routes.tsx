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
  { path: '', title: { fi: 'Oma asiointi', sv: 'Egen e-tjänst', en: 'My services' }, Component: lazy(() => import('./StartPage')) },
  // slot: client-work
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
];
