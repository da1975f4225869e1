// HSDS import: every record is checked first (the HSDS 3.0 schema, then the service map's own rules
// and vocabularies); any bad record rejects the whole import. Records with the id of an existing
// service of the importer's organisation update it (its internal notes are kept: they are never
// exported); others create services in the importer's organisation. One transaction, one use-log event.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { audit } from '../../../server/audit/audit.js';
import type { Lang } from '../../../shared/i18n.js';
import { serviceInput, type ServiceInput } from '../../../shared/contracts/servicemap/services.js';
import type { ImportProblem, ImportResult } from '../../../shared/contracts/servicemap/exchange.js';
import { getService, loadTaxonomy, organisationsOf } from '../services/queries.js';
import { createService, organisationFor, PURPOSE, updateService, zodFields, type Actor } from '../services/service.js';
import { fromHsds } from './mapping.js';
import { OTHER_ORGANISATION } from './messages.js';
import { validateHsdsService } from './validate.js';

export async function importHsds(
  db: Kysely<DB>,
  records: unknown[],
  who: Actor & { unitIds: string[]; now: Date; lang: Lang },
): Promise<ImportResult | { problems: ImportProblem[] }> {
  const taxonomy = await loadTaxonomy(db);
  const organisationId = await organisationFor(db, who.unitIds);
  const mine = await organisationsOf(db, who.unitIds);
  const problems: ImportProblem[] = [];
  const parsed: { id: string; input: ServiceInput }[] = [];
  for (const [index, record] of records.entries()) {
    const schemaErrors = validateHsdsService(record);
    const id = typeof (record as { id?: unknown })?.id === 'string' ? (record as { id: string }).id : null;
    if (schemaErrors.length) {
      problems.push({ index, id, errors: schemaErrors });
      continue;
    }
    const mapped = fromHsds(record as Record<string, unknown>);
    const result = serviceInput.safeParse(mapped.input);
    const errs = result.success
      ? []
      : zodFields(result.error).map((f) => ({ path: f.path, message: f.message[who.lang] }));
    if (result.success) {
      result.data.categories.forEach((c, i) => {
        if (!taxonomy.some((t) => t.kind === 'category' && t.code === c))
          errs.push({ path: `categories.${i}`, message: `unknown category ${c}` });
      });
      result.data.themes.forEach((c, i) => {
        if (!taxonomy.some((t) => t.kind === 'theme' && t.code === c))
          errs.push({ path: `themes.${i}`, message: `unknown theme ${c}` });
      });
    }
    const serviceId = /^[0-9a-f-]{36}$/i.test(mapped.id) ? mapped.id : '';
    const existing = serviceId ? await getService(db, serviceId, who.now) : undefined;
    if (existing && !mine.includes(existing.organisationId)) errs.push({ path: 'id', message: OTHER_ORGANISATION });
    if (errs.length || !result.success) problems.push({ index, id, errors: errs });
    else parsed.push({ id: serviceId, input: result.data });
  }
  if (problems.length) return { problems };

  return db.transaction().execute(async (trx) => {
    let created = 0;
    let updated = 0;
    const opts = { editor: who.editor, change: 'import', taxonomy, now: who.now };
    for (const { id, input } of parsed) {
      const existing = id ? await getService(trx, id, who.now) : undefined;
      if (existing) {
        // Internal notes are never exported, so an import keeps the ones already stored.
        await updateService(
          trx,
          { id, version: existing.version },
          { ...input, internalNotes: existing.internalNotes, professionalContact: existing.professionalContact },
          opts,
        );
        updated++;
      } else {
        await createService(trx, input, { ...opts, organisationId, id: id || undefined });
        created++;
      }
    }
    await audit(trx, {
      actor: who.actor,
      action: 'servicemap.hsds.import',
      subjectType: 'service',
      subjectId: null,
      purpose: PURPOSE,
    });
    return { created, updated };
  });
}
