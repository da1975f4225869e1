// The rules of a work activity path, pure: where the client is on the path, and what a step records.
import type { Phase, StepKind } from '../../../shared/measures/vocabulary.js';
import type { StepBody } from '../../../shared/contracts/measures/work-activity.js';

/** The last phase reached: the end, the interim evaluation, activity once an agreement has started … */
export function phaseOf(stepKinds: StepKind[], agreements: { startDate: string }[], today: string): Phase | null {
  const has = (k: StepKind) => stepKinds.includes(k);
  if (has('end')) return 'end';
  if (has('interim-evaluation')) return 'interim-evaluation';
  if (agreements.some((a) => a.startDate <= today)) return 'activity';
  if (agreements.length) return 'agreement';
  if (has('activation-plan')) return 'activation-plan';
  if (has('situation-assessment')) return 'situation-assessment';
  return null;
}

/**
 * What a step stores: who took part, and the step's own fields as details. The activation plan and
 * the evaluation visit have their participants by rule (client, employment services, counsellor,
 * the work planner or the supervisor when named).
 */
export function stepRecord(b: StepBody): { participants: string | null; details: Record<string, unknown> } {
  const { kind: _kind, date: _date, ...rest } = b;
  const details: Record<string, unknown> = { ...rest };
  delete details.participants;
  if (b.kind === 'activation-plan') {
    const participants = [
      'asiakas',
      `TE-palvelut: ${b.employmentWorker}`,
      'sosiaaliohjaaja',
      b.workPlanner ? `työsuunnittelija: ${b.workPlanner}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    return { participants, details };
  }
  if (b.kind === 'evaluation-visit') {
    const participants = ['asiakas', 'sosiaaliohjaaja', b.supervisor ? `ohjaaja: ${b.supervisor}` : null]
      .filter(Boolean)
      .join(', ');
    return { participants, details };
  }
  return { participants: b.participants ?? null, details };
}
