// Tab registry of the client page (/app/clients/:clientId/<path>). A capability adds its tab with
// one line in its slot; a tab is a component that gets the client id.
import { lazy, type ComponentType } from 'react';
import type { Localized } from '../../../../../src/shared/i18n';
import type { ActionName } from '../../../../../src/shared/access/actions';

export interface ClientTab {
  /** '' is the basic-data tab; otherwise the path segment after the client id. */
  path: string;
  label: Localized;
  /** The tab shows when the server permits this action on the client. */
  action: ActionName;
  Component: ComponentType<{ clientId: string }>;
}

export const clientTabs: ClientTab[] = [
  {
    path: '',
    action: 'client.read',
    label: { fi: 'Perustiedot', sv: 'Grunduppgifter', en: 'Basic data' },
    Component: lazy(() => import('./BasicTab')),
  },
  {
    path: 'contacts',
    action: 'contact.read',
    label: { fi: 'Yhteydenotot', sv: 'Kontakter', en: 'Contacts' },
    Component: lazy(() => import('./contacts/ContactsTab')),
  },
  {
    path: 'assessment',
    action: 'assessment.read',
    label: { fi: 'Palvelutarpeen arviointi', sv: 'Bedömning av servicebehovet', en: 'Needs assessment' },
    Component: lazy(() => import('./assessment/AssessmentTab')),
  },
  {
    path: 'named-worker',
    action: 'namedWorker.read',
    label: { fi: 'Omatyöntekijä', sv: 'Egen kontaktperson', en: 'Named worker' },
    Component: lazy(() => import('./named-worker/NamedWorkerTab')),
  },
  // slot: plan
  {
    path: 'plan',
    action: 'plan.read',
    label: { fi: 'Suunnitelma', sv: 'Plan', en: 'Plan' },
    Component: lazy(() => import('../plan/PlanTab')),
  },
  // slot: meetings
  {
    path: 'meetings',
    action: 'meeting.read',
    label: { fi: 'Tapaamiset', sv: 'Möten', en: 'Meetings' },
    Component: lazy(() => import('../plan/MeetingsTab')),
  },
  {
    path: 'network',
    action: 'network.read',
    label: { fi: 'Läheisverkosto', sv: 'Nära nätverk', en: 'Close network' },
    Component: lazy(() => import('./network/NetworkTab')),
  },
  {
    path: 'authority-requests',
    action: 'authorityRequest.read',
    label: { fi: 'Viranomaispyynnöt', sv: 'Begäran till myndigheter', en: 'Authority requests' },
    Component: lazy(() => import('./authority-requests/AuthorityRequestsTab')),
  },
  // slot: measures
  {
    path: 'measures',
    action: 'measures.read',
    label: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Measures' },
    Component: lazy(() => import('../../measures/MeasuresTab')),
  },
];
