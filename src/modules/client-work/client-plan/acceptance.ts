// May a draft be accepted on a given day? (SHL 39 §) Every statutory element is there, the day of
// acceptance is not in the future, and the review date comes after it and no later than the
// organisation's rule allows (at least once a year by default). A pure rule: the service gives it
// the draft, the days and the rules, and refuses the acceptance with every problem at once.
import type { DeadlineConfig } from '../../../domain/deadlines/index.js';
import { latestReviewDate } from '../../../domain/deadlines/index.js';
import type { FieldError } from '../../../server/errors.js';
import type { PlanContent } from '../../../shared/contracts/client-work/plan.js';
import { missingElements } from './completeness.js';
import { planErrors } from './messages.js';

export interface AcceptanceCheck {
  content: PlanContent;
  reviewDate: string;
  /** The day the plan is accepted on. */
  acceptedOn: string;
  /** Today in Finland. */
  today: string;
  /** The deadline rules of the client's group in the client's organisation. */
  rules: DeadlineConfig;
}

/** The reasons the draft cannot be accepted, each on its field; empty when it can. */
export function acceptanceErrors(c: AcceptanceCheck): FieldError[] {
  const problems: FieldError[] = [];
  if (c.acceptedOn > c.today) problems.push({ path: 'acceptedOn', message: planErrors.acceptedInFuture });
  for (const m of missingElements(c.content))
    problems.push({ path: `content.${m.key}`, message: planErrors.elementMissing(m) });
  const latest = latestReviewDate(c.acceptedOn, c.rules);
  if (c.reviewDate > latest) problems.push({ path: 'reviewDate', message: planErrors.reviewTooLate(latest) });
  else if (c.reviewDate <= c.acceptedOn) problems.push({ path: 'reviewDate', message: planErrors.reviewInPast });
  return problems;
}
