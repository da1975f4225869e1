import type { Localized } from '../../../shared/i18n.js';

/** Error texts of the group-interview API. */
export const groupInterviewErrors = {
  owner: {
    fi: 'Vastuuhenkilön on oltava saman yksikön työntekijä.',
    sv: 'Den ansvariga måste vara anställd i samma enhet.',
    en: 'The owner must be a member of staff in the same unit.',
  },
  ownUnit: { fi: 'Valitse oma yksikkösi.', sv: 'Välj din egen enhet.', en: 'Choose your own unit.' },
  futureDate: {
    fi: 'Haastattelun päivä ei voi olla tulevaisuudessa.',
    sv: 'Intervjudagen kan inte vara i framtiden.',
    en: 'The day of the interview cannot be in the future.',
  },
} satisfies Record<string, Localized>;
