/**
 * Deadline engine for client work (DOMAIN.md 3.2, 3.5, 3.8). Every statutory or agreed time limit
 * of the client process is computed here, from configuration — the numbers of days and months are
 * never written elsewhere. Pure functions on 'YYYY-MM-DD' strings, built on the working-day
 * calendar (150/1930). Capabilities import the rules from here (assessment start, youth
 * assessment, plan review, meeting frequency, follow-up after the end).
 */
import { addDays, deadline, dueDateRule, isIsoDate, type IsoDate } from '../calendar/index.js';

export type ClientGroup = 'adult' | 'youth';
export const CLIENT_GROUPS: readonly ClientGroup[] = ['adult', 'youth'];

export const MEETING_KINDS = ['face-to-face', 'phone', 'video', 'home-visit', 'network-meeting'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export interface DeadlineConfig {
  /** SHL 36 §: the assessment starts at the latest on this working day after the contact (null: no statutory limit). */
  assessmentStartWorkingDays: number | null;
  /** Months from the contact within which the assessment is finished (youth model: 1; null: no limit). */
  assessmentCompleteMonths: number | null;
  /** Youth model: contacts (meetings held) needed during the assessment, and how many face to face. */
  assessmentMinContacts: number | null;
  assessmentMinFaceToFace: number | null;
  /** Meeting kinds that count as face to face. */
  faceToFaceKinds: readonly MeetingKind[];
  /** A plan's review date is at most this many months after it was accepted ("at least yearly"). */
  planReviewMaxMonths: number;
  /** When the plan sets no meeting frequency: meet at least every N months (clients asked for 6). */
  defaultMeetingIntervalMonths: number | null;
  /** Follow-up contact this many months after the relationship ends (youth model: 2; null: none). */
  followUpAfterEndMonths: number | null;
  /** SHL 41 §: default time for another authority to answer a request, in working days. */
  authorityRequestWorkingDays: number;
  /** Items due within this many days count as "due soon" on My work. */
  dueSoonDays: number;
  /** Items due within this many days are shown as upcoming; later ones are not listed. */
  upcomingDays: number;
}

/** Defaults from DOMAIN.md (verify against current law; organisations may override). */
export const DEFAULT_DEADLINE_CONFIG: Record<ClientGroup, DeadlineConfig> = {
  adult: {
    assessmentStartWorkingDays: 7,
    assessmentCompleteMonths: null,
    assessmentMinContacts: null,
    assessmentMinFaceToFace: null,
    faceToFaceKinds: ['face-to-face', 'home-visit', 'network-meeting'],
    planReviewMaxMonths: 12,
    defaultMeetingIntervalMonths: 6,
    followUpAfterEndMonths: null,
    authorityRequestWorkingDays: 14,
    dueSoonDays: 7,
    upcomingDays: 60,
  },
  youth: {
    assessmentStartWorkingDays: 7,
    assessmentCompleteMonths: 1,
    assessmentMinContacts: 4,
    assessmentMinFaceToFace: 2,
    faceToFaceKinds: ['face-to-face', 'home-visit', 'network-meeting'],
    planReviewMaxMonths: 12,
    defaultMeetingIntervalMonths: 6,
    followUpAfterEndMonths: 2,
    authorityRequestWorkingDays: 14,
    dueSoonDays: 7,
    upcomingDays: 60,
  },
};

/** An organisation's overrides, per client group (stored as JSON in `deadline_config`). */
export type DeadlineOverrides = Partial<Record<ClientGroup, Partial<DeadlineConfig>>>;

/** The defaults with an organisation's overrides applied; unknown keys are ignored. */
export function resolveDeadlineConfig(overrides: DeadlineOverrides = {}): Record<ClientGroup, DeadlineConfig> {
  const out = {} as Record<ClientGroup, DeadlineConfig>;
  for (const group of CLIENT_GROUPS) {
    const base = DEFAULT_DEADLINE_CONFIG[group];
    const over = overrides[group] ?? {};
    const merged: DeadlineConfig = { ...base };
    for (const key of Object.keys(base) as (keyof DeadlineConfig)[]) {
      if (key in over && over[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = over[key];
    }
    out[group] = merged;
  }
  return out;
}

// ---- month arithmetic (150/1930 4 §: same-numbered day; if the month has none, its last day) ----

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!isIsoDate(date)) throw new TypeError('date must be YYYY-MM-DD');
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

// ---- the rules ----

/** Last day to start the service needs assessment after a contact (null when no limit applies). */
export function assessmentStartDue(contactDate: IsoDate, cfg: DeadlineConfig): IsoDate | null {
  return cfg.assessmentStartWorkingDays === null ? null : deadline(contactDate, cfg.assessmentStartWorkingDays);
}

/** Last day to finish the assessment (youth model: one month from the contact). */
export function assessmentCompleteDue(contactDate: IsoDate, cfg: DeadlineConfig): IsoDate | null {
  return cfg.assessmentCompleteMonths === null
    ? null
    : dueDateRule(addMonths(contactDate, cfg.assessmentCompleteMonths));
}

/** The latest review date a newly accepted plan may have. */
export function latestReviewDate(acceptedOn: IsoDate, cfg: DeadlineConfig): IsoDate {
  return addMonths(acceptedOn, cfg.planReviewMaxMonths);
}

/**
 * When the client and the named worker should next meet: the agreed interval after the last
 * meeting held (or after the plan was accepted when none has been held yet).
 */
export function nextMeetingDue(
  lastHeld: IsoDate | null,
  since: IsoDate,
  intervalWeeks: number | null,
  cfg: DeadlineConfig,
): IsoDate | null {
  const from = lastHeld && lastHeld > since ? lastHeld : since;
  if (intervalWeeks !== null && intervalWeeks > 0) return addDays(from, intervalWeeks * 7);
  if (cfg.defaultMeetingIntervalMonths !== null) return addMonths(from, cfg.defaultMeetingIntervalMonths);
  return null;
}

/** Due date of a request to another authority (SHL 41 §). */
export function authorityRequestDue(sentOn: IsoDate, cfg: DeadlineConfig): IsoDate {
  return deadline(sentOn, cfg.authorityRequestWorkingDays);
}

/** Follow-up contact after the relationship ended (youth model: two months). */
export function followUpDue(endedOn: IsoDate, cfg: DeadlineConfig): IsoDate | null {
  return cfg.followUpAfterEndMonths === null ? null : addMonths(endedOn, cfg.followUpAfterEndMonths);
}

export interface ContactCount {
  contacts: number;
  faceToFace: number;
  met: boolean;
}

/** Youth model: enough meetings (and enough of them face to face) during the assessment. */
export function assessmentContactsMet(heldKinds: readonly MeetingKind[], cfg: DeadlineConfig): ContactCount {
  const contacts = heldKinds.length;
  const faceToFace = heldKinds.filter((k) => cfg.faceToFaceKinds.includes(k)).length;
  const met = contacts >= (cfg.assessmentMinContacts ?? 0) && faceToFace >= (cfg.assessmentMinFaceToFace ?? 0);
  return { contacts, faceToFace, met };
}

export type DueState = 'overdue' | 'due-soon' | 'upcoming' | 'later';

export function classifyDue(
  due: IsoDate,
  today: IsoDate,
  cfg: Pick<DeadlineConfig, 'dueSoonDays' | 'upcomingDays'>,
): DueState {
  if (due < today) return 'overdue';
  if (due <= addDays(today, cfg.dueSoonDays)) return 'due-soon';
  if (due <= addDays(today, cfg.upcomingDays)) return 'upcoming';
  return 'later';
}

/**
 * The latest contact date whose assessment-start deadline has already passed on `today`
 * (deadline < today). The deadline grows with the contact date, so a unit's overdue assessments
 * are the contacts on or before this date: one indexed comparison in SQL instead of a per-row
 * working-day computation.
 */
export function assessmentStartOverdueCutoff(today: IsoDate, cfg: DeadlineConfig): IsoDate | null {
  if (cfg.assessmentStartWorkingDays === null) return null;
  return latestStartBefore(today, (d) => deadline(d, cfg.assessmentStartWorkingDays!));
}

/** Same for the time to finish the assessment. */
export function assessmentCompleteOverdueCutoff(today: IsoDate, cfg: DeadlineConfig): IsoDate | null {
  if (cfg.assessmentCompleteMonths === null) return null;
  return latestStartBefore(today, (d) => assessmentCompleteDue(d, cfg)!);
}

function latestStartBefore(today: IsoDate, due: (start: IsoDate) => IsoDate): IsoDate {
  let d = addDays(today, -1);
  // Monotone in the start date: walk back until the deadline falls before today (≤ a few months).
  for (let i = 0; i < 800; i++) {
    if (due(d) < today) return d;
    d = addDays(d, -1);
  }
  throw new RangeError('deadline longer than the search window');
}

// ---- one client's due items (My work) ----

export interface ClientFacts {
  clientGroup: ClientGroup;
  status: 'active' | 'ended';
  endedOn: IsoDate | null;
  /** The accepted (current) plan version, if any. */
  plan: { reviewDate: IsoDate; acceptedOn: IsoDate; meetingIntervalWeeks: number | null } | null;
  /** A completed service needs assessment exists (a plan is then expected). */
  assessmentCompletedOn: IsoDate | null;
  lastHeldMeeting: IsoDate | null;
  nextPlannedMeeting: IsoDate | null;
}

export type DueKind = 'plan.missing' | 'plan.review' | 'meeting.due' | 'client.followup';

export interface DueItem {
  kind: DueKind;
  dueDate: IsoDate;
  state: DueState;
}

/** What is due for one client under the plan and meeting rules (assessment items come from the assessment provider). */
export function clientDueItems(facts: ClientFacts, cfg: DeadlineConfig, today: IsoDate): DueItem[] {
  const items: DueItem[] = [];
  const push = (kind: DueKind, dueDate: IsoDate | null) => {
    if (!dueDate) return;
    const state = classifyDue(dueDate, today, cfg);
    if (state !== 'later') items.push({ kind, dueDate, state });
  };
  if (facts.status === 'ended') {
    if (facts.endedOn) push('client.followup', followUpDue(facts.endedOn, cfg));
    return items;
  }
  if (!facts.plan) {
    // A plan is due once the assessment is done; give the worker the same start window.
    if (facts.assessmentCompletedOn)
      push('plan.missing', assessmentStartDue(facts.assessmentCompletedOn, cfg) ?? facts.assessmentCompletedOn);
    return items;
  }
  push('plan.review', facts.plan.reviewDate);
  // A meeting already booked covers the frequency rule.
  if (!facts.nextPlannedMeeting) {
    push(
      'meeting.due',
      nextMeetingDue(facts.lastHeldMeeting, facts.plan.acceptedOn, facts.plan.meetingIntervalWeeks, cfg),
    );
  }
  return items;
}
