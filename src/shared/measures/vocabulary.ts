// The vocabulary of the measures (coded values of work activity, benefit decisions, groups, social
// rehabilitation and service processes). The table types, the contracts and the web app use these
// lists, so they live in src/shared; the web app's labels for them are in its messages.
import type { Localized } from '../i18n.js';

// ---- rehabilitative work activity ----

/** Steps of a work activity path that a counsellor records. */
export const STEP_KINDS = [
  'situation-assessment',
  'activation-plan',
  'evaluation-visit',
  'interim-evaluation',
  'end',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Where the client is on the path (the last phase reached). */
export const PHASES = [
  'situation-assessment',
  'activation-plan',
  'agreement',
  'activity',
  'interim-evaluation',
  'end',
] as const;
export type Phase = (typeof PHASES)[number];

export const ABSENCE_REASONS = ['sick', 'own-matter', 'unannounced', 'other'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

/** Coded reasons for ending or interrupting the activity (loppuarviointi). */
export const END_REASONS = [
  'completed',
  'employment',
  'education',
  'other-service',
  'health',
  'absences',
  'own-decision',
  'moved',
  'other',
] as const;
export type EndReason = (typeof END_REASONS)[number];

export const END_REASON_LABELS: Record<EndReason, Localized> = {
  completed: {
    fi: 'Jakso päättyi suunnitellusti',
    sv: 'Perioden slutade som planerat',
    en: 'Period completed as planned',
  },
  employment: { fi: 'Työllistyi', sv: 'Fick arbete', en: 'Found employment' },
  education: { fi: 'Siirtyi koulutukseen', sv: 'Övergick till utbildning', en: 'Moved to education' },
  'other-service': {
    fi: 'Siirtyi muuhun palveluun tai kuntoutukseen',
    sv: 'Övergick till annan tjänst eller rehabilitering',
    en: 'Moved to another service or rehabilitation',
  },
  health: { fi: 'Terveydelliset syyt', sv: 'Hälsoskäl', en: 'Health reasons' },
  absences: { fi: 'Toistuvat poissaolot', sv: 'Upprepad frånvaro', en: 'Repeated absences' },
  'own-decision': { fi: 'Oma päätös', sv: 'Eget beslut', en: "Client's own decision" },
  moved: { fi: 'Muutti pois kunnasta', sv: 'Flyttade från kommunen', en: 'Moved away' },
  other: { fi: 'Muu syy', sv: 'Annat skäl', en: 'Other reason' },
};

export const PATH_STATUSES = ['open', 'ended'] as const;
export const AGREEMENT_STATUSES = ['active', 'ended'] as const;

// ---- benefit decisions (täydentävä ja ehkäisevä toimeentulotuki) ----

export const APPLICATION_KINDS = ['supplementary', 'preventive'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
export const OUTCOMES = ['granted', 'partly-granted', 'rejected', 'withdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** The decision maker's professional group, from their role in the application's unit. */
export const PROFESSIONAL_GROUPS = ['social-worker', 'social-counsellor', 'benefit-handler'] as const;
export type ProfessionalGroup = (typeof PROFESSIONAL_GROUPS)[number];

// ---- group-based social work ----

export const GROUP_STATUSES = ['planning', 'active', 'closed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];
export const MEMBER_STATUSES = ['invited', 'joined', 'declined', 'left'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const LEADER_KINDS = ['staff', 'expert-by-experience', 'partner'] as const;
export type LeaderKind = (typeof LEADER_KINDS)[number];
/** "Did the session meet your expectations?" on the anonymous feedback slip. */
export const MET_EXPECTATIONS = ['yes', 'partly', 'no'] as const;

// ---- social rehabilitation ----

export const SOCIAL_REHAB_CONTACT_KINDS = ['meeting', 'home-visit', 'phone', 'activity', 'accompanying'] as const;
export type SocialRehabContactKind = (typeof SOCIAL_REHAB_CONTACT_KINDS)[number];
export const INTERVIEW_PHASES = ['start', 'end'] as const;
export type InterviewPhase = (typeof INTERVIEW_PHASES)[number];

// ---- service processes ----

export const PROCESS_CONTACT_KINDS = ['face-to-face', 'phone', 'network'] as const;
export type ProcessContactKind = (typeof PROCESS_CONTACT_KINDS)[number];

// ---- one client's measures ----

export const MEASURE_KINDS = ['work-activity', 'group', 'social-rehabilitation', 'process'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
