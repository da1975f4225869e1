import { defineMessages, type Localized } from '../../../shared/i18n.js';
import type { ProposalSource, ProposalStatus } from '../../../db/tables/proposals.js';

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

export const whatWeDidText = defineMessages({
  fi: {
    title: 'Mitä teimme palautteenne perusteella',
    intro:
      'Asiakkaiden palaute, kyselyt, ryhmähaastattelut ja asiakasraati tuovat meille kehittämisehdotuksia. Tällä sivulla kerromme, mitä ehdotuksille on tehty. Sivulla ei ole kenenkään henkilötietoja.',
    filters: 'Rajaa ehdotuksia',
    theme: 'Aihe',
    status: 'Tila',
    all: 'Kaikki',
    apply: 'Näytä',
    count: (n: number) => (n === 1 ? '1 ehdotus' : `${n} ehdotusta`),
    none: 'Valinnoilla ei löytynyt ehdotuksia.',
    received: 'Saapui',
    updated: 'Tila päivitetty',
    response: 'Vastauksemme',
    reason: 'Perustelu',
    from: 'Lähde',
  },
  sv: {
    title: 'Vad vi gjorde utifrån er respons',
    intro:
      'Klienternas respons, enkäter, gruppintervjuer och klientrådet ger oss utvecklingsförslag. Här berättar vi vad som har gjorts med förslagen. Sidan innehåller inga personuppgifter.',
    filters: 'Avgränsa förslagen',
    theme: 'Tema',
    status: 'Status',
    all: 'Alla',
    apply: 'Visa',
    count: (n: number) => (n === 1 ? '1 förslag' : `${n} förslag`),
    none: 'Inga förslag med dessa val.',
    received: 'Inkom',
    updated: 'Status uppdaterad',
    response: 'Vårt svar',
    reason: 'Motivering',
    from: 'Källa',
  },
  en: {
    title: 'What we did based on your feedback',
    intro:
      'Client feedback, surveys, group interviews and the client council bring us proposals for improvement. This page tells what has been done with them. It contains no personal data.',
    filters: 'Filter proposals',
    theme: 'Theme',
    status: 'Status',
    all: 'All',
    apply: 'Show',
    count: (n: number) => (n === 1 ? '1 proposal' : `${n} proposals`),
    none: 'No proposals match these choices.',
    received: 'Received',
    updated: 'Status updated',
    response: 'Our response',
    reason: 'Reason',
    from: 'Source',
  },
  selko: {
    title: 'Mitä teimme palautteen perusteella',
    intro:
      'Asiakkaat antavat meille palautetta ja ideoita. Tällä sivulla kerromme, mitä teimme ideoille. Sivulla ei ole nimiä.',
  },
});

export const proposalErrors = {
  reasonRequired: {
    fi: 'Kirjoita perustelu, miksi ehdotusta ei toteuteta.',
    sv: 'Skriv en motivering till varför förslaget inte genomförs.',
    en: 'Write a reason why the proposal is not taken forward.',
  },
  responseRequired: {
    fi: 'Kirjoita julkinen vastaus ennen kuin merkitset ehdotuksen toteutetuksi.',
    sv: 'Skriv ett offentligt svar innan du markerar förslaget som genomfört.',
    en: 'Write a public response before marking the proposal done.',
  },
  badTransition: {
    fi: 'Tilaa ei voi muuttaa tähän.',
    sv: 'Statusen kan inte ändras till detta.',
    en: 'The status cannot be changed to this.',
  },
  unitNotAllowed: { fi: 'Valitse oma yksikkösi.', sv: 'Välj din egen enhet.', en: 'Choose your own unit.' },
  notModerated: {
    fi: 'Tarkista (moderoi) vapaa teksti ennen kuin teet siitä ehdotuksen.',
    sv: 'Granska den fria texten innan du gör ett förslag av den.',
    en: 'Moderate the free text before turning it into a proposal.',
  },
  alreadyProposal: {
    fi: 'Tästä vastauksesta on jo tehty ehdotus.',
    sv: 'Ett förslag har redan gjorts av detta svar.',
    en: 'A proposal has already been made from this answer.',
  },
};
