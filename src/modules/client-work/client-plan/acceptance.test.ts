import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_CONFIG } from '../../../domain/deadlines/index.js';
import { planContentSchema } from '../../../shared/contracts/client-work/plan.js';
import { acceptanceErrors } from './acceptance.js';
import { completeContent } from './testing.js';

const rules = DEFAULT_DEADLINE_CONFIG.adult;
const complete = () => planContentSchema.parse(completeContent());
const check = (over: Partial<Parameters<typeof acceptanceErrors>[0]>) =>
  acceptanceErrors({
    content: complete(),
    reviewDate: '2027-09-01',
    acceptedOn: '2027-03-01',
    today: '2027-03-01',
    rules,
    ...over,
  }).map((e) => e.path);

describe('accepting a plan (SHL 39 §)', () => {
  it('a complete draft with a review date within a year may be accepted today or earlier', () => {
    expect(check({})).toEqual([]);
    expect(check({ acceptedOn: '2027-02-15' })).toEqual([]);
  });

  it('the day of acceptance cannot be in the future', () => {
    expect(check({ acceptedOn: '2027-03-02', reviewDate: '2027-09-01' })).toEqual(['acceptedOn']);
  });

  it('the review date comes after the acceptance, and at most a year after it', () => {
    expect(check({ reviewDate: '2027-03-01' })).toEqual(['reviewDate']);
    expect(check({ reviewDate: '2028-03-01' })).toEqual([]);
    expect(check({ reviewDate: '2028-03-02' })).toEqual(['reviewDate']);
  });

  it('names every reason at once: each missing element in statutory order, then the dates', () => {
    const content = complete();
    content.goals = [];
    content.strengths.client = '';
    const errors = acceptanceErrors({
      content,
      reviewDate: '2026-01-01',
      acceptedOn: '2027-03-01',
      today: '2027-03-01',
      rules,
    });
    expect(errors.map((e) => e.path)).toEqual(['content.strengths', 'content.goals', 'reviewDate']);
    expect(errors[1].message.sv).toBe('6. Gemensamt uppställda mål: saknas');
  });
});
