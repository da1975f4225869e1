// Routes of the measures pages, spread into web/src/employee/routes.tsx in the measures slot.
import { lazy } from 'react';
import type { EmployeeRoute } from '../routes';

const WORKERS: EmployeeRoute['roles'] = ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'];

export const measuresRoutes: EmployeeRoute[] = [
  {
    path: 'measures',
    title: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Measures' },
    roles: [...WORKERS, 'etuuskasittelija', 'kokemusasiantuntija'],
    Component: lazy(() => import('./MeasuresPage')),
  },
  {
    path: 'measures/providers',
    title: { fi: 'Työtoiminnan järjestäjät', sv: 'Anordnare av arbetsverksamhet', en: 'Work activity providers' },
    roles: WORKERS,
    Component: lazy(() => import('./ProvidersPage')),
  },
  {
    path: 'measures/clients/:clientId',
    title: { fi: 'Asiakkaan toimenpiteet', sv: 'Klientens åtgärder', en: 'Client’s measures' },
    roles: [...WORKERS, 'etuuskasittelija'],
    Component: lazy(() => import('./ClientMeasures')),
  },
  {
    path: 'measures/groups',
    title: { fi: 'Ryhmät', sv: 'Grupper', en: 'Groups' },
    roles: [...WORKERS, 'kokemusasiantuntija'],
    Component: lazy(() => import('./GroupsPage')),
  },
  {
    path: 'measures/groups/:groupId',
    title: { fi: 'Ryhmä', sv: 'Grupp', en: 'Group' },
    roles: [...WORKERS, 'kokemusasiantuntija'],
    Component: lazy(() => import('./GroupPage')),
  },
  {
    path: 'measures/allowances',
    title: { fi: 'Kulukorvaukset', sv: 'Kostnadsersättningar', en: 'Expense allowances' },
    roles: WORKERS,
    Component: lazy(() => import('./AllowancesPage')),
  },
  // Provider accounts hold no unit role; the provider API answers only for provider_user members.
  {
    path: 'provider',
    title: { fi: 'Työtoiminnan osallistujat', sv: 'Deltagare i arbetsverksamheten', en: 'Work activity participants' },
    roles: [],
    anySignedIn: true,
    Component: lazy(() => import('./ProviderPage')),
  },
  {
    path: 'measures/benefit-decisions',
    title: { fi: 'Toimeentulotuen päätökset', sv: 'Beslut om utkomststöd', en: 'Income-support decisions' },
    roles: [...WORKERS, 'etuuskasittelija'],
    Component: lazy(() => import('./BenefitDecisionsPage')),
  },
];
