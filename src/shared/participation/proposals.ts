// The vocabulary of proposals (themes, sources, statuses) with their labels: used by the server's
// pages and by the web app, so it lives in src/shared.
import type { Localized } from '../i18n.js';

/** The public "what we did" page in each language. */
export const WHAT_WE_DID_PATHS = { fi: '/mita-teimme', sv: '/sv/vad-vi-gjorde', en: '/en/what-we-did' } as const;

export const PROPOSAL_SOURCES = [
  'feedback',
  'survey',
  'group_interview',
  'developer_group',
  'client_council',
  'workshop',
  'other',
] as const;
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number];
export const PROPOSAL_STATUSES = ['received', 'under_consideration', 'decided', 'done', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_THEMES = [
  'accessibility',
  'encounter',
  'information',
  'services',
  'premises',
  'digital',
  'participation',
  'other',
] as const;
export type ProposalTheme = (typeof PROPOSAL_THEMES)[number];

export const THEME_LABELS: Record<ProposalTheme, Localized> = {
  accessibility: { fi: 'Palvelujen saavutettavuus', sv: 'Tjänsternas tillgänglighet', en: 'Access to services' },
  encounter: { fi: 'Kohtaaminen ja vuorovaikutus', sv: 'Bemötande och växelverkan', en: 'Encounter and interaction' },
  information: { fi: 'Tiedottaminen ja neuvonta', sv: 'Information och rådgivning', en: 'Information and advice' },
  services: { fi: 'Palvelujen sisältö', sv: 'Tjänsternas innehåll', en: 'Content of services' },
  premises: { fi: 'Tilat ja aukioloajat', sv: 'Lokaler och öppettider', en: 'Premises and opening hours' },
  digital: { fi: 'Sähköinen asiointi', sv: 'E-tjänster', en: 'Online services' },
  participation: { fi: 'Asiakkaiden osallisuus', sv: 'Klienternas delaktighet', en: 'Client participation' },
  other: { fi: 'Muu', sv: 'Annat', en: 'Other' },
};

export const STATUS_LABELS: Record<ProposalStatus, Localized> = {
  received: { fi: 'Vastaanotettu', sv: 'Mottaget', en: 'Received' },
  under_consideration: { fi: 'Harkinnassa', sv: 'Under beredning', en: 'Under consideration' },
  decided: { fi: 'Päätetty toteuttaa', sv: 'Beslutat', en: 'Decided' },
  done: { fi: 'Toteutettu', sv: 'Genomfört', en: 'Done' },
  rejected: { fi: 'Ei toteuteta', sv: 'Genomförs inte', en: 'Not taken forward' },
};

export const SOURCE_LABELS: Record<ProposalSource, Localized> = {
  feedback: { fi: 'Asiakaspalaute', sv: 'Klientrespons', en: 'Client feedback' },
  survey: { fi: 'Asiakaskysely', sv: 'Klientenkät', en: 'Client survey' },
  group_interview: { fi: 'Ryhmähaastattelu', sv: 'Gruppintervju', en: 'Group interview' },
  developer_group: { fi: 'Kehittäjäasiakasryhmä', sv: 'Utvecklingsklientgrupp', en: 'Developer-client group' },
  client_council: { fi: 'Asiakasraati', sv: 'Klientråd', en: 'Client council' },
  workshop: { fi: 'Työpaja', sv: 'Workshop', en: 'Workshop' },
  other: { fi: 'Muu', sv: 'Annat', en: 'Other' },
};
