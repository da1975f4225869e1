// The service map (palvelukartta): public search and service pages without JavaScript, the map, the
// workers' view, the updater's tools, moderated suggestions, theme maps, HSDS and CSV.
import { defineCapability } from '../../server/capability.js';
import servicemapRoutes from './routes.js';

export { seedServicemapDemo } from './demo.js';

export const servicemap = defineCapability({
  name: 'servicemap',
  async routes(app) {
    await app.register(servicemapRoutes);
  },
});
