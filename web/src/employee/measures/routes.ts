// Measures pages: the hub, work activity (providers, allowances, the provider account's page), groups,
// benefit decisions and one client's measures.
import { lazy } from 'react';
import type { EmployeeRoute } from '../routes';
import type { NavItem } from '../navigation';

export const routes: EmployeeRoute[] = [
  {
    path: 'measures',
    title: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Measures' },
    action: ['workActivity.provider.list', 'group.list', 'benefitDecision.list'],
    Component: lazy(() => import('./MeasuresPage')),
  },
  {
    path: 'measures/providers',
    title: { fi: 'Työtoiminnan järjestäjät', sv: 'Anordnare av arbetsverksamhet', en: 'Work activity providers' },
    action: 'workActivity.provider.list',
    Component: lazy(() => import('./providers/ProvidersPage')),
  },
  {
    path: 'measures/clients/:clientId',
    title: { fi: 'Asiakkaan toimenpiteet', sv: 'Klientens åtgärder', en: 'Client’s measures' },
    action: ['measures.read', 'benefitDecision.read'],
    Component: lazy(() => import('./ClientMeasures')),
  },
  {
    path: 'measures/groups',
    title: { fi: 'Ryhmät', sv: 'Grupper', en: 'Groups' },
    action: 'group.list',
    Component: lazy(() => import('./groups/GroupsPage')),
  },
  {
    path: 'measures/groups/:groupId',
    title: { fi: 'Ryhmä', sv: 'Grupp', en: 'Group' },
    action: 'group.list',
    Component: lazy(() => import('./groups/GroupPage')),
  },
  {
    path: 'measures/allowances',
    title: { fi: 'Kulukorvaukset', sv: 'Kostnadsersättningar', en: 'Expense allowances' },
    action: 'workActivity.allowance.read',
    Component: lazy(() => import('./allowance/AllowancesPage')),
  },
  {
    // A provider's supervisor holds no unit role: the page asks which providers the user is linked
    // to, and each agreement's attendance is allowed to its provider's members only.
    path: 'provider',
    title: { fi: 'Työtoiminnan osallistujat', sv: 'Deltagare i arbetsverksamheten', en: 'Work activity participants' },
    anySignedIn: true,
    Component: lazy(() => import('./provider-portal/ProviderPage')),
  },
  {
    path: 'measures/benefit-decisions',
    title: { fi: 'Toimeentulotuen päätökset', sv: 'Beslut om utkomststöd', en: 'Income-support decisions' },
    action: 'benefitDecision.list',
    Component: lazy(() => import('./benefit-decisions/BenefitDecisionsPage')),
  },
];

export const nav: NavItem[] = [
  {
    group: 'measures',
    path: '/app/measures',
    end: true,
    label: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Measures' },
    action: ['workActivity.provider.list', 'benefitDecision.list'],
    description: {
      fi: 'Työtoiminta, ryhmät, sosiaalinen kuntoutus ja palveluprosessit.',
      sv: 'Arbetsverksamhet, grupper, social rehabilitering och serviceprocesser.',
      en: 'Work activity, groups, social rehabilitation and service processes.',
    },
  },
  {
    group: 'measures',
    path: '/app/measures/groups',
    label: { fi: 'Ryhmät', sv: 'Grupper', en: 'Groups' },
    action: 'group.list',
    description: {
      fi: 'Ryhmät, joita ohjaat, ja niiden tapaamiset.',
      sv: 'Grupper som du leder och deras träffar.',
      en: 'Groups you lead and their sessions.',
    },
  },
  {
    group: 'measures',
    path: '/app/measures/benefit-decisions',
    label: { fi: 'Toimeentulotuen päätökset', sv: 'Beslut om utkomststöd', en: 'Income-support decisions' },
    action: 'benefitDecision.list',
    description: {
      fi: 'Hakemukset, päätökset ja käsittelyajat.',
      sv: 'Ansökningar, beslut och handläggningstider.',
      en: 'Applications, decisions and processing times.',
    },
  },
  {
    group: 'measures',
    path: '/app/measures/allowances',
    label: { fi: 'Kulukorvaukset', sv: 'Kostnadsersättningar', en: 'Expense allowances' },
    action: 'workActivity.allowance.read',
  },
  {
    group: 'measures',
    path: '/app/measures/providers',
    label: { fi: 'Työtoiminnan järjestäjät', sv: 'Anordnare av arbetsverksamhet', en: 'Work activity providers' },
    action: 'workActivity.provider.list',
  },
];
