// Routes of the measures capability (issue 4), registered with one line in src/server/routes.ts.
import type { App } from '../../server/types.js';
import workActivityRoutes from './routes.js';
import benefitDecisionRoutes from '../benefit-decisions/routes.js';
import groupRoutes from '../groups/routes.js';
import socialRehabilitationRoutes from '../social-rehabilitation/routes.js';
import processTemplateRoutes from '../process-templates/routes.js';
import measureSummaryRoutes from './summary-routes.js';

export default async function measuresRoutes(app: App) {
  await app.register(workActivityRoutes);
  await app.register(benefitDecisionRoutes);
  await app.register(groupRoutes);
  await app.register(socialRehabilitationRoutes);
  await app.register(processTemplateRoutes);
  await app.register(measureSummaryRoutes);
}
