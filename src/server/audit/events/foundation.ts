// Use-log events of the foundation and administration beyond their actions.
import { defineEvents } from './define.js';

export const foundationEvents = defineEvents({
  'organisation.create': {
    action: 'organisation.manage',
    label: { fi: 'Organisaatio lisätty', sv: 'Organisation tillagd', en: 'Organisation added' },
  },
  'organisation.update': {
    action: 'organisation.manage',
    label: { fi: 'Organisaatiota muutettu', sv: 'Organisation ändrad', en: 'Organisation changed' },
  },
  'unit.create': {
    action: 'unit.manage',
    label: { fi: 'Yksikkö lisätty', sv: 'Enhet tillagd', en: 'Unit added' },
  },
  'unit.update': {
    action: 'unit.manage',
    label: { fi: 'Yksikköä muutettu', sv: 'Enhet ändrad', en: 'Unit changed' },
  },
  'user.create': {
    action: 'user.manage',
    label: { fi: 'Käyttäjä lisätty', sv: 'Användare tillagd', en: 'User added' },
  },
  /** One event per role that reaches client data: who was given access to which unit's clients. */
  'user.role.grant': {
    action: 'user.manage',
    label: { fi: 'Rooli myönnetty', sv: 'Roll beviljad', en: 'Role granted' },
  },
  'user.passwordReset': {
    action: 'user.manage',
    label: {
      fi: 'Salasanan vaihtokoodi annettu',
      sv: 'Kod för byte av lösenord utfärdad',
      en: 'Password reset code issued',
    },
  },
  'user.update': {
    action: 'user.manage',
    label: { fi: 'Käyttäjää muutettu', sv: 'Användare ändrad', en: 'User changed' },
  },
});
