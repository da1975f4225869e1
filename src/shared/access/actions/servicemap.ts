// Service map: public search and suggestions, the worker view and the updater's tools.
import { ALL_STAFF, defineActions } from '../rules.js';

export const servicemapActions = defineActions({
  /** Public search, service pages, theme maps, HSDS export: no session. */
  'servicemap.public.read': { scope: 'public' },
  /** Anyone may suggest a new service or a correction (moderated before it is public). */
  'servicemap.suggestion.submit': { scope: 'public' },
  /** Worker view: search with internal notes, show to client, handouts. */
  'servicemap.read': { scope: 'anyUnit', roles: ALL_STAFF },
  /** The updater (päivittäjä): create, edit, verify, retire, import, theme maps, settings. */
  'servicemap.manage': { scope: 'anyUnit', roles: ['esihenkilo', 'yllapitaja'] },
  /** The updater's moderation queue of public suggestions. */
  'servicemap.moderate': { scope: 'anyUnit', roles: ['esihenkilo', 'yllapitaja'] },
});
