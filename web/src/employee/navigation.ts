// Navigation of the employee app, grouped by capability. Each capability lists its pages in its own
// routes.ts (`nav`); a link shows to users the server says may perform its action
// (`me.permittedActions`), so no role list lives in the web app.
import type { ActionName } from '../../../src/shared/access/actions';
import type { Localized } from '../../../src/shared/i18n';
import { can, type Me } from '../lib/auth';
import { nav as administrationNav } from './administration/routes';
import { nav as clientWorkNav } from './client-work/routes';
import { nav as measuresNav } from './measures/routes';
import { nav as participationNav } from './participation/routes';
import { nav as servicemapNav } from './servicemap/routes';

export const NAV_GROUPS = {
  clientWork: { fi: 'Asiakastyö', sv: 'Klientarbete', en: 'Client work' },
  measures: { fi: 'Toimenpiteet', sv: 'Åtgärder', en: 'Measures' },
  participation: { fi: 'Osallisuus', sv: 'Delaktighet', en: 'Participation' },
  servicemap: { fi: 'Palvelukartta', sv: 'Tjänstekarta', en: 'Service map' },
  knowledge: { fi: 'Tiedontuotanto', sv: 'Kunskapsproduktion', en: 'Knowledge production' },
  regional: { fi: 'Alueellinen yhteistyö', sv: 'Regionalt samarbete', en: 'Regional cooperation' },
  administration: { fi: 'Ylläpito', sv: 'Administration', en: 'Administration' },
} satisfies Record<string, Localized>;

export type NavGroupKey = keyof typeof NAV_GROUPS;

export interface NavItem {
  group: NavGroupKey;
  /** Absolute path, e.g. `/app/admin/users`. */
  path: string;
  label: Localized;
  /** Shown to users who may perform any of these actions. */
  action: ActionName | ActionName[];
  /** One line for the start page's card; items without it get no card. */
  description?: Localized;
  /** Active only on the exact path. */
  end?: boolean;
}

export const navItems: NavItem[] = [
  ...clientWorkNav,
  ...measuresNav,
  ...participationNav,
  ...servicemapNav,
  ...administrationNav,
];

export function mayUse(me: Me, item: { action: ActionName | ActionName[] }): boolean {
  return can(me, ...[item.action].flat());
}

/** The user's navigation: each group with the items they may use, empty groups left out. */
export function navigationFor(me: Me): { key: NavGroupKey; items: NavItem[] }[] {
  return (Object.keys(NAV_GROUPS) as NavGroupKey[])
    .map((key) => ({ key, items: navItems.filter((i) => i.group === key && mayUse(me, i)) }))
    .filter((g) => g.items.length > 0);
}
