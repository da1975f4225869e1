// Client work (Social Welfare Act): the record, contacts, assessment, named worker, network,
// SHL 41 § requests, concerns, the client plan, meetings, My work, the unit overview and the portal.
import { CLIENT_WORKERS, defineActions } from '../rules.js';

export const clientWorkActions = defineActions({
  /** Reading the basic client record; the benefit handler needs it to raise a concern. */
  'client.basic.read': { scope: 'client', roles: [...CLIENT_WORKERS, 'etuuskasittelija'], relations: ['self'] },
  // Part A: record, contacts, assessment, named worker, network, SHL 41 § requests, concerns.
  'client.search': { scope: 'anyUnit', roles: [...CLIENT_WORKERS, 'etuuskasittelija'] },
  'client.create': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'client.read': { scope: 'client', roles: CLIENT_WORKERS },
  'client.update': { scope: 'client', roles: CLIENT_WORKERS },
  /** Showing the full henkilötunnus; each reveal is in the use log. */
  'client.identity.reveal': { scope: 'client', roles: CLIENT_WORKERS },
  'contact.read': { scope: 'client', roles: CLIENT_WORKERS },
  'contact.write': { scope: 'client', roles: CLIENT_WORKERS },
  /** A benefit handler raises a concern (huoli) about a client of their unit. */
  'concern.create': { scope: 'anyUnit', roles: ['etuuskasittelija'] },
  'concern.read': { scope: 'anyUnit', roles: ['etuuskasittelija'] },
  'assessment.read': { scope: 'client', roles: CLIENT_WORKERS },
  'assessment.write': { scope: 'client', roles: CLIENT_WORKERS },
  /** Professional conclusions are signed by a social worker (SHL 36 §, master's level). */
  'assessment.complete': { scope: 'client', roles: ['sosiaalityontekija'] },
  /** Organisation setting: the extra sections of the assessment form. */
  'assessmentSections.manage': { scope: 'anyUnit', roles: ['yllapitaja'] },
  'namedWorker.write': { scope: 'client', roles: CLIENT_WORKERS },
  'network.read': { scope: 'client', roles: CLIENT_WORKERS },
  'network.write': { scope: 'client', roles: CLIENT_WORKERS },
  'authorityRequest.read': { scope: 'client', roles: CLIENT_WORKERS },
  'authorityRequest.write': { scope: 'client', roles: CLIENT_WORKERS },
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
