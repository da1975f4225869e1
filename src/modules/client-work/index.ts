// Client work under the Social Welfare Act: the client record, contacts and concerns, the service
// needs assessment, the named worker, the close network, SHL 41 § requests, the client plan,
// meetings, My work with the unit overview, and the client portal.
//
// Other capabilities use client work only through what this file exports: My work's provider
// registry (each capability adds what is due) and tasks for named workers.
import { defineCapability } from '../../server/capability.js';
import clientRoutes from './clients/routes.js';
import contactRoutes from './contacts/routes.js';
import concernRoutes from './concerns/routes.js';
import namedWorkerRoutes from './named-worker/routes.js';
import assessmentRoutes, { assessmentSectionRoutes } from './assessment/routes.js';
import networkRoutes from './network/routes.js';
import authorityRequestRoutes from './authority-requests/routes.js';
import clientPlanRoutes from './client-plan/routes.js';
import meetingRoutes from './meetings/routes.js';
import myWorkRoutes from './my-work/routes.js';
import portalRoutes from './portal/routes.js';
import taskRoutes from './tasks/routes.js';
import { taskSubject } from './tasks/subject.js';
import { registerPlanProviders } from './my-work/providers.js';
import { registerClientWorkProviders } from './clients/my-work.js';

export { registerMyWorkProvider, myWorkProviders, todayInFinland, type MyWorkItem } from './my-work/registry.js';
export { createTask } from './tasks/service.js';
export { seedClientWork } from './clients/demo.js';
export { seedClientPlans } from './client-plan/demo.js';

registerClientWorkProviders();
registerPlanProviders();

export const clientWork = defineCapability({
  name: 'client-work',
  async routes(app) {
    await app.register(clientRoutes);
    await app.register(contactRoutes);
    await app.register(concernRoutes);
    await app.register(namedWorkerRoutes);
    await app.register(assessmentRoutes);
    await app.register(assessmentSectionRoutes);
    await app.register(networkRoutes);
    await app.register(authorityRequestRoutes);
    await app.register(clientPlanRoutes);
    await app.register(meetingRoutes);
    await app.register(myWorkRoutes);
    await app.register(portalRoutes);
    await app.register(taskRoutes);
  },
  subjects: { task: taskSubject },
});
