// Service map pages of the workers' app: search and service pages for all staff; the updater's
// editor, suggestions, theme maps and import/export. Each page opens by its action.
import { lazy } from 'react';
import type { EmployeeRoute } from '../routes';
import type { NavItem } from '../navigation';

export const routes: EmployeeRoute[] = [
  {
    path: 'services',
    title: { fi: 'Palvelukartta', sv: 'Tjänstekarta', en: 'Service map' },
    action: 'service.list',
    Component: lazy(() => import('./search/ServicesPage')),
  },
  {
    path: 'services/suggestions',
    title: { fi: 'Palveluehdotukset', sv: 'Tjänsteförslag', en: 'Service suggestions' },
    action: 'serviceSuggestion.list',
    Component: lazy(() => import('./suggestions/SuggestionsPage')),
  },
  {
    path: 'services/new',
    title: { fi: 'Uusi palvelu', sv: 'Ny tjänst', en: 'New service' },
    action: 'service.create',
    Component: lazy(() => import('./services/ServiceEditPage')),
  },
  {
    path: 'services/:id/edit',
    title: { fi: 'Muokkaa palvelua', sv: 'Redigera tjänsten', en: 'Edit service' },
    action: 'service.update',
    Component: lazy(() => import('./services/ServiceEditPage')),
  },
  {
    path: 'services/theme-maps',
    title: { fi: 'Teemakartat', sv: 'Temakartor', en: 'Theme maps' },
    action: 'themeMap.create',
    Component: lazy(() => import('./theme-maps/ThemeMapsPage')),
  },
  {
    path: 'services/import',
    title: { fi: 'Tuonti ja vienti', sv: 'Import och export', en: 'Import and export' },
    action: 'servicemap.import.write',
    Component: lazy(() => import('./exchange/ImportExportPage')),
  },
  {
    path: 'services/:id',
    title: { fi: 'Palvelu', sv: 'Tjänst', en: 'Service' },
    action: 'service.read',
    Component: lazy(() => import('./services/ServiceDetailPage')),
  },
];

export const nav: NavItem[] = [
  {
    group: 'servicemap',
    path: '/app/services',
    end: true,
    label: { fi: 'Palvelukartta', sv: 'Tjänstekarta', en: 'Service map' },
    action: 'service.list',
    description: {
      fi: 'Etsi palvelu ja näytä se asiakkaalle.',
      sv: 'Hitta en tjänst och visa den för klienten.',
      en: 'Find a service and show it to the client.',
    },
  },
  {
    group: 'servicemap',
    path: '/app/services/suggestions',
    label: { fi: 'Palveluehdotukset', sv: 'Tjänsteförslag', en: 'Service suggestions' },
    action: 'serviceSuggestion.list',
  },
];
