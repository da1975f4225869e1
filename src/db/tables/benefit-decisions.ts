import type { Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';
import type { ApplicationKind, Outcome, ProfessionalGroup } from '../../shared/measures/vocabulary.js';

export interface BenefitDecisionTables {
  benefit_application: {
    id: Generated<string>;
    client_id: string;
    unit_id: string;
    kind: ApplicationKind;
    received_date: DateString;
    complete_date: DateString | null;
    urgent: Generated<boolean>;
    decision_date: DateString | null;
    decision_maker_id: string | null;
    professional_group: ProfessionalGroup | null;
    outcome: Outcome | null;
    created_by: string | null;
    version: Generated<number>;
    created_at: CreatedAt;
    updated_at: Generated<Timestamp>;
  };
}
