// What a capability (src/modules/<capability>/index.ts) gives the server: its routes and the
// resolvers of its subjects. src/server/routes.ts registers each capability with one line.
import type { SubjectResolvers } from './access/subjects.js';
import type { App } from './types.js';

export interface Capability {
  /** The folder under src/modules. */
  name: string;
  /** Registers every route of the capability: API, server-rendered pages and forms. */
  routes(app: App): Promise<void>;
  /** Resolvers for the subject kinds the capability's actions are scoped to. */
  subjects?: SubjectResolvers;
}

export function defineCapability(capability: Capability): Capability {
  return capability;
}
