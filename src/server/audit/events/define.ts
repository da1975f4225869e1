import type { ActionName } from '../../../shared/access/actions/index.js';
import type { Localized } from '../../../shared/i18n.js';

/**
 * A use-log event more specific than its action (e.g. 'plan.accept' under 'plan.update'). Every
 * action is an event of its own as well, labelled by the action's label.
 */
export interface AuditEventDef {
  /** The action whose route writes this event. */
  action: ActionName;
  /** What happened, for the use-log page and the client's "who viewed my data". */
  label: Localized;
}

export function defineEvents<const T extends Record<string, AuditEventDef>>(events: T): T {
  return events;
}
