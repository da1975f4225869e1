// Participation pages: feedback, surveys, group interviews and proposals.
import { lazy } from 'react';
import type { EmployeeRoute } from '../routes';
import type { NavItem } from '../navigation';

export const routes: EmployeeRoute[] = [
  {
    path: 'feedback',
    title: { fi: 'Asiakaspalaute', sv: 'Klientrespons', en: 'Client feedback' },
    action: 'feedback.own.read',
    Component: lazy(() => import('./feedback/FeedbackPage')),
  },
  {
    path: 'feedback/team',
    title: { fi: 'Yksikön palaute', sv: 'Enhetens respons', en: 'Unit feedback' },
    action: 'feedback.perWorker.list',
    Component: lazy(() => import('./feedback/TeamFeedbackPage')),
  },
  {
    path: 'feedback/paper',
    title: { fi: 'Palautekorttien kirjaus', sv: 'Registrering av responskort', en: 'Paper feedback cards' },
    action: 'feedback.paper.enter',
    Component: lazy(() => import('./feedback/PaperFeedbackPage')),
  },
  {
    path: 'surveys',
    title: { fi: 'Asiakaskyselyt', sv: 'Klientenkäter', en: 'Client surveys' },
    action: 'survey.list',
    Component: lazy(() => import('./surveys/SurveysPage')),
  },
  {
    path: 'surveys/new',
    title: { fi: 'Uusi kysely', sv: 'Ny enkät', en: 'New survey' },
    action: 'survey.create',
    Component: lazy(() => import('./surveys/SurveyBuilderPage')),
  },
  {
    path: 'surveys/:id',
    title: { fi: 'Kysely', sv: 'Enkät', en: 'Survey' },
    action: 'survey.read',
    Component: lazy(() => import('./surveys/SurveyPage')),
  },
  {
    path: 'group-interviews',
    title: { fi: 'Ryhmähaastattelut', sv: 'Gruppintervjuer', en: 'Group interviews' },
    action: 'groupInterview.list',
    Component: lazy(() => import('./group-interviews/GroupInterviewsPage')),
  },
  {
    path: 'proposals',
    title: { fi: 'Kehittämisehdotukset', sv: 'Utvecklingsförslag', en: 'Proposals' },
    action: 'proposal.list',
    Component: lazy(() => import('./proposals/ProposalsPage')),
  },
];

export const nav: NavItem[] = [
  {
    group: 'participation',
    path: '/app/feedback',
    label: { fi: 'Palaute', sv: 'Respons', en: 'Feedback' },
    action: 'feedback.own.read',
  },
  {
    group: 'participation',
    path: '/app/feedback/team',
    description: {
      fi: 'Yksikön palaute ja kehittämisehdotukset.',
      sv: 'Enhetens respons och utvecklingsförslag.',
      en: "The unit's feedback and improvement proposals.",
    },
    label: { fi: 'Yksikön palaute', sv: 'Enhetens respons', en: 'Unit feedback' },
    action: 'feedback.perWorker.list',
  },
  {
    group: 'participation',
    path: '/app/feedback/paper',
    label: { fi: 'Palautekortit', sv: 'Responskort', en: 'Paper cards' },
    action: 'feedback.paper.enter',
  },
  {
    group: 'participation',
    path: '/app/surveys',
    label: { fi: 'Kyselyt', sv: 'Enkäter', en: 'Surveys' },
    action: 'survey.list',
  },
  {
    group: 'participation',
    path: '/app/group-interviews',
    label: { fi: 'Ryhmähaastattelut', sv: 'Gruppintervjuer', en: 'Group interviews' },
    action: 'groupInterview.list',
  },
  {
    group: 'participation',
    path: '/app/proposals',
    label: { fi: 'Ehdotukset', sv: 'Förslag', en: 'Proposals' },
    action: 'proposal.list',
  },
];
