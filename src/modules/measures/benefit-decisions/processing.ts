// Processing time of an income-support application in working days on the Finnish calendar.
import { addWorkingDays, workingDaysBetween } from '../../../domain/calendar/index.js';
import type { StaffRole } from '../../../shared/roles.js';
import type { ProfessionalGroup } from '../../../shared/measures/vocabulary.js';

/** 7 working days from the complete application; urgent: the same or the next working day. */
export function limitWorkingDays(urgent: boolean): number {
  return urgent ? 1 : 7;
}

/** Working days after the complete date up to and including the decision date. */
export function processingDays(completeDate: string, decisionDate: string): number {
  return workingDaysBetween(completeDate, decisionDate);
}

/** The last day a decision is on time. */
export function decisionDueDate(completeDate: string, urgent: boolean): string {
  return addWorkingDays(completeDate, limitWorkingDays(urgent));
}

export function withinLimit(completeDate: string, decisionDate: string, urgent: boolean): boolean {
  return processingDays(completeDate, decisionDate) <= limitWorkingDays(urgent);
}

/** The professional group of a decision maker from their roles in the unit (highest training first). */
export function professionalGroupOf(roles: StaffRole[]): ProfessionalGroup | null {
  if (roles.includes('sosiaalityontekija')) return 'social-worker';
  if (roles.includes('sosiaaliohjaaja')) return 'social-counsellor';
  if (roles.includes('etuuskasittelija')) return 'benefit-handler';
  return null;
}

/** Buckets of the processing-time distribution shown to managers. */
export const BUCKETS = ['0', '1', '2', '3', '4', '5', '6', '7', '8-10', '11-15', '16+'] as const;
export function bucketOf(days: number): (typeof BUCKETS)[number] {
  if (days <= 7) return String(days) as (typeof BUCKETS)[number];
  if (days <= 10) return '8-10';
  if (days <= 15) return '11-15';
  return '16+';
}

/** An application with its deadline and processing time so far (to `today` while it is open). */
export function withTiming<R extends { completeDate: string | null; decisionDate: string | null; urgent: boolean }>(
  r: R,
  today: string,
) {
  const limitDays = limitWorkingDays(r.urgent);
  const dueDate = r.completeDate ? decisionDueDate(r.completeDate, r.urgent) : null;
  const end = r.decisionDate ?? today;
  const days = r.completeDate ? processingDays(r.completeDate, end) : null;
  return { ...r, dueDate, processingDays: days, limitDays, late: days !== null && days > limitDays };
}
