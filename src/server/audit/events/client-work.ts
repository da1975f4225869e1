// Use-log events of the client-work capability beyond its actions (each action is an event of its own).
import { defineEvents } from './define.js';

export const clientWorkEvents = defineEvents({
  // Part B: the client plan, meetings and the client portal.
  'plan.create': {
    action: 'plan.update',
    label: { fi: 'Asiakassuunnitelman aloitus', sv: 'Klientplanen påbörjad', en: 'Client plan started' },
  },
  'plan.review': {
    action: 'plan.update',
    label: {
      fi: 'Asiakassuunnitelman tarkistus (uusi versio)',
      sv: 'Översyn av klientplanen (ny version)',
      en: 'Client plan review (new version)',
    },
  },
  'plan.accept': {
    action: 'plan.update',
    label: { fi: 'Asiakassuunnitelman hyväksyntä', sv: 'Godkännande av klientplanen', en: 'Client plan accepted' },
  },
  'plan.consent.withdraw': {
    action: 'plan.update',
    label: {
      fi: 'Tietojenvaihtoluvan peruutus',
      sv: 'Återkallat samtycke till informationsutbyte',
      en: 'Consent to information exchange withdrawn',
    },
  },
  'plan.print': {
    action: 'plan.read',
    label: {
      fi: 'Asiakassuunnitelman tulostus asiakkaalle',
      sv: 'Utskrift av klientplanen för klienten',
      en: 'Client plan printed for the client',
    },
  },
  'meeting.create': {
    action: 'meeting.write',
    label: { fi: 'Tapaamisen kirjaus', sv: 'Möte registrerat', en: 'Meeting recorded' },
  },
  'meeting.update': {
    action: 'meeting.write',
    label: { fi: 'Tapaamisen muutos', sv: 'Möte ändrat', en: 'Meeting changed' },
  },
  'portal.plan.read': {
    action: 'portal.read',
    label: { fi: 'Asiakas katsoi suunnitelmaansa', sv: 'Klienten såg sin plan', en: 'Client viewed their plan' },
  },
  'portal.plan.print': {
    action: 'portal.read',
    label: {
      fi: 'Asiakas latasi suunnitelmansa',
      sv: 'Klienten laddade ner sin plan',
      en: 'Client downloaded their plan',
    },
  },
  'portal.meetings.read': {
    action: 'portal.read',
    label: { fi: 'Asiakas katsoi tapaamisiaan', sv: 'Klienten såg sina möten', en: 'Client viewed their meetings' },
  },
  'portal.worker.read': {
    action: 'portal.read',
    label: {
      fi: 'Asiakas katsoi omatyöntekijänsä tiedot',
      sv: 'Klienten såg sin kontaktpersons uppgifter',
      en: "Client viewed their named worker's details",
    },
  },
  'portal.accessLog.read': {
    action: 'portal.read',
    label: {
      fi: 'Asiakas katsoi, kuka on käsitellyt hänen tietojaan',
      sv: 'Klienten såg vem som har behandlat hens uppgifter',
      en: 'Client viewed who has processed their data',
    },
  },
  'portal.goal.update': {
    action: 'portal.write',
    label: {
      fi: 'Asiakas arvioi tavoitettaan',
      sv: 'Klienten bedömde sitt mål',
      en: 'Client marked their goal',
    },
  },
  'portal.preparation.update': {
    action: 'portal.write',
    label: {
      fi: 'Asiakas kirjoitti ajatuksiaan tapaamiseen',
      sv: 'Klienten skrev sina tankar inför mötet',
      en: 'Client wrote their thoughts for the meeting',
    },
  },
});
