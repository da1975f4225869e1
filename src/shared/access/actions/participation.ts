// Participation: feedback, surveys, proposals and group interviews. Participation data is kept
// apart from client files: none of these reads client records, so no subject here carries a client.
// A list is `anyUnit` (filtered to the user's units); one survey, proposal, group interview, feedback
// answer or worker is a subject whose resolver (src/modules/participation/subjects.ts) names its unit.
import { defineActions } from '../rules.js';

/** Staff who meet clients and so receive after-meeting feedback (and type in paper cards). */
const FEEDBACK_STAFF = ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo'] as const;
/** Experts by experience see proposals, aggregate results and group interviews, never per-worker free text. */
const PARTICIPATION_READERS = ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo', 'kokemusasiantuntija'] as const;
const PARTICIPATION_EDITORS = ['sosiaalityontekija', 'sosiaaliohjaaja', 'esihenkilo'] as const;

export const participationActions = defineActions({
  // --- public forms and JSON: after-meeting feedback, surveys, kiosk, "what we did" ---
  'feedback.public.submit': {
    scope: 'public',
    label: { fi: 'Palautteen lähetys', sv: 'Sändning av respons', en: 'Sending feedback' },
  },
  'survey.public.use': {
    scope: 'public',
    label: { fi: 'Kyselyyn vastaaminen', sv: 'Svar på en enkät', en: 'Answering a survey' },
  },
  'proposal.public.read': {
    scope: 'public',
    label: { fi: 'Julkiset kehittämisehdotukset', sv: 'Offentliga utvecklingsförslag', en: 'Public proposals' },
  },

  // --- after-meeting feedback ---
  /** A worker's own feedback code, cards and results (only at or above the minimum group size). */
  'feedback.own.read': {
    scope: 'anyUnit',
    roles: FEEDBACK_STAFF,
    label: { fi: 'Oma asiakaspalaute', sv: 'Egen klientrespons', en: 'Own client feedback' },
  },
  /** A manager's list of their units' staff: whether each has enough answers to show (no counts). */
  'feedback.perWorker.list': {
    scope: 'anyUnit',
    roles: ['esihenkilo'],
    label: {
      fi: 'Yksikön työntekijöiden palautetilanne',
      sv: 'Enhetens arbetstagares responsläge',
      en: "Unit staff's feedback status",
    },
  },
  /** One worker's results and printable cards, for a manager of a unit where the worker works. */
  'feedback.perWorker.read': {
    scope: 'feedbackWorker',
    roles: ['esihenkilo'],
    label: { fi: 'Työntekijän asiakaspalaute', sv: 'Arbetstagarens klientrespons', en: "A worker's client feedback" },
  },
  /** Typing in paper feedback cards from the box (a code of one of the user's units). */
  'feedback.paper.enter': {
    scope: 'anyUnit',
    roles: FEEDBACK_STAFF,
    label: { fi: 'Palautekortin kirjaus', sv: 'Registrering av responskort', en: 'Entering a feedback card' },
  },
  /** The free-text answers of the manager's units, unmoderated ones included. */
  'feedback.freeText.list': {
    scope: 'anyUnit',
    roles: ['esihenkilo'],
    label: {
      fi: 'Palautteen vapaat vastaukset',
      sv: 'Fria svar i responsen',
      en: 'Free-text feedback answers',
    },
  },
  /** Approving one answer's free text, or redacting identifying details from it. */
  'feedback.moderate': {
    scope: 'feedbackAnswer',
    roles: ['esihenkilo'],
    label: { fi: 'Palautteen moderointi', sv: 'Moderering av respons', en: 'Moderating feedback' },
  },
  'feedback.settings.manage': {
    scope: 'anyUnit',
    roles: ['esihenkilo', 'yllapitaja'],
    label: { fi: 'Palautteen asetukset', sv: 'Inställningar för respons', en: 'Feedback settings' },
  },

  // --- proposals ---
  'proposal.list': {
    scope: 'anyUnit',
    roles: [...PARTICIPATION_READERS, 'etuuskasittelija'],
    label: { fi: 'Kehittämisehdotusten luettelo', sv: 'Förteckning över utvecklingsförslag', en: 'List of proposals' },
  },
  'proposal.read': {
    scope: 'proposal',
    roles: [...PARTICIPATION_READERS, 'etuuskasittelija'],
    label: { fi: 'Kehittämisehdotus', sv: 'Utvecklingsförslag', en: 'Proposal' },
  },
  'proposal.create': {
    scope: 'anyUnit',
    roles: PARTICIPATION_EDITORS,
    label: { fi: 'Kehittämisehdotuksen kirjaus', sv: 'Registrering av förslag', en: 'Registering a proposal' },
  },
  /** Editing a proposal and moving it through its statuses. */
  'proposal.update': {
    scope: 'proposal',
    roles: PARTICIPATION_EDITORS,
    label: { fi: 'Kehittämisehdotuksen muutos', sv: 'Ändring av förslag', en: 'Changing a proposal' },
  },
  /** Turning a feedback answer into a proposal needs the moderator's view of the answer. */
  'proposal.fromFeedback.create': {
    scope: 'feedbackAnswer',
    roles: ['esihenkilo'],
    label: { fi: 'Ehdotus palautteesta', sv: 'Förslag utifrån respons', en: 'Proposal from feedback' },
  },
  /** Turning a survey's free-text answer into a proposal, likewise for its moderator. */
  'proposal.fromSurvey.create': {
    scope: 'surveyFreeText',
    roles: ['esihenkilo'],
    label: { fi: 'Ehdotus kyselyn vastauksesta', sv: 'Förslag utifrån enkätsvar', en: 'Proposal from a survey answer' },
  },

  // --- surveys ---
  'survey.list': {
    scope: 'anyUnit',
    roles: PARTICIPATION_READERS,
    label: { fi: 'Kyselyjen luettelo', sv: 'Förteckning över enkäter', en: 'List of surveys' },
  },
  'survey.read': {
    scope: 'survey',
    roles: PARTICIPATION_READERS,
    label: { fi: 'Kysely', sv: 'Enkät', en: 'Survey' },
  },
  'survey.create': {
    scope: 'anyUnit',
    roles: PARTICIPATION_EDITORS,
    label: { fi: 'Kyselyn luonti', sv: 'Skapande av enkät', en: 'Creating a survey' },
  },
  /** Editing a survey (questions only while a draft) and publishing or closing it. */
  'survey.update': {
    scope: 'survey',
    roles: PARTICIPATION_EDITORS,
    label: { fi: 'Kyselyn muutos', sv: 'Ändring av enkät', en: 'Changing a survey' },
  },
  'survey.paper.enter': {
    scope: 'survey',
    roles: FEEDBACK_STAFF,
    label: { fi: 'Paperivastauksen kirjaus', sv: 'Registrering av pappersvar', en: 'Entering a paper answer' },
  },
  /** Aggregate results under the minimum-size rule, and their CSV and XLSX exports. */
  'survey.results.read': {
    scope: 'survey',
    roles: PARTICIPATION_READERS,
    label: { fi: 'Kyselyn tulokset', sv: 'Enkätens resultat', en: 'Survey results' },
  },
  /** A survey's free-text answers, unmoderated ones included. */
  'survey.freeText.list': {
    scope: 'survey',
    roles: ['esihenkilo'],
    label: { fi: 'Kyselyn vapaat vastaukset', sv: 'Enkätens fria svar', en: "A survey's free-text answers" },
  },
  'survey.moderate': {
    scope: 'surveyFreeText',
    roles: ['esihenkilo'],
    label: { fi: 'Kyselyn vastauksen moderointi', sv: 'Moderering av enkätsvar', en: 'Moderating a survey answer' },
  },
  /** People who want to take part in development work (stored apart from the answers). */
  'survey.contacts.read': {
    scope: 'survey',
    roles: ['esihenkilo'],
    label: {
      fi: 'Kehittämistyöhön ilmoittautuneet',
      sv: 'Anmälda till utvecklingsarbete',
      en: 'Volunteers for development work',
    },
  },

  // --- group interviews ---
  'groupInterview.list': {
    scope: 'anyUnit',
    roles: PARTICIPATION_READERS,
    label: {
      fi: 'Ryhmähaastattelujen luettelo',
      sv: 'Förteckning över gruppintervjuer',
      en: 'List of group interviews',
    },
  },
  'groupInterview.read': {
    scope: 'groupInterview',
    roles: PARTICIPATION_READERS,
    label: { fi: 'Ryhmähaastattelu', sv: 'Gruppintervju', en: 'Group interview' },
  },
  /** Recording a group interview (and choosing the staff who own its agreed actions). */
  'groupInterview.create': {
    scope: 'anyUnit',
    roles: PARTICIPATION_EDITORS,
    label: { fi: 'Ryhmähaastattelun kirjaus', sv: 'Registrering av gruppintervju', en: 'Recording a group interview' },
  },
  'groupInterview.update': {
    scope: 'groupInterview',
    roles: PARTICIPATION_EDITORS,
    label: { fi: 'Ryhmähaastattelun muutos', sv: 'Ändring av gruppintervju', en: 'Changing a group interview' },
  },
});
