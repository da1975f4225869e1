// Texts of the administration's errors.
import type { Localized } from '../../shared/i18n.js';

export const adminErrors = {
  usernameTaken: {
    fi: 'Käyttäjätunnus on jo käytössä.',
    sv: 'Användarnamnet används redan.',
    en: 'The username is already taken.',
  },
  nameTaken: {
    fi: 'Samanniminen on jo olemassa.',
    sv: 'Det finns redan en med samma namn.',
    en: 'One with the same name exists already.',
  },
  organisationNotFound: {
    fi: 'Organisaatiota ei löytynyt.',
    sv: 'Organisationen hittades inte.',
    en: 'Organisation not found.',
  },
  unitNotFound: { fi: 'Yksikköä ei löytynyt.', sv: 'Enheten hittades inte.', en: 'Unit not found.' },
  ownAdminRights: {
    fi: 'Et voi poistaa omia ylläpito-oikeuksiasi.',
    sv: 'Du kan inte ta bort dina egna administratörsrättigheter.',
    en: 'You cannot remove your own administrator rights.',
  },
  ownRoles: {
    fi: 'Et voi myöntää rooleja itsellesi: pyydä toista ylläpitäjää.',
    sv: 'Du kan inte ge dig själv roller: be en annan administratör.',
    en: 'You cannot grant roles to yourself: ask another administrator.',
  },
} satisfies Record<string, Localized>;

/** Why administration touches data (käyttötarkoitus). */
export const PURPOSE = 'ylläpito';

export const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505';
