// The one registry of actions (ENGINEERING.md "Authorization"), assembled from one section per
// capability. Every route names the action it performs in `config.action`; the server's access plugin
// refuses to register a route without one and checks the rule on every request.
import type { ActionRule } from '../rules.js';
import { foundationActions } from './foundation.js';
import { clientWorkActions } from './client-work.js';
import { measuresActions } from './measures.js';
import { participationActions } from './participation.js';
import { servicemapActions } from './servicemap.js';

export const ACTIONS = {
  ...foundationActions,
  ...clientWorkActions,
  ...measuresActions,
  ...participationActions,
  ...servicemapActions,
} as const satisfies Record<string, ActionRule>;

export type ActionName = keyof typeof ACTIONS;

export function actionRule(name: string): ActionRule | undefined {
  return Object.hasOwn(ACTIONS, name) ? (ACTIONS as Record<string, ActionRule>)[name] : undefined;
}

export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTIONS, name);
}
