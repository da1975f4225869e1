// Measures: rehabilitative work activity, benefit decisions, group work, social rehabilitation and
// service processes. Counsellors and social workers of the client's unit work with measures; the
// manager reads and reports; the benefit handler handles benefit decisions only.
import { CLIENT_WORKERS, defineActions } from '../rules.js';

export const measuresActions = defineActions({
  // Counsellors and social workers of the client's unit work with measures; the manager reads and
  // reports; the benefit handler handles benefit decisions only.
  'workActivity.providers.read': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'workActivity.providers.manage': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'workActivity.read': { scope: 'client', roles: CLIENT_WORKERS },
  'workActivity.write': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  'workActivity.allowance.read': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'workActivity.settings.manage': { scope: 'anyUnit', roles: ['esihenkilo', 'yllapitaja'] },
  /** Provider accounts (placement supervisors) hold no unit role: the scope is `authenticated` and
   *  the rule is one function, assertProviderMember in src/modules/work-activity/provider-access.ts —
   *  only agreements of a provider the user is linked to in provider_user (others get 403). */
  'workActivity.providerPortal.use': { scope: 'authenticated' },
  'benefitDecision.read': { scope: 'client', roles: [...CLIENT_WORKERS, 'etuuskasittelija'] },
  'benefitDecision.write': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija'] },
  'benefitDecision.list': { scope: 'anyUnit', roles: [...CLIENT_WORKERS, 'etuuskasittelija'] },
  'benefitDecision.report.read': { scope: 'anyUnit', roles: ['esihenkilo'] },
  /** Experts by experience: only groups they lead, first names only (checked in groups/access.ts). */
  'group.read': { scope: 'anyUnit', roles: [...CLIENT_WORKERS, 'kokemusasiantuntija'] },
  'group.manage': { scope: 'anyUnit', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  /** Group notes in a member's client file: only groups where the member consented. */
  'group.clientNotes.read': { scope: 'client', roles: CLIENT_WORKERS },
  'socialRehab.read': { scope: 'client', roles: CLIENT_WORKERS },
  'socialRehab.write': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  'processTemplate.read': { scope: 'anyUnit', roles: CLIENT_WORKERS },
  'processTemplate.manage': { scope: 'anyUnit', roles: ['sosiaalityontekija', 'esihenkilo'] },
  'clientProcess.read': { scope: 'client', roles: CLIENT_WORKERS },
  'clientProcess.write': { scope: 'client', roles: ['sosiaalityontekija', 'sosiaaliohjaaja'] },
  /** All of a client's measures in one list, for the client plan. */
  'measures.read': { scope: 'client', roles: CLIENT_WORKERS },
});
