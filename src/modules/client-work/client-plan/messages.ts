// Texts of the plan's rules, in every language.
import type { Localized } from '../../../shared/i18n.js';
import type { PlanElement } from './completeness.js';

export const planErrors = {
  exists: {
    fi: 'Asiakkaalla on jo suunnitelma. Tee uusi versio tarkistuksena.',
    sv: 'Klienten har redan en plan. Gör en ny version som översyn.',
    en: 'The client already has a plan. Make a new version as a review.',
  },
  draftExists: {
    fi: 'Suunnitelmasta on jo keskeneräinen luonnos. Jatka sitä.',
    sv: 'Det finns redan ett utkast av planen. Fortsätt med det.',
    en: 'There is already a draft of this plan. Continue with it.',
  },
  notDraft: {
    fi: 'Vain luonnosta voi muokata. Hyväksytty versio säilyy ennallaan; tee uusi versio.',
    sv: 'Endast ett utkast kan redigeras. Gör en ny version.',
    en: 'Only a draft can be edited. An accepted version stays as it is; make a new version.',
  },
  incomplete: {
    fi: 'Suunnitelmasta puuttuu lakisääteinen kohta.',
    sv: 'En lagstadgad del saknas i planen.',
    en: 'A statutory element of the plan is missing.',
  },
  reviewTooLate: (max: string): Localized => ({
    fi: `Tarkistuspäivä voi olla viimeistään ${max} (suunnitelma tarkistetaan vähintään kerran vuodessa).`,
    sv: `Datumet för översyn kan vara senast ${max} (planen ses över minst en gång om året).`,
    en: `The review date can be ${max} at the latest (the plan is reviewed at least once a year).`,
  }),
  acceptedInFuture: {
    fi: 'Hyväksymispäivä ei voi olla tulevaisuudessa.',
    sv: 'Datumet för godkännandet kan inte vara i framtiden.',
    en: 'The acceptance date cannot be in the future.',
  },
  elementMissing: (m: PlanElement): Localized => ({
    fi: `${m.element}. ${m.label.fi}: puuttuu`,
    sv: `${m.element}. ${m.label.sv}: saknas`,
    en: `${m.element}. ${m.label.en}: missing`,
  }),
  reviewInPast: {
    fi: 'Tarkistuspäivän pitää olla hyväksymispäivän jälkeen.',
    sv: 'Datumet för översyn ska vara efter godkännandet.',
    en: 'The review date must be after the acceptance date.',
  },
  withdrawBeforeGiven: {
    fi: 'Peruutuspäivä ei voi olla ennen luvan antamista.',
    sv: 'Datumet för återkallelse kan inte vara före samtycket.',
    en: 'The withdrawal date cannot be before the consent was given.',
  },
  withdrawnInFuture: {
    fi: 'Peruutuspäivä ei voi olla tulevaisuudessa.',
    sv: 'Datumet för återkallelse kan inte vara i framtiden.',
    en: 'The withdrawal date cannot be in the future.',
  },
  consentNotFound: { fi: 'Suostumusta ei löytynyt.', sv: 'Samtycket hittades inte.', en: 'Consent not found.' },
  clientEnded: {
    fi: 'Asiakkuus on päättynyt.',
    sv: 'Klientrelationen har avslutats.',
    en: 'The client relationship has ended.',
  },
} satisfies Record<string, Localized | ((s: string) => Localized) | ((m: PlanElement) => Localized)>;
