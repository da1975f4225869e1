// Use-log events of the participation capability beyond its actions (each action is an event of its own).
import { defineEvents } from './define.js';

export const participationEvents = defineEvents({
  /** A proposal moved on in its status flow (received → … → done, or rejected). */
  'proposal.status': {
    action: 'proposal.update',
    label: {
      fi: 'Kehittämisehdotuksen tilan muutos',
      sv: 'Ändring av förslagets status',
      en: 'Change of a proposal’s status',
    },
  },
});
