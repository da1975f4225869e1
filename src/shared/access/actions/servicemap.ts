// Service map: public search and suggestions, the worker view and the updater's tools. A service and
// a theme map belong to an organisation: the roles of a unit of that organisation apply to them. A
// suggestion belongs to the organisation of the service it corrects (a new service's to any updater).
import { ALL_STAFF, defineActions } from '../rules.js';

/** The updater (päivittäjä). */
const UPDATERS = ['esihenkilo', 'yllapitaja'] as const;

export const servicemapActions = defineActions({
  /** Public search, service pages, theme maps, HSDS export: no session. */
  'servicemap.public.read': {
    scope: 'public',
    label: { fi: 'Julkinen palvelukartta', sv: 'Offentlig tjänstekarta', en: 'Public service map' },
  },
  /** Anyone may suggest a new service or a correction (moderated before it is public). */
  'serviceSuggestion.submit': {
    scope: 'public',
    label: { fi: 'Palveluehdotuksen lähetys', sv: 'Inlämning av tjänsteförslag', en: 'Sending a service suggestion' },
  },
  /** Worker view: search the services of one's organisations with internal notes; CSV export. */
  'service.list': {
    scope: 'anyUnit',
    roles: ALL_STAFF,
    label: { fi: 'Palveluhaku', sv: 'Tjänstesökning', en: 'Service search' },
  },
  /** One service with internal notes and its version history; show to client, handouts. */
  'service.read': {
    scope: 'service',
    roles: ALL_STAFF,
    label: { fi: 'Palvelun tiedot', sv: 'Tjänstens uppgifter', en: 'Service details' },
  },
  'service.create': {
    scope: 'anyUnit',
    roles: UPDATERS,
    label: { fi: 'Palvelun lisäys', sv: 'Tillägg av tjänst', en: 'Adding a service' },
  },
  /** Edit, publish, retire, mark checked. */
  'service.update': {
    scope: 'service',
    roles: UPDATERS,
    label: { fi: 'Palvelun muutos', sv: 'Ändring av tjänst', en: 'Changing a service' },
  },
  /** HSDS and CSV imports (services of the updater's organisation). */
  'servicemap.import.write': {
    scope: 'anyUnit',
    roles: UPDATERS,
    label: { fi: 'Palvelujen tuonti', sv: 'Import av tjänster', en: 'Importing services' },
  },
  /** The stale period of the updater's organisation. */
  'servicemap.settings.manage': {
    scope: 'anyUnit',
    roles: UPDATERS,
    label: { fi: 'Palvelukartan asetukset', sv: 'Tjänstekartans inställningar', en: 'Service map settings' },
  },
  /** The updater's moderation queue of public suggestions. */
  'serviceSuggestion.list': {
    scope: 'anyUnit',
    roles: UPDATERS,
    label: { fi: 'Palveluehdotukset', sv: 'Tjänsteförslag', en: 'Service suggestions' },
  },
  /** Approving or rejecting one suggestion. */
  'serviceSuggestion.moderate': {
    scope: 'serviceSuggestion',
    roles: UPDATERS,
    label: {
      fi: 'Palveluehdotuksen käsittely',
      sv: 'Behandling av tjänsteförslag',
      en: 'Handling a service suggestion',
    },
  },
  'themeMap.list': {
    scope: 'anyUnit',
    roles: ALL_STAFF,
    label: { fi: 'Teemakartat', sv: 'Temakartor', en: 'Theme maps' },
  },
  'themeMap.create': {
    scope: 'anyUnit',
    roles: UPDATERS,
    label: { fi: 'Teemakartan lisäys', sv: 'Tillägg av temakarta', en: 'Adding a theme map' },
  },
  'themeMap.update': {
    scope: 'themeMap',
    roles: UPDATERS,
    label: { fi: 'Teemakartan muutos', sv: 'Ändring av temakarta', en: 'Changing a theme map' },
  },
});
