import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, deadline } from '../calendar/index.js';
import {
  addMonths,
  assessmentCompleteDue,
  assessmentCompleteOverdueCutoff,
  assessmentContactsMet,
  assessmentStartDue,
  assessmentStartOverdueCutoff,
  classifyDue,
  clientDueItems,
  DEFAULT_DEADLINE_CONFIG,
  followUpDue,
  latestReviewDate,
  nextMeetingDue,
  resolveDeadlineConfig,
  type ClientFacts,
} from './index.js';

const adult = DEFAULT_DEADLINE_CONFIG.adult;
const youth = DEFAULT_DEADLINE_CONFIG.youth;

describe('configuration', () => {
  it('uses the DOMAIN.md defaults', () => {
    expect(adult.assessmentStartWorkingDays).toBe(7);
    expect(adult.planReviewMaxMonths).toBe(12);
    expect(youth.assessmentCompleteMonths).toBe(1);
    expect(youth.assessmentMinContacts).toBe(4);
    expect(youth.assessmentMinFaceToFace).toBe(2);
    expect(youth.followUpAfterEndMonths).toBe(2);
    expect(adult.followUpAfterEndMonths).toBeNull();
  });

  it('applies an organisation override for one group only and ignores unknown keys', () => {
    const cfg = resolveDeadlineConfig({ youth: { assessmentStartWorkingDays: 5, ...({ bogus: 1 } as object) } });
    expect(cfg.youth.assessmentStartWorkingDays).toBe(5);
    expect(cfg.adult.assessmentStartWorkingDays).toBe(7);
    expect('bogus' in cfg.youth).toBe(false);
    expect(assessmentStartDue('2026-12-04', cfg.youth)).toBe(deadline('2026-12-04', 5));
  });

  it('an override of null switches a rule off', () => {
    const cfg = resolveDeadlineConfig({ adult: { assessmentStartWorkingDays: null } });
    expect(assessmentStartDue('2026-12-04', cfg.adult)).toBeNull();
    expect(assessmentStartOverdueCutoff('2026-12-20', cfg.adult)).toBeNull();
  });
});

describe('addMonths (150/1930: same-numbered day, else the month’s last day)', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-10', 12, '2027-05-10'],
  ])('%s + %i months = %s', (from, n, to) => {
    expect(addMonths(from, n)).toBe(to);
  });
});

