// Routes of the client-work pages (part A), spread into web/src/employee/routes.tsx.
import { lazy } from 'react';
import type { EmployeeRoute } from '../../routes';

const WORKERS: EmployeeRoute['roles'] = ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'];

export const clientWorkRoutes: EmployeeRoute[] = [
  {
    path: 'clients',
    title: { fi: 'Asiakkaat', sv: 'Klienter', en: 'Clients' },
    roles: WORKERS,
    Component: lazy(() => import('./ClientsPage')),
  },
  {
    path: 'clients/new',
    title: { fi: 'Uusi asiakas', sv: 'Ny klient', en: 'New client' },
    roles: WORKERS,
    Component: lazy(() => import('./NewClientPage')),
  },
  {
    path: 'clients/:clientId/*',
    title: { fi: 'Asiakas', sv: 'Klient', en: 'Client' },
    roles: WORKERS,
    Component: lazy(() => import('./ClientPage')),
  },
  {
    path: 'concerns',
    title: { fi: 'Huoli', sv: 'Oro', en: 'Concern' },
    roles: ['etuuskasittelija'],
    Component: lazy(() => import('./ConcernPage')),
  },
];
