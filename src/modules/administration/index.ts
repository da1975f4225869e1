// Administration: organisations, units and users with their roles.
import { defineCapability } from '../../server/capability.js';
import adminRoutes from './admin/routes.js';

export const administration = defineCapability({
  name: 'administration',
  async routes(app) {
    await app.register(adminRoutes);
  },
});
