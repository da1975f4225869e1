// All tables of the measures capability (issue 4), for the one `extends` line in src/db/types.ts.
import type { WorkActivityTables } from './tables.js';
import type { BenefitDecisionTables } from '../benefit-decisions/tables.js';
import type { GroupTables } from '../groups/tables.js';
import type { SocialRehabilitationTables } from '../social-rehabilitation/tables.js';
import type { ProcessTemplateTables } from '../process-templates/tables.js';

export interface MeasuresTables
  extends WorkActivityTables, BenefitDecisionTables, GroupTables, SocialRehabilitationTables, ProcessTemplateTables {}
