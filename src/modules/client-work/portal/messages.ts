// Texts of the client portal's pages and rules, in every language and plain Finnish.
import { defineMessages, type Localized } from '../../../shared/i18n.js';

export const portalText = defineMessages({
  fi: {
    noPlan: 'Sinulla ei ole vielä hyväksyttyä asiakassuunnitelmaa.',
    logTitle: 'Kuka on katsonut tietojani',
    logIntro: 'Tässä näet, kuka on käsitellyt tietojasi ja milloin. Jokainen katselu kirjataan lokiin.',
    when: 'Päivä',
    who: 'Kuka',
    role: 'Tehtävä',
    unit: 'Toimipaikka',
    what: 'Mitä tietoja',
    times: 'Kertaa',
    empty: 'Kukaan ei ole vielä katsonut tietojasi.',
    back: 'Takaisin omaan asiointiin',
    system: 'Järjestelmä',
  },
  sv: {
    noPlan: 'Du har ännu ingen godkänd klientplan.',
    logTitle: 'Vem har sett mina uppgifter',
    logIntro: 'Här ser du vem som har behandlat dina uppgifter och när. Varje visning loggas.',
    when: 'Dag',
    who: 'Vem',
    role: 'Uppgift',
    unit: 'Verksamhetsställe',
    what: 'Vilka uppgifter',
    times: 'Gånger',
    empty: 'Ingen har ännu sett dina uppgifter.',
    back: 'Tillbaka till egen e-tjänst',
    system: 'Systemet',
  },
  en: {
    noPlan: 'You do not have an accepted client plan yet.',
    logTitle: 'Who has viewed my data',
    logIntro: 'Here you can see who has handled your information and when. Every view is logged.',
    when: 'Date',
    who: 'Who',
    role: 'Role',
    unit: 'Office',
    what: 'What information',
    times: 'Times',
    empty: 'Nobody has viewed your information yet.',
    back: 'Back to My services',
    system: 'The system',
  },
  selko: {
    noPlan: 'Sinulla ei ole vielä suunnitelmaa.',
    logTitle: 'Kuka on katsonut minun tietojani',
    logIntro: 'Tässä näet, kuka on katsonut sinun tietojasi ja milloin.',
    what: 'Mitä hän katsoi',
    empty: 'Kukaan ei ole vielä katsonut sinun tietojasi.',
    back: 'Takaisin etusivulle',
  },
});

export const portalErrors = {
  noDraft: {
    fi: 'Suunnitelmasta ei ole luonnosta, johon voisi kirjoittaa.',
    sv: 'Det finns inget utkast av planen att skriva i.',
    en: 'There is no draft of the plan to write in.',
  },
} satisfies Record<string, Localized>;
