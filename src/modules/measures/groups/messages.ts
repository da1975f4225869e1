// Texts of the group rules.
import type { Localized } from '../../../shared/i18n.js';

export const groupErrors = {
  closed: {
    fi: 'Ryhmä on päättynyt, sen tietoja ei voi enää muuttaa.',
    sv: 'Gruppen har avslutats, dess uppgifter kan inte längre ändras.',
    en: 'The group has ended; its records can no longer be changed.',
  },
  closedForInvitations: { fi: 'Ryhmä on päättynyt.', sv: 'Gruppen har avslutats.', en: 'The group has ended.' },
  leadersOfUnit: {
    fi: 'Ohjaajiksi voi valita yksikön työntekijöitä ja kokemusasiantuntijoita.',
    sv: 'Som ledare kan väljas enhetens anställda och erfarenhetsexperter.',
    en: 'Leaders must be staff or experts by experience of the unit.',
  },
  staffLeader: {
    fi: 'Ryhmällä on oltava vähintään yksi työntekijä ohjaajana.',
    sv: 'Gruppen måste ha minst en anställd som ledare.',
    en: 'A group needs at least one staff leader.',
  },
  groupOfClientsUnit: {
    fi: 'Valitse asiakkaan yksikön ryhmä.',
    sv: 'Välj en grupp i klientens enhet.',
    en: 'Choose a group of the client’s unit.',
  },
  alreadyInvited: {
    fi: 'Asiakas on jo kutsuttu ryhmään.',
    sv: 'Klienten är redan inbjuden.',
    en: 'The client has already been invited.',
  },
  notMember: { fi: 'Ei ryhmän jäsen.', sv: 'Inte medlem i gruppen.', en: 'Not a member of the group.' },
  confidentiality: {
    fi: 'Jäsenen on hyväksyttävä ryhmän luottamuksellisuussääntö ensimmäisellä kerralla.',
    sv: 'Medlemmen ska godkänna gruppens sekretessregel första gången.',
    en: 'The member must accept the group’s confidentiality rule the first time.',
  },
  closingSessionFirst: {
    fi: 'Pidä ensin päätöstapaaminen päättäjien kanssa ja kirjaa sen läsnäolot.',
    sv: 'Håll först det avslutande mötet med beslutsfattare och registrera närvaron.',
    en: 'Hold the closing session with decision makers and record its attendance first.',
  },
  closingGuests: {
    fi: 'Kirjaa päätöstapaamiseen osallistuneet päättäjät.',
    sv: 'Ange beslutsfattarna som deltog i det avslutande mötet.',
    en: 'Record the decision makers who attended the closing session.',
  },
} satisfies Record<string, Localized>;
