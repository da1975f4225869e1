// Texts of the moderation API (fi/sv/en).
import type { Localized } from '../../../shared/i18n.js';

export const suggestionErrors = {
  alreadyHandled: {
    fi: 'Ehdotus on jo käsitelty.',
    sv: 'Förslaget har redan behandlats.',
    en: 'The suggestion has already been handled.',
  },
  versionMissing: { fi: 'Versio puuttuu.', sv: 'Version saknas.', en: 'Version is missing.' },
} satisfies Record<string, Localized>;
