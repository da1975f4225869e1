import { defineMessages } from '../../../shared/i18n.js';
export {
  PROPOSAL_THEMES,
  THEME_LABELS,
  STATUS_LABELS,
  SOURCE_LABELS,
  type ProposalTheme,
} from '../../../shared/participation/proposals.js';

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
  futureDate: {
    fi: 'Päivämäärä ei voi olla tulevaisuudessa.',
    sv: 'Datumet kan inte vara i framtiden.',
    en: 'The date cannot be in the future.',
  },
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
