// My work (Oma työ) gathers what is due from every capability. A capability registers a provider
// that returns its items for the logged-in worker; the My work route merges and sorts them.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { AuthUser } from '../../../server/access/check.js';
import type { Localized } from '../../../shared/i18n.js';

export interface MyWorkItem {
  /** Stable kind, e.g. 'assessment.start', 'plan.review', 'work-activity.interim-evaluation'. */
  kind: string;
  /** What to do, in every language (no client data in it: the client is shown by name separately). */
  title: Localized;
  dueDate: string | null;
  clientId: string | null;
  /** The client's name for the worker's own list (never logged). */
  clientName: string | null;
  unitId: string;
  /** Path in the employee app where the item is handled, e.g. /app/clients/<id>/plan. */
  link: string;
  /** Task id when the item is a row of the task table (can be marked done). */
  taskId?: string;
}

export interface MyWorkQuery {
  db: Kysely<DB>;
  user: AuthUser;
  /** Units where the user may see client work. */
  unitIds: string[];
  /** 'YYYY-MM-DD' in Finnish time. */
  today: string;
  /** `mine`: only the user's own clients/tasks; `unit`: everything in the units (manager view). */
  scope: 'mine' | 'unit';
}

export type MyWorkProvider = (query: MyWorkQuery) => Promise<MyWorkItem[]>;

const providers = new Map<string, MyWorkProvider>();

export function registerMyWorkProvider(name: string, provider: MyWorkProvider) {
  providers.set(name, provider);
}

export function myWorkProviders(): [string, MyWorkProvider][] {
  return [...providers.entries()];
}

/** Today's date in Finland (legal deadlines are Finnish calendar days). */
export function todayInFinland(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(now);
}
