import { describe, expect, it } from 'vitest';
import { missingElements, PLAN_ELEMENTS } from './completeness.js';
import { emptyPlanContent, planContentSchema } from '../../../shared/contracts/client-work/plan.js';
import { completeContent } from './testing.js';

describe('plan completeness (SHL 39 §)', () => {
  it('an empty plan misses all nine elements, each named in fi, sv and en', () => {
    const missing = missingElements(emptyPlanContent());
    expect(missing.map((m) => m.element)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const m of missing)
      for (const lang of ['fi', 'sv', 'en'] as const) expect(m.label[lang].length).toBeGreaterThan(5);
  });

  it('a complete plan misses nothing', () => {
    expect(missingElements(planContentSchema.parse(completeContent()))).toEqual([]);
  });

  it.each(PLAN_ELEMENTS.map((e) => [e.element, e.key] as const))(
    'element %i (%s) is reported when emptied',
    (element) => {
      const c = planContentSchema.parse(completeContent());
      switch (element) {
        case 1:
          c.supportNeed.client = ' ';
          break;
        case 2:
          c.servicesAndMeasures.professional = '';
          break;
        case 3:
          c.essentialServicesAssessment = '';
          break;
        case 4:
          c.meetingFrequency.intervalWeeks = null;
          break;
        case 5:
          c.strengths.client = '';
          break;
        case 6:
          c.goals = [];
          break;
        case 7:
          c.estimatedDuration = '';
          break;
        case 8:
          c.partners = [];
          break;
        case 9:
          c.followUp.reassessment = '';
          break;
      }
      expect(missingElements(c).map((m) => m.element)).toEqual([element]);
    },
  );

  it('both views are needed side by side: the client’s view alone does not complete element 1', () => {
    const c = planContentSchema.parse(completeContent());
    c.supportNeed.professional = '';
    expect(missingElements(c).map((m) => m.key)).toEqual(['supportNeed']);
  });

  it('"no partners from other sectors" completes element 8 without partners', () => {
    const c = planContentSchema.parse(completeContent());
    c.partners = [];
    c.noPartners = true;
    expect(missingElements(c)).toEqual([]);
  });
});
