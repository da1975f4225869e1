// Completeness check of a client plan: names each of the nine statutory elements (SHL 39 §) that
// is still missing. A plan can be accepted only when nothing is missing; where an element does
// not apply, the worker records that (e.g. "no other sectors", "no essential services: reason").
import type { Localized } from '../../../shared/i18n.js';
import type { PlanContent } from '../../../shared/contracts/client-work/plan.js';

export interface PlanElement {
  element: number;
  key: string;
  label: Localized;
}

export const PLAN_ELEMENTS: PlanElement[] = [
  {
    element: 1,
    key: 'supportNeed',
    label: {
      fi: 'Asiakkaan ja työntekijän arvio tuen tarpeesta',
      sv: 'Klientens och den anställdas bedömning av stödbehovet',
      en: "The client's and the professional's assessment of the support need",
    },
  },
  {
    element: 2,
    key: 'servicesAndMeasures',
    label: {
      fi: 'Arvio tarvittavista palveluista ja toimenpiteistä',
      sv: 'Bedömning av behövliga tjänster och åtgärder',
      en: 'Assessment of the services and measures needed',
    },
  },
  {
    element: 3,
    key: 'essentialServicesAssessment',
    label: {
      fi: 'Omatyöntekijän arvio terveyden tai kehityksen kannalta välttämättömistä palveluista',
      sv: 'Den egna kontaktpersonens bedömning av tjänster som är nödvändiga för hälsa eller utveckling',
      en: "The named worker's assessment of services essential for health or development",
    },
  },
  {
    element: 4,
    key: 'meetingFrequency',
    label: {
      fi: 'Kuinka usein asiakas ja omatyöntekijä tapaavat',
      sv: 'Hur ofta klienten och den egna kontaktpersonen träffas',
      en: 'How often the client and the named worker meet',
    },
  },
  {
    element: 5,
    key: 'strengths',
    label: {
      fi: 'Asiakkaan vahvuudet ja voimavarat',
      sv: 'Klientens styrkor och resurser',
      en: "The client's strengths and resources",
    },
  },
  {
    element: 6,
    key: 'goals',
    label: { fi: 'Yhdessä asetetut tavoitteet', sv: 'Gemensamt uppställda mål', en: 'Goals set together' },
  },
  {
    element: 7,
    key: 'estimatedDuration',
    label: {
      fi: 'Asiakkuuden arvioitu kesto',
      sv: 'Klientrelationens beräknade längd',
      en: 'Estimated duration of the client relationship',
    },
  },
  {
    element: 8,
    key: 'partners',
    label: {
      fi: 'Muiden hallinnonalojen yhteistyötahot ja vastuunjako',
      sv: 'Samarbetsparter från andra förvaltningsområden och ansvarsfördelningen',
      en: 'Partners from other sectors and the division of responsibility',
    },
  },
  {
    element: 9,
    key: 'followUp',
    label: {
      fi: 'Suunnitelman seuranta, tavoitteiden arviointi ja tarpeen uudelleenarviointi',
      sv: 'Uppföljning av planen, utvärdering av målen och ny bedömning av behovet',
      en: 'Follow-up: monitoring, evaluating goals and re-assessing needs',
    },
  },
];

const filled = (s: string | null | undefined) => !!s && s.trim().length > 0;

/** The elements still missing, in statutory order. */
export function missingElements(c: PlanContent): PlanElement[] {
  const done: Record<string, boolean> = {
    supportNeed: filled(c.supportNeed.client) && filled(c.supportNeed.professional),
    servicesAndMeasures: filled(c.servicesAndMeasures.client) && filled(c.servicesAndMeasures.professional),
    essentialServicesAssessment: filled(c.essentialServicesAssessment),
    meetingFrequency: c.meetingFrequency.intervalWeeks !== null,
    strengths: filled(c.strengths.client) && filled(c.strengths.professional),
    goals: c.goals.length > 0,
    estimatedDuration: filled(c.estimatedDuration),
    partners: c.partners.length > 0 || c.noPartners,
    followUp: filled(c.followUp.monitoring) && filled(c.followUp.goalEvaluation) && filled(c.followUp.reassessment),
  };
  return PLAN_ELEMENTS.filter((e) => !done[e.key]);
}
