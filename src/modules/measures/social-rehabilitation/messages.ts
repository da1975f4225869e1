// Texts of the social rehabilitation rules.
import type { Localized } from '../../../shared/i18n.js';

export const socialRehabErrors = {
  endAfterStart: {
    fi: 'Jakson on päätyttävä alun jälkeen.',
    sv: 'Perioden ska sluta efter början.',
    en: 'The period must end after it starts.',
  },
  openPeriodExists: {
    fi: 'Asiakkaalla on jo avoin jakso.',
    sv: 'Klienten har redan en öppen period.',
    en: 'The client already has an open period.',
  },
  dateOutsidePeriod: {
    fi: 'Päivä ei ole jakson aikana.',
    sv: 'Dagen ligger utanför perioden.',
    en: 'The date is outside the period.',
  },
  answerEvery: { fi: 'Vastaa kaikkiin kysymyksiin.', sv: 'Besvara alla frågor.', en: 'Answer every question.' },
  unknownQuestion: { fi: 'Tuntematon kysymys.', sv: 'Okänd fråga.', en: 'Unknown question.' },
  startInterviewFirst: {
    fi: 'Tee ensin alkuhaastattelu.',
    sv: 'Gör först inledande intervju.',
    en: 'Do the start interview first.',
  },
} satisfies Record<string, Localized>;
