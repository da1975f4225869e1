// Texts of the meeting rules, in every language.
import type { Localized } from '../../../shared/i18n.js';

export const meetingErrors = {
  heldInFuture: {
    fi: 'Pidetty tapaaminen ei voi olla tulevaisuudessa. Kirjaa se sovituksi.',
    sv: 'Ett hållet möte kan inte vara i framtiden. Registrera det som bokat.',
    en: 'A held meeting cannot be in the future. Record it as planned.',
  },
} satisfies Record<string, Localized>;
