// Texts of the task rules, in every language.
import type { Localized } from '../../../shared/i18n.js';

export const taskErrors = {
  alreadyDone: {
    fi: 'Tehtävä on jo merkitty tehdyksi.',
    sv: 'Uppgiften är redan markerad som utförd.',
    en: 'The task has already been marked done.',
  },
} satisfies Record<string, Localized>;
