// Every capability registers its routes here, one line in its slot.
import type { App } from './types.js';
import healthRoutes from './health.js';
import authRoutes from './auth/routes.js';
import auditRoutes from './audit/routes.js';
import adminRoutes from '../modules/admin/routes.js';
import pageRoutes from './pages/routes.js';
import webRoutes from './web.js';
// slot: client-work
// slot: measures
import measuresRoutes from '../modules/work-activity/measures-routes.js';
// slot: participation
import participationRoutes from '../modules/feedback/participation.js';
// slot: servicemap
// slot: knowledge

export async function registerRoutes(app: App): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(auditRoutes);
  await app.register(adminRoutes);
  // slot: client-work
  // slot: measures
  await app.register(measuresRoutes);
  // slot: participation
  await app.register(participationRoutes);
  // slot: servicemap
  // slot: knowledge
  await app.register(pageRoutes);
  await app.register(webRoutes);
}
