// Foundation: health, API documentation, login, the user's own account, administration and the use log.
import { ALL_STAFF, defineActions } from '../rules.js';

export const foundationActions = defineActions({
  'health.read': {
    scope: 'public',
    label: { fi: 'Palvelun tila', sv: 'Tjänstens status', en: 'Service health' },
  },
  'docs.read': {
    scope: 'public',
    label: { fi: 'Rajapinnan kuvaus', sv: 'Gränssnittets beskrivning', en: 'API documentation' },
  },
  'publicAsset.read': {
    scope: 'public',
    label: { fi: 'Tyylit, fontit ja skriptit', sv: 'Stilar, typsnitt och skript', en: 'Styles, fonts and scripts' },
  },
  'publicPage.read': {
    scope: 'public',
    label: { fi: 'Julkinen sivu', sv: 'Offentlig sida', en: 'Public page' },
  },
  'auth.login': {
    scope: 'public',
    label: { fi: 'Kirjautuminen', sv: 'Inloggning', en: 'Login' },
  },
  /** Needs the session's CSRF token like any other change made through a session. */
  'auth.logout': {
    scope: 'authenticated',
    label: { fi: 'Uloskirjautuminen', sv: 'Utloggning', en: 'Logout' },
  },
  /** Setting one's own password with the one-time code of a letter (password reset, portal access). */
  'account.activate': {
    scope: 'public',
    label: { fi: 'Salasanan asettaminen koodilla', sv: 'Lösenord valt med kod', en: 'Password set with a code' },
  },
  'csrfToken.read': {
    scope: 'public',
    label: { fi: 'Lomakkeen suojatunniste', sv: 'Formulärets skyddskod', en: 'Form protection token' },
  },
  'me.read': {
    scope: 'authenticated',
    label: { fi: 'Omat tiedot', sv: 'Egna uppgifter', en: 'Own details' },
  },
  'account.update': {
    scope: 'authenticated',
    label: { fi: 'Oman tilin muutos', sv: 'Ändring av eget konto', en: 'Own account change' },
  },
  /** The second factor is for staff; client accounts will sign in strongly through OpenID Connect. */
  'account.totp.manage': {
    scope: 'anyUnit',
    roles: ALL_STAFF,
    label: { fi: 'Kaksivaiheinen tunnistautuminen', sv: 'Tvåstegsverifiering', en: 'Two-step verification' },
  },
  'organisation.manage': {
    scope: 'anyUnit',
    roles: ['yllapitaja'],
    label: { fi: 'Organisaatioiden ylläpito', sv: 'Underhåll av organisationer', en: 'Managing organisations' },
  },
  'unit.manage': {
    scope: 'anyUnit',
    roles: ['yllapitaja'],
    label: { fi: 'Yksiköiden ylläpito', sv: 'Underhåll av enheter', en: 'Managing units' },
  },
  'user.manage': {
    scope: 'anyUnit',
    roles: ['yllapitaja'],
    label: { fi: 'Käyttäjien ylläpito', sv: 'Underhåll av användare', en: 'Managing users' },
  },
  'auditLog.read': {
    scope: 'anyUnit',
    roles: ['yllapitaja'],
    label: { fi: 'Lokitietojen katselu', sv: 'Visning av loggdata', en: 'Viewing the use log' },
  },
});
