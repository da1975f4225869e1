// Participation pages of the employee app; registered with one line each in ../routes.tsx and ../nav.ts.
import { lazy } from 'react';
import type { Role } from '../../../../src/shared/roles';
import type { EmployeeRoute } from '../routes';
import type { NavItem } from '../nav';

const FEEDBACK_STAFF: Role[] = ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo'];
const MANAGER: Role[] = ['esihenkilo'];
const SURVEY_READERS: Role[] = ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo', 'kokemusasiantuntija'];
const SURVEY_MANAGERS: Role[] = ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'];
const PROPOSAL_READERS: Role[] = [
  'sosiaalityontekija',
  'sosiaaliohjaaja',
  'etuuskasittelija',
  'esihenkilo',
  'kokemusasiantuntija',
];

export const participationRoutes: EmployeeRoute[] = [
  {
    path: 'feedback',
    title: { fi: 'Asiakaspalaute', sv: 'Klientrespons', en: 'Client feedback' },
    roles: FEEDBACK_STAFF,
    Component: lazy(() => import('./FeedbackPage')),
  },
  {
    path: 'feedback/team',
    title: { fi: 'Yksikön palaute', sv: 'Enhetens respons', en: 'Unit feedback' },
    roles: MANAGER,
    Component: lazy(() => import('./TeamFeedbackPage')),
  },
  {
    path: 'feedback/paper',
    title: { fi: 'Palautekorttien kirjaus', sv: 'Registrering av responskort', en: 'Paper feedback cards' },
    roles: FEEDBACK_STAFF,
    Component: lazy(() => import('./PaperFeedbackPage')),
  },
  {
    path: 'surveys',
    title: { fi: 'Asiakaskyselyt', sv: 'Klientenkäter', en: 'Client surveys' },
    roles: SURVEY_READERS,
    Component: lazy(() => import('./SurveysPage')),
  },
  {
    path: 'surveys/new',
    title: { fi: 'Uusi kysely', sv: 'Ny enkät', en: 'New survey' },
    roles: SURVEY_MANAGERS,
    Component: lazy(() => import('./SurveyBuilderPage')),
  },
  {
    path: 'surveys/:id',
    title: { fi: 'Kysely', sv: 'Enkät', en: 'Survey' },
    roles: SURVEY_READERS,
    Component: lazy(() => import('./SurveyPage')),
  },
  {
    path: 'group-interviews',
    title: { fi: 'Ryhmähaastattelut', sv: 'Gruppintervjuer', en: 'Group interviews' },
    roles: SURVEY_READERS,
    Component: lazy(() => import('./GroupInterviewsPage')),
  },
  {
    path: 'proposals',
    title: { fi: 'Kehittämisehdotukset', sv: 'Utvecklingsförslag', en: 'Proposals' },
    roles: PROPOSAL_READERS,
    Component: lazy(() => import('./ProposalsPage')),
  },
];

export const participationNav: NavItem[] = [
  { path: '/app/feedback', label: { fi: 'Palaute', sv: 'Respons', en: 'Feedback' }, roles: FEEDBACK_STAFF },
  {
    path: '/app/feedback/team',
    label: { fi: 'Yksikön palaute', sv: 'Enhetens respons', en: 'Unit feedback' },
    roles: MANAGER,
  },
  {
    path: '/app/feedback/paper',
    label: { fi: 'Palautekortit', sv: 'Responskort', en: 'Paper cards' },
    roles: FEEDBACK_STAFF,
  },
  { path: '/app/surveys', label: { fi: 'Kyselyt', sv: 'Enkäter', en: 'Surveys' }, roles: SURVEY_READERS },
  {
    path: '/app/group-interviews',
    label: { fi: 'Ryhmähaastattelut', sv: 'Gruppintervjuer', en: 'Group interviews' },
    roles: SURVEY_READERS,
  },
  { path: '/app/proposals', label: { fi: 'Ehdotukset', sv: 'Förslag', en: 'Proposals' }, roles: PROPOSAL_READERS },
];
