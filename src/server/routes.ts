// Every capability registers its routes here, one line in its slot.
import type { App } from './types.js';
import healthRoutes from './health.js';
import authRoutes from './auth/routes.js';
import loginPageRoutes from './auth/login-page.js';
import auditRoutes from './audit/routes.js';
import adminRoutes from '../modules/admin/routes.js';
import pageRoutes from './pages/routes.js';
import webRoutes from './web.js';
// slot: client-work
import clientWorkRoutes from '../modules/clients/index.js';
import clientPlanRoutes from '../modules/client-plan/routes.js';
import meetingRoutes from '../modules/meetings/routes.js';
import myWorkRoutes from '../modules/my-work/routes.js';
import portalRoutes from '../modules/portal/routes.js';
// slot: measures
import measuresRoutes from '../modules/work-activity/measures-routes.js';
// slot: participation
import participationRoutes from '../modules/feedback/participation.js';
// slot: servicemap
import servicemapRoutes from '../modules/servicemap/routes.js';
// slot: knowledge

export async function registerRoutes(app: App): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(loginPageRoutes);
  await app.register(auditRoutes);
  await app.register(adminRoutes);
  // slot: client-work
  await app.register(clientWorkRoutes);
  await app.register(clientPlanRoutes);
  await app.register(meetingRoutes);
  await app.register(myWorkRoutes);
  await app.register(portalRoutes);
  // slot: measures
  await app.register(measuresRoutes);
  // slot: participation
  await app.register(participationRoutes);
  // slot: servicemap
  await app.register(servicemapRoutes);
  // slot: knowledge
  await app.register(pageRoutes);
  await app.register(webRoutes);
}
