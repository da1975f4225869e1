// Measures: rehabilitative work activity (with provider accounts and the expense allowance), benefit
// decisions, group-based social work, social rehabilitation, configurable service processes, and the
// list of one client's measures for the client plan.
import { defineCapability } from '../../server/capability.js';
import workActivityRoutes from './work-activity/routes.js';
import benefitDecisionRoutes from './benefit-decisions/routes.js';
import groupRoutes from './groups/routes.js';
import socialRehabilitationRoutes from './social-rehabilitation/routes.js';
import processTemplateRoutes from './process-templates/routes.js';
import measureSummaryRoutes from './summary/routes.js';

export { seedMeasures } from './work-activity/seed.js';

export const measures = defineCapability({
  name: 'measures',
  async routes(app) {
    await app.register(workActivityRoutes);
    await app.register(benefitDecisionRoutes);
    await app.register(groupRoutes);
    await app.register(socialRehabilitationRoutes);
    await app.register(processTemplateRoutes);
    await app.register(measureSummaryRoutes);
  },
});
