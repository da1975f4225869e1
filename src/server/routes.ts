// The composition root: the foundation's routes, then every capability with one line, then the
// web apps. A capability's subject resolvers join the access registry before its routes.
import type { App } from './types.js';
import type { Capability } from './capability.js';
import healthRoutes from './health.js';
import authRoutes from './auth/routes.js';
import loginPageRoutes from './auth/pages.js';
import activationPageRoutes from './auth/activation-page.js';
import auditRoutes from './audit/routes.js';
import pageRoutes from './pages/routes.js';
import webRoutes from './web.js';
import { administration } from '../modules/administration/index.js';
import { clientWork } from '../modules/client-work/index.js';
import { measures } from '../modules/measures/index.js';
import { participation } from '../modules/participation/index.js';
import { servicemap } from '../modules/servicemap/index.js';

export const CAPABILITIES: Capability[] = [administration, clientWork, measures, participation, servicemap];

export async function registerRoutes(app: App): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(loginPageRoutes);
  await app.register(activationPageRoutes);
  await app.register(auditRoutes);
  for (const capability of CAPABILITIES) {
    if (capability.subjects) app.registerSubjects(capability.subjects);
    await app.register(capability.routes);
  }
  await app.register(pageRoutes);
  await app.register(webRoutes);
}
