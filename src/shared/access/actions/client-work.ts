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
  // Part B: client plan, meetings, My work, unit overview, client portal.
  /** Plans are for the client's workers: not the benefit handler, expert by experience or administrator. */
  'plan.read': { scope: 'client', roles: CLIENT_WORKERS },
  'plan.update': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  'meeting.read': { scope: 'client', roles: CLIENT_WORKERS },
  'meeting.write': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  /** My work: the worker's own clients and tasks; a task can be marked done. */
  'myWork.read': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'myWork.task.complete': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  /** The manager's unit overview (counts and per-worker breakdown). */
  'unit.overview.read': { scope: 'unit', roles: ['esihenkilo'] },
  /** The client portal: the client's own plan, meetings, worker and use log. */
  'portal.read': { scope: 'anyUnit', roles: ['asiakas'] },
  'portal.write': { scope: 'anyUnit', roles: ['asiakas'] },
  /** Days and months of the deadline rules per organisation and client group. */
  'deadlineRules.manage': { scope: 'anyUnit', roles: ['yllapitaja'] },
});
