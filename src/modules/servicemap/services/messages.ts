// Texts of the service map's API errors (fi/sv/en).
import type { Localized } from '../../../shared/i18n.js';

export const serviceErrors = {
  unknownOption: { fi: 'Tuntematon valinta.', sv: 'Okänt val.', en: 'Unknown option.' },
  invalidValue: { fi: 'Virheellinen arvo.', sv: 'Ogiltigt värde.', en: 'Invalid value.' },
  required: { fi: 'Pakollinen tieto puuttuu.', sv: 'Obligatorisk uppgift saknas.', en: 'Required.' },
  /** The user holds the updater's role in no unit of an organisation (cannot happen through the web app). */
  noOrganisation: {
    fi: 'Käyttäjällä ei ole organisaatiota, johon palvelu tallennettaisiin.',
    sv: 'Användaren har ingen organisation att spara tjänsten i.',
    en: 'You have no organisation to save the service in.',
  },
} satisfies Record<string, Localized>;
