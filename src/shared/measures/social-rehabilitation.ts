// The start and end interview of social rehabilitation (the same questions on a 1–5 scale so change
// can be compared) and the service menu of the individual coaching. Served with a client's periods
// and used by the contracts to accept only known keys, so they live in src/shared.
import type { Localized } from '../i18n.js';

export const INTERVIEW_QUESTIONS: readonly { key: string; text: Localized }[] = [
  {
    key: 'daily-routine',
    text: {
      fi: 'Arkeni ja päivärytmini sujuvat.',
      sv: 'Min vardag och dygnsrytm fungerar.',
      en: 'My everyday life and daily rhythm work.',
    },
  },
  {
    key: 'housing',
    text: { fi: 'Asumiseni on turvattu.', sv: 'Mitt boende är tryggat.', en: 'My housing is secure.' },
  },
  {
    key: 'finances',
    text: {
      fi: 'Pärjään raha-asioideni kanssa.',
      sv: 'Jag klarar mina penningärenden.',
      en: 'I manage my money matters.',
    },
  },
  { key: 'health', text: { fi: 'Voin hyvin.', sv: 'Jag mår bra.', en: 'I feel well.' } },
  {
    key: 'relationships',
    text: {
      fi: 'Minulla on ihmisiä, joiden kanssa olla.',
      sv: 'Jag har människor att umgås med.',
      en: 'I have people to spend time with.',
    },
  },
  {
    key: 'self-confidence',
    text: { fi: 'Luotan omiin kykyihini.', sv: 'Jag litar på min egen förmåga.', en: 'I trust my own abilities.' },
  },
  {
    key: 'services',
    text: {
      fi: 'Osaan käyttää tarvitsemiani palveluja.',
      sv: 'Jag kan använda de tjänster jag behöver.',
      en: 'I can use the services I need.',
    },
  },
  {
    key: 'future',
    text: {
      fi: 'Minulla on suunnitelma tulevaisuutta varten.',
      sv: 'Jag har en plan för framtiden.',
      en: 'I have a plan for the future.',
    },
  },
];

/** The service menu (palveluvalikko) of the individual coaching. */
export const SERVICE_MENU: readonly { key: string; text: Localized }[] = [
  {
    key: 'daily-skills',
    text: { fi: 'Arjen taitojen harjoittelu', sv: 'Träning av vardagsfärdigheter', en: 'Practising everyday skills' },
  },
  { key: 'finances', text: { fi: 'Raha-asioiden hoito', sv: 'Sköta penningärenden', en: 'Managing money' } },
  {
    key: 'services',
    text: {
      fi: 'Palveluihin ohjaus ja saattaminen',
      sv: 'Vägledning och följe till tjänster',
      en: 'Guidance and accompanying to services',
    },
  },
  { key: 'peer-group', text: { fi: 'Vertaisryhmä', sv: 'Kamratgrupp', en: 'Peer group' } },
  { key: 'hobbies', text: { fi: 'Harrastukset ja liikunta', sv: 'Hobbyer och motion', en: 'Hobbies and exercise' } },
  {
    key: 'work-education',
    text: {
      fi: 'Työ- ja opiskeluvalmiudet',
      sv: 'Färdigheter för arbete och studier',
      en: 'Readiness for work and study',
    },
  },
];

export const INTERVIEW_KEYS = INTERVIEW_QUESTIONS.map((q) => q.key);
export const SERVICE_MENU_KEYS = SERVICE_MENU.map((s) => s.key);
