// Client work pages: the client record, concerns, My work and the unit overview.
import { lazy } from 'react';
import type { EmployeeRoute } from '../routes';
import type { NavItem } from '../navigation';

export const routes: EmployeeRoute[] = [
  {
    path: 'clients',
    title: { fi: 'Asiakkaat', sv: 'Klienter', en: 'Clients' },
    action: 'client.create',
    Component: lazy(() => import('./clients/ClientsPage')),
  },
  {
    path: 'clients/new',
    title: { fi: 'Uusi asiakas', sv: 'Ny klient', en: 'New client' },
    action: 'client.create',
    Component: lazy(() => import('./clients/NewClientPage')),
  },
  {
    path: 'clients/:clientId/*',
    title: { fi: 'Asiakas', sv: 'Klient', en: 'Client' },
    action: 'client.read',
    Component: lazy(() => import('./clients/ClientPage')),
  },
  {
    path: 'concerns',
    title: { fi: 'Huoli', sv: 'Oro', en: 'Concern' },
    action: 'concern.create',
    Component: lazy(() => import('./clients/concerns/ConcernPage')),
  },
  {
    path: 'my-work',
    title: { fi: 'Oma työ', sv: 'Mitt arbete', en: 'My work' },
    action: 'myWork.read',
    Component: lazy(() => import('./my-work/MyWorkPage')),
  },
  {
    path: 'unit-overview',
    title: { fi: 'Yksikön tilannekuva', sv: 'Enhetens lägesbild', en: 'Unit overview' },
    action: 'unit.overview.read',
    Component: lazy(() => import('./my-work/UnitOverviewPage').then((m) => ({ default: m.UnitOverviewRedirect }))),
  },
  {
    path: 'units/:unitId/overview',
    title: { fi: 'Yksikön tilannekuva', sv: 'Enhetens lägesbild', en: 'Unit overview' },
    action: 'unit.overview.read',
    Component: lazy(() => import('./my-work/UnitOverviewPage')),
  },
];

export const nav: NavItem[] = [
  {
    group: 'clientWork',
    path: '/app/my-work',
    label: { fi: 'Oma työ', sv: 'Mitt arbete', en: 'My work' },
    action: 'myWork.read',
    description: {
      fi: 'Asiakkaasi, tulevat tapaamiset ja määräajat yhdessä näkymässä.',
      sv: 'Dina klienter, kommande möten och tidsfrister i en vy.',
      en: 'Your clients, coming meetings and deadlines in one view.',
    },
  },
  {
    group: 'clientWork',
    path: '/app/clients',
    label: { fi: 'Asiakkaat', sv: 'Klienter', en: 'Clients' },
    action: 'client.create',
    description: {
      fi: 'Hae asiakasta tai kirjaa uusi asiakas.',
      sv: 'Sök en klient eller registrera en ny klient.',
      en: 'Find a client or register a new one.',
    },
  },
  {
    group: 'clientWork',
    path: '/app/concerns',
    label: { fi: 'Huoli', sv: 'Oro', en: 'Concern' },
    action: 'concern.create',
    description: {
      fi: 'Välitä huoli asiakkaan tilanteesta sosiaalityöhön.',
      sv: 'För vidare en oro för klientens situation till socialarbetet.',
      en: "Pass a concern about a client's situation on to social work.",
    },
  },
  {
    group: 'clientWork',
    path: '/app/unit-overview',
    label: { fi: 'Yksikön tilannekuva', sv: 'Enhetens lägesbild', en: 'Unit overview' },
    action: 'unit.overview.read',
    description: {
      fi: 'Yksikön asiakasmäärät, määräajat ja työntekijöiden kuormitus.',
      sv: 'Enhetens klientantal, tidsfrister och personalens belastning.',
      en: "The unit's client numbers, deadlines and workload per worker.",
    },
  },
];
