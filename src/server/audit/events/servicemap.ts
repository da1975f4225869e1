// Use-log events of the servicemap capability beyond its actions (each action is an event of its own).
// The names are those the service map has always written, so older rows keep their labels.
import { defineEvents } from './define.js';

export const servicemapEvents = defineEvents({
  'servicemap.service.create': {
    action: 'service.create',
    label: { fi: 'Palvelu lisätty', sv: 'Tjänst tillagd', en: 'Service added' },
  },
  'servicemap.service.update': {
    action: 'service.update',
    label: { fi: 'Palvelua muutettu', sv: 'Tjänst ändrad', en: 'Service changed' },
  },
  'servicemap.service.publish': {
    action: 'service.update',
    label: { fi: 'Palvelu julkaistu', sv: 'Tjänst publicerad', en: 'Service published' },
  },
  'servicemap.service.retire': {
    action: 'service.update',
    label: { fi: 'Palvelu poistettu käytöstä', sv: 'Tjänst avvecklad', en: 'Service retired' },
  },
  'servicemap.service.verify': {
    action: 'service.update',
    label: {
      fi: 'Palvelun tiedot tarkistettu',
      sv: 'Tjänstens uppgifter kontrollerade',
      en: 'Service details checked',
    },
  },
  'servicemap.suggestion.approve': {
    action: 'serviceSuggestion.moderate',
    label: { fi: 'Palveluehdotus hyväksytty', sv: 'Tjänsteförslag godkänt', en: 'Service suggestion approved' },
  },
  'servicemap.suggestion.reject': {
    action: 'serviceSuggestion.moderate',
    label: { fi: 'Palveluehdotus hylätty', sv: 'Tjänsteförslag avslaget', en: 'Service suggestion rejected' },
  },
  'servicemap.hsds.import': {
    action: 'servicemap.import.write',
    label: { fi: 'Palveluja tuotu (HSDS)', sv: 'Tjänster importerade (HSDS)', en: 'Services imported (HSDS)' },
  },
  'servicemap.csv.import': {
    action: 'servicemap.import.write',
    label: { fi: 'Palveluja tuotu (CSV)', sv: 'Tjänster importerade (CSV)', en: 'Services imported (CSV)' },
  },
});