describe('assessment deadlines', () => {
  it('starts by the 7th working day after the contact, skipping weekends and holidays', () => {
    // Contact Friday 4.12.2026: Independence Day (Sunday 6.12.) and the weekends are skipped.
    expect(assessmentStartDue('2026-12-04', adult)).toBe('2026-12-15');
    // Christmas Eve to Boxing Day, the weekend and New Year's Day are not working days.
    expect(assessmentStartDue('2026-12-22', adult)).toBe('2027-01-05');
  });

  it('youth assessment is finished within a month, moved to the next working day', () => {
    expect(assessmentCompleteDue('2026-03-10', youth)).toBe('2026-04-10');
    // 2026-05-01 is May Day (Friday) → Monday 4.5.
    expect(assessmentCompleteDue('2026-04-01', youth)).toBe('2026-05-04');
    expect(assessmentCompleteDue('2026-03-10', adult)).toBeNull();
  });

  it('counts youth contacts: at least 4, of them 2 face to face', () => {
    expect(assessmentContactsMet(['face-to-face', 'phone', 'phone', 'video'], youth).met).toBe(false);
    expect(assessmentContactsMet(['face-to-face', 'home-visit', 'phone'], youth).met).toBe(false);
    expect(assessmentContactsMet(['face-to-face', 'home-visit', 'phone', 'video'], youth)).toEqual({
      contacts: 4,
      faceToFace: 2,
      met: true,
    });
  });

  it('the overdue cutoff is exactly the boundary of the per-contact rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (offset) => {
        const today = addDays('2024-01-01', offset);
        const cutoff = assessmentStartOverdueCutoff(today, adult)!;
        expect(assessmentStartDue(cutoff, adult)! < today).toBe(true);
        expect(assessmentStartDue(addDays(cutoff, 1), adult)! < today).toBe(false);
        const youthCutoff = assessmentCompleteOverdueCutoff(today, youth)!;
        expect(assessmentCompleteDue(youthCutoff, youth)! < today).toBe(true);
        expect(assessmentCompleteDue(addDays(youthCutoff, 1), youth)! < today).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('plan, meetings and follow-up', () => {
  it('a plan is reviewed at least yearly', () => {
    expect(latestReviewDate('2026-02-28', adult)).toBe('2027-02-28');
  });

  it('meeting frequency comes from the plan, else the default interval', () => {
    expect(nextMeetingDue('2026-03-02', '2026-01-10', 4, adult)).toBe('2026-03-30');
    expect(nextMeetingDue(null, '2026-01-10', 2, adult)).toBe('2026-01-24');
    // A meeting held before the plan was accepted does not count.
    expect(nextMeetingDue('2025-12-01', '2026-01-10', 2, adult)).toBe('2026-01-24');
    expect(nextMeetingDue(null, '2026-01-10', null, adult)).toBe('2026-07-10');
    expect(nextMeetingDue(null, '2026-01-10', null, { ...adult, defaultMeetingIntervalMonths: null })).toBeNull();
  });

  it('youth follow-up two months after the end; none for adults by default', () => {
    expect(followUpDue('2026-06-30', youth)).toBe('2026-08-30');
    expect(followUpDue('2026-06-30', adult)).toBeNull();
  });

  it('classifies by today', () => {
    expect(classifyDue('2026-05-01', '2026-05-02', adult)).toBe('overdue');
    expect(classifyDue('2026-05-02', '2026-05-02', adult)).toBe('due-soon');
    expect(classifyDue('2026-05-09', '2026-05-02', adult)).toBe('due-soon');
    expect(classifyDue('2026-05-10', '2026-05-02', adult)).toBe('upcoming');
    expect(classifyDue('2026-09-10', '2026-05-02', adult)).toBe('later');
  });
});

describe('clientDueItems', () => {
  const base: ClientFacts = {
    clientGroup: 'adult',
    status: 'active',
    endedOn: null,
    plan: { reviewDate: '2026-05-20', acceptedOn: '2025-05-20', meetingIntervalWeeks: 4 },
    assessmentCompletedOn: '2025-05-01',
    lastHeldMeeting: '2026-04-01',
    nextPlannedMeeting: null,
  };
  const today = '2026-05-10';

  it('lists the review and the meeting due from the plan frequency', () => {
    expect(clientDueItems(base, adult, today)).toEqual([
      { kind: 'plan.review', dueDate: '2026-05-20', state: 'upcoming' },
      { kind: 'meeting.due', dueDate: '2026-04-29', state: 'overdue' },
    ]);
  });

  it('a booked meeting covers the frequency rule', () => {
    const items = clientDueItems({ ...base, nextPlannedMeeting: '2026-05-12' }, adult, today);
    expect(items.map((i) => i.kind)).toEqual(['plan.review']);
  });

  it('without a plan after a completed assessment, the plan is due', () => {
    const items = clientDueItems({ ...base, plan: null, assessmentCompletedOn: '2026-04-01' }, adult, today);
    expect(items).toEqual([
      { kind: 'plan.missing', dueDate: assessmentStartDue('2026-04-01', adult), state: 'overdue' },
    ]);
    expect(clientDueItems({ ...base, plan: null, assessmentCompletedOn: null }, adult, today)).toEqual([]);
  });

  it('an ended youth relationship gets the follow-up, an adult none', () => {
    const ended: ClientFacts = { ...base, clientGroup: 'youth', status: 'ended', endedOn: '2026-03-20' };
    expect(clientDueItems(ended, youth, today)).toEqual([
      { kind: 'client.followup', dueDate: '2026-05-20', state: 'upcoming' },
    ]);
    expect(clientDueItems(ended, adult, today)).toEqual([]);
  });
});

describe('authority requests (SHL 41 §)', () => {
  it('are answered within 14 working days by default', async () => {
    const { authorityRequestDue } = await import('./index.js');
    expect(authorityRequestDue('2026-12-04', adult)).toBe(deadline('2026-12-04', 14));
    expect(authorityRequestDue('2026-12-04', { ...adult, authorityRequestWorkingDays: 5 })).toBe(
      deadline('2026-12-04', 5),
    );
  });
});
