// Texts of the work activity rules (a user's mistake gets its message next to the field).
import type { Localized } from '../../../shared/i18n.js';

export const workActivityErrors = {
  counsellorOfUnit: {
    fi: 'Valitse yksikön sosiaaliohjaaja tai sosiaalityöntekijä.',
    sv: 'Välj en socionom eller socialarbetare i enheten.',
    en: 'Choose a counsellor or social worker of the unit.',
  },
  pathEnded: {
    fi: 'Polku on jo päättynyt. Aloita tarvittaessa uusi polku.',
    sv: 'Stigen har redan avslutats. Börja vid behov en ny stig.',
    en: 'The path has already ended. Start a new path if needed.',
  },
  agreementFirst: {
    fi: 'Tee ensin toimintasuunnitelma ja sopimus.',
    sv: 'Gör först verksamhetsplan och avtal.',
    en: 'Make the activity plan and agreement first.',
  },
  activationPlanExists: {
    fi: 'Aktivointisuunnitelma on jo tehty.',
    sv: 'Aktiveringsplanen är redan gjord.',
    en: 'The activation plan exists already.',
  },
  activationPlanFirst: {
    fi: 'Tee ensin aktivointisuunnitelma.',
    sv: 'Gör först aktiveringsplanen.',
    en: 'Make the activation plan first.',
  },
  endBeforeStart: {
    fi: 'Päättymispäivä ei voi olla ennen alkamispäivää.',
    sv: 'Slutdatum kan inte vara före startdatum.',
    en: 'The end date cannot be before the start date.',
  },
  interimOutsidePeriod: {
    fi: 'Väliarvioinnin on oltava sopimuskauden aikana.',
    sv: 'Mellanutvärderingen ska ligga inom avtalsperioden.',
    en: 'The interim evaluation must be within the agreement period.',
  },
  activeProvider: {
    fi: 'Valitse aktiivinen järjestäjä rekisteristä.',
    sv: 'Välj en aktiv anordnare i registret.',
    en: 'Choose an active provider from the register.',
  },
  agreementEnded: { fi: 'Sopimus on päättynyt.', sv: 'Avtalet har upphört.', en: 'The agreement has ended.' },
  dayOutsideAgreement: {
    fi: 'Päivä ei ole sopimuksen voimassaoloaikana.',
    sv: 'Dagen ligger utanför avtalets giltighetstid.',
    en: 'The day is outside the agreement period.',
  },
  hoursMissing: { fi: 'Anna läsnäolotunnit.', sv: 'Ange närvarotimmarna.', en: 'Enter the hours attended.' },
  absenceReasonMissing: {
    fi: 'Valitse poissaolon syy.',
    sv: 'Välj orsak till frånvaron.',
    en: 'Choose the reason for the absence.',
  },
} satisfies Record<string, Localized>;

/** The counsellor's task after an absence (DOMAIN 3.7: the counsellor tells employment services). */
export const ABSENCE_TASK_TITLE =
  'Poissaolo kuntouttavasta työtoiminnasta: tarkista ja ilmoita tarvittaessa TE-palveluille';
