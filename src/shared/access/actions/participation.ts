// Participation: feedback, surveys, proposals and group interviews. Participation data is kept
// apart from client files: none of these reads client records.
import { defineActions } from '../rules.js';

export const participationActions = defineActions({
  // Participation data is kept apart from client files: none of these reads client records.
  /** Public forms and JSON: after-meeting feedback, surveys, kiosk, "what we did". */
  'feedback.public.submit': { scope: 'public' },
  'survey.public.use': { scope: 'public' },
  'proposal.public.read': { scope: 'public' },
  /** A worker's own feedback code, cards and results (only at or above the minimum group size). */
  'feedback.own.read': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo'],
  },
  /** A manager's view of their unit's staff, same minimum-size rule. */
  'feedback.perWorker.read': { scope: 'anyUnit', roles: ['esihenkilo'] },
  /** Typing in paper feedback cards from the box. */
  'feedback.paper.enter': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo'],
  },
  /** Reading unmoderated free text and redacting identifying details. */
  'feedback.moderate': { scope: 'anyUnit', roles: ['esihenkilo'] },
  'feedback.settings.manage': { scope: 'anyUnit', roles: ['esihenkilo', 'yllapitaja'] },
  /** Experts by experience see proposals and aggregate results, never per-worker free text. */
  'proposal.read': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo', 'kokemusasiantuntija'],
  },
  'proposal.manage': { scope: 'anyUnit', roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'] },
  /** Turning a feedback answer into a proposal needs the moderator's view of the answer. */
  'proposal.fromFeedback.create': { scope: 'anyUnit', roles: ['esihenkilo'] },
  'survey.manage': { scope: 'anyUnit', roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'] },
  'survey.paper.enter': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo'],
  },
  'survey.results.read': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo', 'kokemusasiantuntija'],
  },
  'survey.moderate': { scope: 'anyUnit', roles: ['esihenkilo'] },
  'groupInterview.read': {
    scope: 'anyUnit',
    roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo', 'kokemusasiantuntija'],
  },
  'groupInterview.manage': { scope: 'anyUnit', roles: ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'] },
});
