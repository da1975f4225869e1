// The service map (palvelukartta): public search and service pages without JavaScript, the map, the
// workers' view, the updater's tools, moderated suggestions, theme maps, HSDS and CSV.
//
// Features: search/ (public and workers' search, the public pages), services/ (one service: read,
// write, versions, My work items), suggestions/ (public form, moderation), theme-maps/, settings/,
// hsds/ and csv/ (exchange). Subjects: a service, a theme map (an organisation's) and a suggestion.
import { defineCapability } from '../../server/capability.js';
import servicemapAssets from './assets.js';
import csvRoutes from './csv/routes.js';
import hsdsRoutes from './hsds/routes.js';
import searchPages from './search/pages.js';
import searchRoutes from './search/routes.js';
import { registerServicemapWork } from './services/my-work.js';
import serviceRoutes from './services/routes.js';
import settingsRoutes from './settings/routes.js';
import { servicemapSubjects } from './subjects.js';
import suggestionPages from './suggestions/pages.js';
import suggestionRoutes from './suggestions/routes.js';
import themeMapPages from './theme-maps/pages.js';
import themeMapRoutes from './theme-maps/routes.js';

export { seedServicemapDemo } from './demo.js';

registerServicemapWork();

export const servicemap = defineCapability({
  name: 'servicemap',
  subjects: servicemapSubjects,
  async routes(app) {
    await app.register(searchRoutes);
    await app.register(serviceRoutes);
    await app.register(suggestionRoutes);
    await app.register(themeMapRoutes);
    await app.register(settingsRoutes);
    await app.register(hsdsRoutes);
    await app.register(csvRoutes);
    await app.register(servicemapAssets);
    await app.register(searchPages);
    await app.register(suggestionPages);
    await app.register(themeMapPages);
  },
});
