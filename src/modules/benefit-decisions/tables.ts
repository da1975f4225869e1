export interface BenefitDecisionTables {}
