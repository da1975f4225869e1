// The rules of writing a service: categories and themes must exist, every change is a new version
// with who made it, status changes are named (publish, retire), verifying records who checked it and
// when. Each operation runs in one transaction with its use-log event.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/types.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import { AppError, errors, type FieldError } from '../../../server/errors.js';
import { serviceInput, type ServiceInput } from '../../../shared/contracts/servicemap/services.js';
import { toInput, type Editor, type ServiceView, type TaxonomyTerm } from './model.js';
import { serviceErrors } from './messages.js';
import {
  getService,
  insertService,
  loadTaxonomy,
  organisationOf,
  replaceService,
  type WriteOptions,
} from './queries.js';

export const PURPOSE = 'palvelukartan ylläpito';

/** Who acts: the use log's actor and the version history's editor. */
export interface Actor {
  actor: AuditActor;
  editor: Editor;
}

/** Categories and themes must exist; the Zod schema cannot know them. */
export function checkTaxonomy(input: ServiceInput, taxonomy: TaxonomyTerm[]) {
  for (const [field, kind] of [
    ['categories', 'category'],
    ['themes', 'theme'],
  ] as const) {
    input[field].forEach((c, i) => {
      if (!taxonomy.some((t) => t.kind === kind && t.code === c)) {
        throw errors.field(`${field}.${i}`, serviceErrors.unknownOption);
      }
    });
  }
}

/** Zod issues → the API's field errors (for inputs parsed inside a handler: imports, approvals). */
export function zodFields(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((i) => {
    const path = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
    let message = serviceErrors.invalidValue;
    if (i.message.startsWith('{"fi"')) {
      try {
        message = JSON.parse(i.message);
      } catch {
        /* keep the generic text */
      }
    } else if (i.code === 'invalid_type' && /undefined/.test(i.message)) {
      message = serviceErrors.required;
    }
    return { path, message };
  });
}

/** A service input parsed inside a handler; a bad one is a 400 with its fields under `prefix`. */
export function parseServiceInput(value: unknown, prefix = ''): ServiceInput {
  const parsed = serviceInput.safeParse(value);
  if (!parsed.success) throw errors.validation(zodFields(parsed.error, prefix));
  return parsed.data;
}

/** The organisation new records of the user belong to: that of the first unit where the action is allowed. */
export async function organisationFor(db: Kysely<DB>, unitIds: string[]): Promise<string> {
  const organisationId = await organisationOf(db, unitIds);
  if (!organisationId) throw new AppError(403, 'forbidden', serviceErrors.noOrganisation);
  return organisationId;
}

/** Creates a service and its first version. Runs in the caller's transaction. */
export async function createService(
  trx: Kysely<DB>,
  input: ServiceInput,
  opts: WriteOptions & { organisationId: string; id?: string },
): Promise<ServiceView> {
  checkTaxonomy(input, opts.taxonomy);
  return insertService(trx, input, opts);
}

/** Replaces a service's content if `version` is current (409 otherwise). Runs in the caller's transaction. */
export async function updateService(
  trx: Kysely<DB>,
  key: { id: string; version: number },
  input: ServiceInput,
  opts: WriteOptions & { verifiedBy?: Editor },
): Promise<ServiceView> {
  checkTaxonomy(input, opts.taxonomy);
  const also = opts.verifiedBy
    ? { verified_by: opts.verifiedBy.id, verified_by_name: opts.verifiedBy.name }
    : undefined;
  return replaceService(trx, key, input, { ...opts, also });
}

/** What an edit does, for the version history and the use log: publish, retire or update. */
export function changeOf(before: ServiceView | undefined, input: ServiceInput): 'publish' | 'retire' | 'update' {
  if (!before || before.status === input.status) return 'update';
  if (input.status === 'retired') return 'retire';
  if (input.status === 'published') return 'publish';
  return 'update';
}

export async function create(
  db: Kysely<DB>,
  input: ServiceInput,
  who: Actor & { unitIds: string[]; now: Date },
): Promise<ServiceView> {
  const organisationId = await organisationFor(db, who.unitIds);
  return db.transaction().execute(async (trx) => {
    const taxonomy = await loadTaxonomy(trx);
    const created = await createService(trx, input, {
      organisationId,
      editor: who.editor,
      change: 'create',
      taxonomy,
      now: who.now,
    });
    await audit(trx, {
      actor: who.actor,
      action: 'servicemap.service.create',
      subjectType: 'service',
      subjectId: created.id,
      purpose: PURPOSE,
    });
    return created;
  });
}

export async function edit(
  db: Kysely<DB>,
  key: { id: string; version: number },
  input: ServiceInput,
  who: Actor & { now: Date },
): Promise<ServiceView> {
  return db.transaction().execute(async (trx) => {
    const taxonomy = await loadTaxonomy(trx);
    const change = changeOf(await getService(trx, key.id, who.now), input);
    const updated = await updateService(trx, key, input, { editor: who.editor, change, taxonomy, now: who.now });
    await audit(trx, {
      actor: who.actor,
      action: `servicemap.service.${change}`,
      subjectType: 'service',
      subjectId: updated.id,
      purpose: PURPOSE,
    });
    return updated;
  });
}

/** Marks a service's details checked today by the editor. */
export async function verify(
  db: Kysely<DB>,
  key: { id: string; version: number },
  who: Actor & { now: Date; today: string },
): Promise<ServiceView> {
  return db.transaction().execute(async (trx) => {
    const current = await getService(trx, key.id, who.now);
    if (!current) throw errors.notFound();
    const taxonomy = await loadTaxonomy(trx);
    const input = { ...toInput(current), lastVerifiedOn: who.today };
    const verified = await updateService(trx, key, input, {
      editor: who.editor,
      change: 'verify',
      taxonomy,
      now: who.now,
      verifiedBy: who.editor,
    });
    await audit(trx, {
      actor: who.actor,
      action: 'servicemap.service.verify',
      subjectType: 'service',
      subjectId: verified.id,
      purpose: PURPOSE,
    });
    return verified;
  });
}
