// My work (Oma työ): the worker's own clients — those whose current named worker they are — with
// everything due from every registered provider, merged and sorted; the manager's unit overview;
// and the organisation's deadline rules. Names of clients shown are client data: each is in the
// use log.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { StaleVersionError, updateVersioned } from '../../../db/versioned.js';
import {
  classifyDue,
  DEFAULT_DEADLINE_CONFIG,
  resolveDeadlineConfig,
  type ClientGroup,
  type DeadlineConfig,
} from '../../../domain/deadlines/index.js';
import type { AuthUser } from '../../../server/access/check.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import { errors, localize } from '../../../server/errors.js';
import type { FastifyBaseLogger } from 'fastify';
import type { Lang } from '../../../shared/i18n.js';
import type {
  DeadlineOverrides,
  MyWork,
  MyWorkItemResponse,
  UnitOverview,
} from '../../../shared/contracts/client-work/my-work.js';
import { deadlineConfigCache, loadDeadlineConfig } from './deadlines.js';
import * as q from './queries.js';
import { myWorkProviders } from './registry.js';

const PURPOSE = 'asiakastyö: oma työ';

export interface MyWorkCaller {
  actor: AuditActor;
  user: AuthUser;
  /** Units where the user does client work (the access registry's answer for myWork.read). */
  unitIds: string[];
  today: string;
  lang: Lang;
  /** A failing provider is logged (its kind and name, no data) and the list says it is incomplete. */
  log: FastifyBaseLogger;
}

