// Texts of the theme-map API (fi/sv/en).
import type { Localized } from '../../../shared/i18n.js';

export const themeMapErrors = {
  slugTaken: { fi: 'Osoite on jo käytössä.', sv: 'Adressen används redan.', en: 'The address is already in use.' },
} satisfies Record<string, Localized>;
