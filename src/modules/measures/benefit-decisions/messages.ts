// Texts of the benefit decision rules.
import type { Localized } from '../../../shared/i18n.js';

export const benefitErrors = {
  completeBeforeReceived: {
    fi: 'Hakemus ei voi olla täydennetty ennen saapumistaan.',
    sv: 'Ansökan kan inte vara kompletterad före ankomsten.',
    en: 'An application cannot be complete before it was received.',
  },
  alreadyDecided: {
    fi: 'Hakemuksesta on jo tehty päätös.',
    sv: 'Ansökan har redan avgjorts.',
    en: 'The application has already been decided.',
  },
  completeDateMissing: {
    fi: 'Anna päivä, jolloin hakemus oli täydellinen.',
    sv: 'Ange dagen då ansökan var fullständig.',
    en: 'Enter the date the application was complete.',
  },
  decisionBeforeComplete: {
    fi: 'Päätöspäivä ei voi olla ennen kuin hakemus on täydellinen.',
    sv: 'Beslutsdatum kan inte vara före fullständig ansökan.',
    en: 'The decision date cannot be before the application was complete.',
  },
} satisfies Record<string, Localized>;

/** Professional groups in the manager's CSV. */
export const GROUP_LABELS_FI = {
  'social-worker': 'Sosiaalityöntekijät',
  'social-counsellor': 'Sosiaaliohjaajat',
  'benefit-handler': 'Etuuskäsittelijät',
} as const;
