// Use-log events of the client-work capability beyond its actions (each action is an event of its own).
import { defineEvents } from './define.js';

export const clientWorkEvents = defineEvents({
  // Part A: record, contacts, assessment, named worker, network, SHL 41 § requests, concerns.
  /** Possible duplicates were shown (id, name and unit only) when a new client was being added. */
  'client.create.duplicateCheck': {
    action: 'client.create',
    label: {
      fi: 'Kaksoiskappaleiden tarkistus',
      sv: 'Kontroll av dubbletter',
      en: 'Duplicate check',
    },
  },
  'client.end': {
    action: 'client.update',
    label: { fi: 'Asiakkuuden päättäminen', sv: 'Avslutande av klientrelation', en: 'Client relationship ended' },
  },
  'contact.create': {
    action: 'contact.write',
    label: { fi: 'Yhteydenoton kirjaus', sv: 'Registrering av kontakt', en: 'Contact recorded' },
  },
  'namedWorker.assign': {
    action: 'namedWorker.write',
    label: {
      fi: 'Omatyöntekijän nimeäminen tai muutos',
      sv: 'Utnämning eller byte av egen kontaktperson',
      en: 'Named worker assigned or changed',
    },
  },
  'namedWorker.informed': {
    action: 'namedWorker.write',
    label: {
      fi: 'Omatyöntekijästä kerrottu asiakkaalle',
      sv: 'Klienten informerad om egen kontaktperson',
      en: 'Client told of the named worker',
    },
  },
  'assessment.create': {
    action: 'assessment.write',
    label: {
      fi: 'Palvelutarpeen arvioinnin aloitus',
      sv: 'Inledning av bedömning av servicebehov',
      en: 'Needs assessment started',
    },
  },
  'assessment.update': {
    action: 'assessment.write',
    label: {
      fi: 'Palvelutarpeen arvioinnin luonnoksen tallennus',
      sv: 'Utkast till bedömning av servicebehov sparat',
      en: 'Needs assessment draft saved',
    },
  },
  'assessmentSections.update': {
    action: 'assessmentSections.manage',
    label: {
      fi: 'Arviointilomakkeen osioiden muutos',
      sv: 'Ändring av bedömningsblankettens avsnitt',
      en: 'Assessment form sections changed',
    },
  },
  'network.consent.create': {
    action: 'network.write',
    label: {
      fi: 'Läheisverkoston kartoituksen peruste',
      sv: 'Grund för kartläggning av nära nätverk',
      en: 'Basis for mapping the close network',
    },
  },
  'network.consent.withdraw': {
    action: 'network.write',
    label: { fi: 'Suostumuksen peruutus', sv: 'Återkallat samtycke', en: 'Consent withdrawn' },
  },
  'network.person.create': {
    action: 'network.write',
    label: { fi: 'Läheisen lisäys', sv: 'Närstående tillagd', en: 'Close person added' },
  },
  'network.person.update': {
    action: 'network.write',
    label: { fi: 'Läheisen tietojen muutos', sv: 'Ändring av närståendes uppgifter', en: 'Close person changed' },
  },
  'authorityRequest.create': {
    action: 'authorityRequest.write',
    label: { fi: 'Viranomaispyynnön lähetys', sv: 'Begäran till myndighet skickad', en: 'Authority request sent' },
  },
  'authorityRequest.update': {
    action: 'authorityRequest.write',
    label: {
      fi: 'Viranomaispyynnön vastaus tai muutos',
      sv: 'Svar på eller ändring av begäran till myndighet',
      en: 'Authority request answered or changed',
    },
  },
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
