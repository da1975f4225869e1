// The one list of use-log event names: every action of the access registry, plus the more specific
// events each capability defines, each tied to its action and labelled in Finnish, Swedish and
// English. `audit()` accepts only these names, so an unknown event fails the type check.
import { actionRule, type ActionName } from '../../../shared/access/actions/index.js';
import { localize, type Lang } from '../../../shared/i18n.js';
import type { AuditEventDef } from './define.js';
import { foundationEvents } from './foundation.js';
import { clientWorkEvents } from './client-work.js';
import { measuresEvents } from './measures.js';
import { participationEvents } from './participation.js';
import { servicemapEvents } from './servicemap.js';

export const AUDIT_EVENTS = {
  ...foundationEvents,
  ...clientWorkEvents,
  ...measuresEvents,
  ...participationEvents,
  ...servicemapEvents,
} as const satisfies Record<string, AuditEventDef>;

export type AuditEventName = ActionName | keyof typeof AUDIT_EVENTS;

/** The action an event belongs to (an action's own event belongs to itself). */
export function actionOfEvent(name: AuditEventName): ActionName {
  const event = (AUDIT_EVENTS as Record<string, AuditEventDef>)[name];
  return event ? event.action : (name as ActionName);
}

/** The event's name in the reader's language; rows written before a rename show their stored name. */
export function auditEventLabel(name: string, lang: Lang): string {
  const event = (AUDIT_EVENTS as Record<string, AuditEventDef>)[name];
  if (event) return localize(event.label, lang);
  const label = actionRule(name)?.label;
  return label ? localize(label, lang) : name;
}
