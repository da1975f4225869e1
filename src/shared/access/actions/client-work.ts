// Client work (Social Welfare Act): the record, contacts, assessment, named worker, network,
// SHL 41 § requests, concerns, the client plan, meetings, My work, the unit overview and the portal.
import { CLIENT_WORKERS, defineActions } from '../rules.js';

export const clientWorkActions = defineActions({
  /** Reading the basic client record; the benefit handler needs it to raise a concern. */
  'client.basic.read': {
    scope: 'client',
    roles: [...CLIENT_WORKERS, 'etuuskasittelija'],
    relations: ['self'],
    label: { fi: 'Asiakkaan perustiedot', sv: 'Klientens grunduppgifter', en: "Client's basic data" },
  },
  // Part A: record, contacts, assessment, named worker, network, SHL 41 § requests, concerns.
  'client.search': {
    scope: 'anyUnit',
    roles: [...CLIENT_WORKERS, 'etuuskasittelija'],
    label: { fi: 'Asiakashaku', sv: 'Klientsökning', en: 'Client search' },
  },
  'client.create': {
    scope: 'anyUnit',
    roles: CLIENT_WORKERS,
    label: { fi: 'Uusi asiakas', sv: 'Ny klient', en: 'New client' },
  },
  'client.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Asiakastiedot', sv: 'Klientuppgifter', en: 'Client record' },
  },
  'client.update': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Asiakastietojen muutos', sv: 'Ändring av klientuppgifter', en: 'Client record change' },
  },
  /** Showing the full henkilötunnus; each reveal is in the use log. */
  'client.identity.reveal': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Henkilötunnuksen näyttäminen', sv: 'Visning av personbeteckning', en: 'Identity code shown' },
  },
  'contact.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Yhteydenotot', sv: 'Kontakter', en: 'Contacts' },
  },
  'contact.write': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Yhteydenoton kirjaus', sv: 'Registrering av kontakt', en: 'Contact recorded' },
  },
  /** A benefit handler raises a concern (huoli) about a client of their unit. */
  'concern.create': {
    scope: 'client',
    roles: ['etuuskasittelija'],
    label: { fi: 'Etuuskäsittelijän huoli', sv: 'Förmånshandläggarens oro', en: "Benefit handler's concern" },
  },
  /** The concerns the benefit handler has raised, in their units. */
  'concern.list': {
    scope: 'anyUnit',
    roles: ['etuuskasittelija'],
    label: { fi: 'Välitetyt huolet', sv: 'Förmedlade orosanmälningar', en: 'Concerns raised' },
  },
  'assessment.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Palvelutarpeen arviointi', sv: 'Bedömning av servicebehov', en: 'Needs assessment' },
  },
  'assessment.write': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: {
      fi: 'Palvelutarpeen arvioinnin kirjaus',
      sv: 'Registrering av bedömning av servicebehov',
      en: 'Needs assessment written',
    },
  },
  /** Professional conclusions are signed by a social worker (SHL 36 §, master's level). */
  'assessment.complete': {
    scope: 'client',
    roles: ['sosiaalityontekija'],
    label: {
      fi: 'Palvelutarpeen arvioinnin hyväksyntä',
      sv: 'Godkännande av bedömning av servicebehov',
      en: 'Needs assessment completed',
    },
  },
  /** Organisation setting: the extra sections of the assessment form. */
  'assessmentSections.manage': {
    scope: 'anyUnit',
    roles: ['yllapitaja'],
    label: {
      fi: 'Arviointilomakkeen osiot',
      sv: 'Bedömningsblankettens avsnitt',
      en: 'Assessment form sections',
    },
  },
  'namedWorker.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Omatyöntekijätiedot', sv: 'Uppgifter om egen kontaktperson', en: 'Named worker details' },
  },
  'namedWorker.write': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Omatyöntekijän kirjaus', sv: 'Registrering av egen kontaktperson', en: 'Named worker recorded' },
  },
  'network.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Läheisverkosto', sv: 'Nära nätverk', en: 'Close network' },
  },
  'network.write': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Läheisverkoston kirjaus', sv: 'Registrering av nära nätverk', en: 'Close network recorded' },
  },
  'authorityRequest.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Viranomaispyynnöt', sv: 'Begäran till myndigheter', en: 'Authority requests' },
  },
  'authorityRequest.write': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: {
      fi: 'Viranomaispyynnön kirjaus',
      sv: 'Registrering av begäran till myndighet',
      en: 'Authority request recorded',
    },
  },
  // Part B: client plan, meetings, My work, tasks, unit overview, client portal.
  /** Plans are for the client's workers: not the benefit handler, expert by experience or administrator. */
  'plan.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Asiakassuunnitelman katselu', sv: 'Visning av klientplanen', en: 'Viewing the client plan' },
  },
  'plan.update': {
    scope: 'client',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja'],
    label: { fi: 'Asiakassuunnitelman laatiminen', sv: 'Utarbetande av klientplanen', en: 'Writing the client plan' },
  },
  'meeting.read': {
    scope: 'client',
    roles: CLIENT_WORKERS,
    label: { fi: 'Tapaamisten katselu', sv: 'Visning av möten', en: 'Viewing meetings' },
  },
  'meeting.write': {
    scope: 'client',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja'],
    label: { fi: 'Tapaamisen kirjaus', sv: 'Registrering av möte', en: 'Recording a meeting' },
  },
  /** My work: the worker's own clients and what is due for them. */
  'myWork.read': {
    scope: 'anyUnit',
    roles: CLIENT_WORKERS,
    label: { fi: 'Oma työ -näkymä', sv: 'Vyn Mitt arbete', en: 'My work view' },
  },
  /** A task is marked done by whoever it is for (the resolver's `assignee`) or by the unit's manager. */
  'task.complete': {
    scope: 'task',
    roles: ['esihenkilo'],
    relations: ['assignee'],
    label: { fi: 'Tehtävän kuittaus tehdyksi', sv: 'Uppgift markerad som utförd', en: 'Marking a task done' },
  },
  /** The manager's unit overview (counts and per-worker breakdown). */
  'unit.overview.read': {
    scope: 'unit',
    roles: ['esihenkilo'],
    label: { fi: 'Yksikön tilannekuva', sv: 'Enhetens lägesbild', en: 'Unit overview' },
  },
  /** The client portal: the client's own plan, meetings, worker and use log. */
  'portal.read': {
    scope: 'anyUnit',
    roles: ['asiakas'],
    label: { fi: 'Oma asiointi: katselu', sv: 'Egen e-tjänst: visning', en: 'Client portal: viewing' },
  },
  'portal.write': {
    scope: 'anyUnit',
    roles: ['asiakas'],
    label: {
      fi: 'Oma asiointi: asiakkaan oma näkemys',
      sv: 'Egen e-tjänst: klientens egen syn',
      en: "Client portal: the client's own view",
    },
  },
  /** Days and months of the deadline rules per organisation and client group. */
  'deadlineRules.manage': {
    scope: 'anyUnit',
    roles: ['yllapitaja'],
    label: { fi: 'Määräaikasääntöjen ylläpito', sv: 'Underhåll av tidsfristerna', en: 'Managing the deadline rules' },
  },
});
