// Tab registry of the client page (/app/clients/:clientId/<path>). A capability adds its tab with
// one line in its slot; a tab is a component that gets the client id.
import { lazy, type ComponentType } from 'react';
import type { Localized } from '../../../../../src/shared/i18n';
import type { Role } from '../../../../../src/shared/roles';

export interface ClientTab {
  /** '' is the basic-data tab; otherwise the path segment after the client id. */
  path: string;
  label: Localized;
  /** Who sees the tab (default: every client worker). */
  roles?: Role[];
  Component: ComponentType<{ clientId: string }>;
}

export const clientTabs: ClientTab[] = [
  {
    path: '',
    label: { fi: 'Perustiedot', sv: 'Grunduppgifter', en: 'Basic data' },
    Component: lazy(() => import('./BasicTab')),
  },
  {
    path: 'contacts',
    label: { fi: 'Yhteydenotot', sv: 'Kontakter', en: 'Contacts' },
    Component: lazy(() => import('./ContactsTab')),
  },
  {
    path: 'assessment',
    label: { fi: 'Palvelutarpeen arviointi', sv: 'Bedömning av servicebehovet', en: 'Needs assessment' },
    Component: lazy(() => import('./AssessmentTab')),
  },
  {
    path: 'named-worker',
    label: { fi: 'Omatyöntekijä', sv: 'Egen kontaktperson', en: 'Named worker' },
    Component: lazy(() => import('./NamedWorkerTab')),
  },
  // slot: plan
  {
    path: 'plan',
    label: { fi: 'Suunnitelma', sv: 'Plan', en: 'Plan' },
    Component: lazy(() => import('../plan/PlanTab')),
  },
  // slot: meetings
  {
    path: 'meetings',
    label: { fi: 'Tapaamiset', sv: 'Möten', en: 'Meetings' },
    Component: lazy(() => import('../plan/MeetingsTab')),
  },
  {
    path: 'network',
    label: { fi: 'Läheisverkosto', sv: 'Nära nätverk', en: 'Close network' },
    Component: lazy(() => import('./NetworkTab')),
  },
  {
    path: 'authority-requests',
    label: { fi: 'Viranomaispyynnöt', sv: 'Begäran till myndigheter', en: 'Authority requests' },
    Component: lazy(() => import('./AuthorityRequestsTab')),
  },
  // slot: measures
  {
    path: 'measures',
    label: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Measures' },
    Component: lazy(() => import('../../measures/MeasuresTab')),
  },
];