export async function myWork(
  db: Kysely<DB>,
  caller: MyWorkCaller,
  query: { sort: 'due' | 'client' | 'kind'; order: 'asc' | 'desc' },
): Promise<MyWork> {
  const { user, unitIds, today, lang } = caller;
  const clients = await q.ownClients(db, user.id, unitIds, today, 'mine');
  const configFor = deadlineConfigCache(db);
  const failedSources: string[] = [];
  const results = await Promise.all(
    myWorkProviders().map(async ([name, provider]) => {
      try {
        const items = await provider({ db, user, unitIds, today, scope: 'mine' });
        return items.map((i) => ({ ...i, source: name }));
      } catch (e) {
        // One broken capability must not take the whole list down; the page says what is missing.
        caller.log.error({ provider: name, errorName: (e as Error).name }, 'my-work provider failed');
        failedSources.push(name);
        return [];
      }
    }),
  );
  // A task may come from more than one provider; list it once.
  const seenTasks = new Set<string>();
  const merged = results.flat().filter((i) => !i.taskId || (!seenTasks.has(i.taskId) && !!seenTasks.add(i.taskId)));
  const items: MyWorkItemResponse[] = [];
  for (const i of merged) {
    const cfg: DeadlineConfig | undefined = unitIds.includes(i.unitId) ? (await configFor(i.unitId)).adult : undefined;
    items.push({
      kind: i.kind,
      title: localize(i.title, lang),
      dueDate: i.dueDate,
      state: i.dueDate && cfg ? classifyDue(i.dueDate, today, cfg) : 'none',
      clientId: i.clientId,
      clientName: i.clientName,
      unitId: i.unitId,
      link: i.link,
      ...(i.taskId ? { taskId: i.taskId } : {}),
      source: i.source,
    });
  }
  sortItems(items, query, lang);
  const dir = query.order === 'desc' ? -1 : 1;
  const perClient = clients.map((c) => {
    const own = items.filter((i) => i.clientId === c.id);
    const dues = own
      .map((i) => i.dueDate)
      .filter((d): d is string => !!d)
      .sort();
    return {
      clientId: c.id,
      name: c.name,
      hasPlan: !!c.current_accepted_on,
      nextDue: dues[0] ?? null,
      overdue: own.filter((i) => i.state === 'overdue').length,
      items: own,
    };
  });
  if (query.sort === 'due') perClient.sort((a, b) => dir * (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999'));
  else if (query.order === 'desc') perClient.reverse();
  // Names of clients on the list are client data: one use-log row per client shown.
  const shown = new Set([...clients.map((c) => c.id), ...items.map((i) => i.clientId).filter((x): x is string => !!x)]);
  await audit(
    db,
    [...shown].map((clientId) => ({
      actor: caller.actor,
      action: 'myWork.read' as const,
      clientId,
      subjectType: 'my_work',
      purpose: PURPOSE,
    })),
  );
  return { today, clients: perClient, items, failedSources };
}

/** By due date (default), client name or what to do; items without a client come after the clients'. */
function sortItems(
  items: MyWorkItemResponse[],
  query: { sort: 'due' | 'client' | 'kind'; order: 'asc' | 'desc' },
  lang: Lang,
) {
  const dir = query.order === 'desc' ? -1 : 1;
  const byDue = (a: { dueDate: string | null }, b: { dueDate: string | null }) =>
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
  const byClient = (a: string | null, b: string | null) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : a.localeCompare(b, 'fi');
  items.sort((a, b) => {
    const primary =
      query.sort === 'client'
        ? byClient(a.clientName, b.clientName)
        : query.sort === 'kind'
          ? a.title.localeCompare(b.title, lang)
          : byDue(a, b);
    if (query.sort === 'client' && (a.clientName === null) !== (b.clientName === null)) return primary;
    return dir * (primary || byDue(a, b));
  });
}

/** The manager's unit overview: counts for the unit and per named worker, no client names. */
export function unitOverview(
  db: Kysely<DB>,
  caller: { actor: AuditActor; today: string },
  unitId: string,
): Promise<UnitOverview> {
  return db.transaction().execute(async (trx) => {
    const unit = await q.unitName(trx, unitId);
    const config = await deadlineConfigCache(trx)(unitId);
    const result = await q.unitOverview(trx, { unitId, today: caller.today, config });
    await audit(trx, {
      actor: caller.actor,
      action: 'unit.overview.read',
      subjectType: 'unit',
      subjectId: unitId,
      purpose: 'johtaminen: yksikön tilannekuva',
    });
    return { unitId, unitName: unit.name, today: caller.today, ...result };
  });
}

// ---- deadline rules per organisation and client group (administrator) ----

async function configOf(db: Kysely<DB>, organisationId: string) {
  const row = await q.deadlineConfigRow(db, organisationId);
  const effective: Record<ClientGroup, DeadlineConfig> = await loadDeadlineConfig(db, organisationId);
  return {
    organisationId,
    overrides: (row?.overrides ?? {}) as Record<string, unknown>,
    effective: effective as unknown as Record<ClientGroup, Record<string, unknown>>,
    defaults: DEFAULT_DEADLINE_CONFIG as unknown as Record<ClientGroup, Record<string, unknown>>,
    version: row?.version ?? 0,
  };
}

/** The organisation's overrides, the defaults and the rules in effect; version 0: no overrides yet. */
export async function readDeadlineConfig(db: Kysely<DB>, organisationId: string) {
  if (!(await q.organisationExists(db, organisationId))) throw errors.notFound();
  return configOf(db, organisationId);
}

/** Sets the organisation's overrides from the version the administrator saw (0: none yet). */
export function setDeadlineConfig(
  db: Kysely<DB>,
  caller: { actor: AuditActor },
  organisationId: string,
  body: { overrides: DeadlineOverrides; version: number },
) {
  return db.transaction().execute(async (trx) => {
    if (!(await q.organisationExists(trx, organisationId))) throw errors.notFound();
    resolveDeadlineConfig(body.overrides); // the same merge the rules use
    const overrides = JSON.stringify(body.overrides);
    const row = await q.deadlineConfigRow(trx, organisationId);
    if (row) {
      await updateVersioned(trx, 'deadline_config', { id: row.id, version: body.version }, { overrides });
    } else if (body.version !== 0 || !(await q.insertDeadlineConfig(trx, organisationId, overrides))) {
      // The administrator saw overrides that are not there, or someone added the first ones meanwhile.
      throw new StaleVersionError('deadline_config');
    }
    await audit(trx, {
      actor: caller.actor,
      action: 'deadlineRules.manage',
      subjectType: 'organisation',
      subjectId: organisationId,
      purpose: 'ylläpito',
    });
    return configOf(trx, organisationId);
  });
}
