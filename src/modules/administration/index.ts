// Administration: organisations, units, and users with their roles per unit. Administrators manage
// the whole installation (one wellbeing services county and its partner municipalities); they see no
// client content unless they also hold a client-work role in a unit.
import { defineCapability } from '../../server/capability.js';
import organisationRoutes from './organisations/routes.js';
import unitRoutes from './units/routes.js';
import userRoutes from './users/routes.js';

export const administration = defineCapability({
  name: 'administration',
  async routes(app) {
    await app.register(organisationRoutes);
    await app.register(unitRoutes);
    await app.register(userRoutes);
  },
});
