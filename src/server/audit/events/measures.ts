// Use-log events of the measures capability beyond its actions (each action is an event of its own).
// The names are those the capability has written since issue 4, except the work activity steps, whose
// kind is now in lowerCamelCase like every other segment.
import { defineEvents } from './define.js';

export const measuresEvents = defineEvents({
  // ---- rehabilitative work activity ----
  'workActivity.path.create': {
    action: 'workActivity.write',
    label: {
      fi: 'Työtoiminnan polun aloitus',
      sv: 'Start av arbetsverksamhetens stig',
      en: 'Work activity path started',
    },
  },
  'workActivity.step.situationAssessment': {
    action: 'workActivity.write',
    label: { fi: 'Tilannearvio', sv: 'Situationsbedömning', en: 'Situation assessment' },
  },
  'workActivity.step.activationPlan': {
    action: 'workActivity.write',
    label: { fi: 'Aktivointisuunnitelma', sv: 'Aktiveringsplan', en: 'Activation plan' },
  },
  'workActivity.step.evaluationVisit': {
    action: 'workActivity.write',
    label: { fi: 'Arviointikäynti', sv: 'Utvärderingsbesök', en: 'Evaluation visit' },
  },
  'workActivity.step.interimEvaluation': {
    action: 'workActivity.write',
    label: { fi: 'Väliarviointi', sv: 'Mellanutvärdering', en: 'Interim evaluation' },
  },
  'workActivity.step.end': {
    action: 'workActivity.write',
    label: { fi: 'Työtoiminnan päättäminen', sv: 'Avslutning av arbetsverksamhet', en: 'Work activity ended' },
  },
  'workActivity.agreement.create': {
    action: 'workActivity.write',
    label: { fi: 'Työtoimintasopimus', sv: 'Avtal om arbetsverksamhet', en: 'Work activity agreement' },
  },
  'workActivity.attendance.read': {
    action: 'workActivity.read',
    label: { fi: 'Läsnäolojen katselu', sv: 'Visning av närvaro', en: 'Viewing attendance' },
  },
  'workActivity.attendance.write': {
    action: 'workActivity.write',
    label: { fi: 'Läsnäolon kirjaus', sv: 'Registrering av närvaro', en: 'Recording attendance' },
  },
  'workActivity.attendance.teInformed': {
    action: 'workActivity.write',
    label: {
      fi: 'Poissaolosta ilmoitettu TE-palveluille',
      sv: 'Frånvaron anmäld till TE-tjänsterna',
      en: 'Absence reported to employment services',
    },
  },
  'workActivity.providerPortal.read': {
    action: 'workActivity.providerPortal.use',
    label: {
      fi: 'Järjestäjä katseli osallistujien sopimuksia',
      sv: 'Anordnaren visade deltagarnas avtal',
      en: "Provider viewed participants' agreements",
    },
  },
  'workActivity.providerPortal.attendance.read': {
    action: 'workActivity.providerAttendance.read',
    label: {
      fi: 'Järjestäjä katseli läsnäoloja',
      sv: 'Anordnaren visade närvaron',
      en: 'Provider viewed attendance',
    },
  },
  'workActivity.providerPortal.attendance.write': {
    action: 'workActivity.providerAttendance.write',
    label: {
      fi: 'Järjestäjä kirjasi läsnäolon',
      sv: 'Anordnaren registrerade närvaro',
      en: 'Provider recorded attendance',
    },
  },
  'workActivity.allowance.export': {
    action: 'workActivity.allowance.read',
    label: {
      fi: 'Kulukorvauslistan lataus',
      sv: 'Nedladdning av ersättningslistan',
      en: 'Expense allowance list downloaded',
    },
  },
  'workActivity.settings.update': {
    action: 'workActivity.settings.manage',
    label: {
      fi: 'Kulukorvauksen määrän muutos',
      sv: 'Ändring av kostnadsersättningens belopp',
      en: 'Expense allowance rate changed',
    },
  },

  // ---- benefit decisions ----
  'benefitDecision.application.create': {
    action: 'benefitDecision.write',
    label: { fi: 'Hakemuksen kirjaus', sv: 'Registrering av ansökan', en: 'Application registered' },
  },
  'benefitDecision.application.update': {
    action: 'benefitDecision.write',
    label: { fi: 'Hakemuksen tietojen muutos', sv: 'Ändring av ansökan', en: 'Application updated' },
  },
  'benefitDecision.decide': {
    action: 'benefitDecision.write',
    label: { fi: 'Toimeentulotukipäätös', sv: 'Beslut om utkomststöd', en: 'Income-support decision' },
  },

  // ---- group-based social work ----
  'group.member.invite': {
    action: 'group.invitation.create',
    label: { fi: 'Kutsu ryhmään', sv: 'Inbjudan till grupp', en: 'Invited to a group' },
  },
  'group.member.update': {
    action: 'group.update',
    label: { fi: 'Ryhmän jäsenyyden muutos', sv: 'Ändring av gruppmedlemskap', en: 'Group membership changed' },
  },
  'group.member.consent': {
    action: 'group.update',
    label: {
      fi: 'Suostumus ryhmämuistiinpanoihin',
      sv: 'Samtycke till gruppanteckningar',
      en: 'Consent to group notes',
    },
  },
  'group.attendance.write': {
    action: 'group.update',
    label: { fi: 'Ryhmän läsnäolot', sv: 'Närvaro i gruppen', en: 'Group attendance' },
  },
  'group.session.update': {
    action: 'group.update',
    label: { fi: 'Ryhmätapaamisen kirjaus', sv: 'Anteckning om gruppträff', en: 'Group session recorded' },
  },
  'group.close': {
    action: 'group.update',
    label: { fi: 'Ryhmän päättäminen', sv: 'Avslutning av grupp', en: 'Group closed' },
  },

  // ---- social rehabilitation ----
  'socialRehab.period.create': {
    action: 'socialRehab.write',
    label: { fi: 'Kuntoutusjakson aloitus', sv: 'Start av rehabiliteringsperiod', en: 'Period started' },
  },
  'socialRehab.period.end': {
    action: 'socialRehab.write',
    label: { fi: 'Kuntoutusjakson päättäminen', sv: 'Avslutning av rehabiliteringsperiod', en: 'Period ended' },
  },
  'socialRehab.contact.create': {
    action: 'socialRehab.write',
    label: { fi: 'Tapaamisen kirjaus', sv: 'Registrering av kontakt', en: 'Contact recorded' },
  },
  'socialRehab.interview.start': {
    action: 'socialRehab.write',
    label: { fi: 'Alkuhaastattelu', sv: 'Inledande intervju', en: 'Start interview' },
  },
  'socialRehab.interview.end': {
    action: 'socialRehab.write',
    label: { fi: 'Loppuhaastattelu', sv: 'Avslutande intervju', en: 'End interview' },
  },

  // ---- service processes ----
  'clientProcess.create': {
    action: 'clientProcess.write',
    label: { fi: 'Palveluprosessin aloitus', sv: 'Start av serviceprocess', en: 'Service process started' },
  },
  'clientProcess.contact': {
    action: 'clientProcess.write',
    label: { fi: 'Yhteydenoton kirjaus', sv: 'Registrering av kontakt', en: 'Contact recorded' },
  },
  'clientProcess.step': {
    action: 'clientProcess.write',
    label: { fi: 'Prosessin vaihe tehty', sv: 'Processteg utfört', en: 'Process step done' },
  },
  'clientProcess.end': {
    action: 'clientProcess.write',
    label: { fi: 'Palveluprosessin päättäminen', sv: 'Avslutning av serviceprocess', en: 'Service process ended' },
  },
  'clientProcess.followUp': {
    action: 'clientProcess.write',
    label: { fi: 'Jälkiyhteydenotto', sv: 'Uppföljande kontakt', en: 'Follow-up contact' },
  },
});
