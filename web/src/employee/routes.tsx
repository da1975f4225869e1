// Route registry of the employee app (paths relative to /app). Each capability lists its pages in its
// own routes.ts; a page opens for users the server says may perform its action. Pages are lazy, so
// each capability becomes its own chunk.
import { lazy, type ComponentType } from 'react';
import type { ActionName } from '../../../src/shared/access/actions';
import type { Localized } from '../../../src/shared/i18n';
import { routes as administrationRoutes } from './administration/routes';
import { routes as clientWorkRoutes } from './client-work/routes';
import { routes as measuresRoutes } from './measures/routes';
import { routes as participationRoutes } from './participation/routes';
import { routes as servicemapRoutes } from './servicemap/routes';

export interface EmployeeRoute {
  /** Relative to /app: '' is the start page, 'admin/users', 'clients/:id' … */
  path: string;
  /** Page title (document.title); a page may refine it with usePageTitle. */
  title: Localized;
  /** Users who may perform any of these actions (as `me.permittedActions` says) open the page;
   *  others see "no access". */
  action?: ActionName | ActionName[];
  /** Any signed-in user may open it; the page's API does the access check (the start page, and the
   *  page of a work activity provider's supervisor, who holds no unit role). */
  anySignedIn?: boolean;
  Component: ComponentType;
}

export const routes: EmployeeRoute[] = [
  {
    path: '',
    title: { fi: 'Etusivu', sv: 'Startsida', en: 'Front page' },
    anySignedIn: true,
    Component: lazy(() => import('./StartPage')),
  },
  ...administrationRoutes,
  ...clientWorkRoutes,
  ...measuresRoutes,
  ...participationRoutes,
  ...servicemapRoutes,
];
