// My work (client work's registry): the updater sees the published services of their organisation
// that were not checked within the stale period, each due a stale period after its last check.
import { unitsAllowed } from '../../../server/access/check.js';
import { registerMyWorkProvider } from '../../client-work/index.js';
import { staleMonths } from '../settings/queries.js';
import { organisationsOf } from './queries.js';
import { minusMonths } from './time.js';

export function registerServicemapWork() {
  registerMyWorkProvider('servicemap', async ({ db, user, today }) => {
    const units = unitsAllowed(user, 'service.update');
    if (!units.length) return [];
    const organisationIds = await organisationsOf(db, units);
    const months = await staleMonths(db);
    const cutoff = minusMonths(today, months);
    const rows = await db
      .selectFrom('service')
      .select(['id', 'name', 'last_verified_on'])
      .where('status', '=', 'published')
      .where('organisation_id', 'in', organisationIds)
      .where((eb) => eb.or([eb('last_verified_on', 'is', null), eb('last_verified_on', '<', cutoff)]))
      .orderBy('last_verified_on')
      .limit(50)
      .execute();
    return rows.map((r) => {
      const name = r.name.fi ?? '';
      return {
        kind: 'servicemap.verify',
        title: {
          fi: `Tarkista palvelun tiedot: ${name}`,
          sv: `Kontrollera tjänstens uppgifter: ${r.name.sv || name}`,
          en: `Check the service details: ${r.name.en || name}`,
        },
        dueDate: r.last_verified_on ? minusMonths(r.last_verified_on, -months) : null,
        clientId: null,
        clientName: null,
        unitId: units[0],
        link: `/app/services/${r.id}`,
      };
    });
  });
}
