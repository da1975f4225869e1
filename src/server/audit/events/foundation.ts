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
  'user.update': {
    action: 'user.manage',
    label: { fi: 'Käyttäjää muutettu', sv: 'Användare ändrad', en: 'User changed' },
  },
});
