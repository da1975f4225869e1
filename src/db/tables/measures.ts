// All tables of the measures capability (issue 4), for the one `extends` line in src/db/types.ts.
import type { WorkActivityTables } from './work-activity.js';
import type { BenefitDecisionTables } from './benefit-decisions.js';
import type { GroupTables } from './groups.js';
import type { SocialRehabilitationTables } from './social-rehabilitation.js';
import type { ProcessTemplateTables } from './process-templates.js';

export interface MeasuresTables
  extends WorkActivityTables, BenefitDecisionTables, GroupTables, SocialRehabilitationTables, ProcessTemplateTables {}
