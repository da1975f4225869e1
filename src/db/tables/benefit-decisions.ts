import type { Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';

export const PROFESSIONAL_GROUPS = ['social-worker', 'social-counsellor', 'benefit-handler'] as const;
export type ProfessionalGroup = (typeof PROFESSIONAL_GROUPS)[number];
export const OUTCOMES = ['granted', 'partly-granted', 'rejected', 'withdrawn'] as const;

export interface BenefitDecisionTables {
  benefit_application: {
    id: Generated<string>;
    client_id: string;
    unit_id: string;
    kind: 'supplementary' | 'preventive';
    received_date: DateString;
    complete_date: DateString | null;
    urgent: Generated<boolean>;
    decision_date: DateString | null;
    decision_maker_id: string | null;
    professional_group: ProfessionalGroup | null;
    outcome: (typeof OUTCOMES)[number] | null;
    created_by: string | null;
    version: Generated<number>;
    created_at: CreatedAt;
    updated_at: Generated<Timestamp>;
  };
}
