// Client work, part A: one plugin registering the record, assessment, network and SHL 41 § routes,
// and the My work providers.
import type { App } from '../../server/types.js';
import clientRoutes from './routes.js';
import assessmentRoutes, { assessmentSectionRoutes } from '../assessment/routes.js';
import networkRoutes from '../network/routes.js';
import authorityRequestRoutes from '../authority-requests/routes.js';
import { registerClientWorkProviders } from './my-work.js';

registerClientWorkProviders();

export default async function clientWorkRoutes(app: App) {
  await app.register(clientRoutes);
  await app.register(assessmentRoutes);
  await app.register(assessmentSectionRoutes);
  await app.register(networkRoutes);
  await app.register(authorityRequestRoutes);
}
