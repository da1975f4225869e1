// Moderating suggestions: approving a new service publishes it (as the updater edited it, or as the
// suggester wrote it) in the updater's organisation; approving a correction applies the edited
// service with its version check. Either way, or on rejection, the suggester's email is erased and
// returned once so the updater can tell them.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { audit } from '../../../server/audit/audit.js';
import { AppError, errors } from '../../../server/errors.js';
import type { ApproveBody } from '../../../shared/contracts/servicemap/suggestions.js';
import type { ServiceView } from '../services/model.js';
import { loadTaxonomy } from '../services/queries.js';
import {
  createService,
  organisationFor,
  parseServiceInput,
  PURPOSE,
  updateService,
  type Actor,
} from '../services/service.js';
import { suggestionErrors } from './messages.js';
import { listSuggestions, lockSuggestion, markHandled } from './queries.js';

interface Moderator extends Actor {
  userId: string;
  unitIds: string[];
  now: Date;
  today: string;
}

export interface Outcome {
  suggestion: Awaited<ReturnType<typeof listSuggestions>>[number];
  service: ServiceView | null;
  /** The suggester's address, given once for the updater's reply; it is no longer stored. */
  tellSuggester: { email: string; lang: string } | null;
}

/** A draft service input from a public suggestion of a new service (the updater may pass a full one). */
function inputFromSuggestion(
  g: {
    name: string;
    description: string;
    street_address: string;
    municipality: string;
    contact: string;
    homepage: string;
  },
  today: string,
): unknown {
  const email = g.contact.match(/[^\s@]+@[^\s@]+\.[^\s@]+/)?.[0] ?? null;
  const phone = email ? null : g.contact.trim() || null;
  return {
    name: { fi: g.name },
    description: { fi: g.description },
    providerName: g.name,
    providerType: 'ngo',
    phone,
    email,
    homepage: /^https?:\/\//.test(g.homepage) ? g.homepage : null,
    status: 'published',
    lastVerifiedOn: today,
    locations:
      g.street_address && g.municipality ? [{ streetAddress: g.street_address, municipality: g.municipality }] : [],
  };
}

async function pending(trx: Kysely<DB>, id: string) {
  const g = await lockSuggestion(trx, id);
  if (!g) throw errors.notFound();
  if (g.status !== 'pending') throw new AppError(409, 'already_handled', suggestionErrors.alreadyHandled);
  return g;
}

export async function approve(db: Kysely<DB>, id: string, body: ApproveBody, who: Moderator): Promise<Outcome> {
  const organisationId = await organisationFor(db, who.unitIds);
  return db.transaction().execute(async (trx) => {
    const g = await pending(trx, id);
    const taxonomy = await loadTaxonomy(trx);
    const opts = { editor: who.editor, change: 'suggestion', taxonomy, now: who.now };
    let service: ServiceView | null = null;
    if (g.kind === 'new' || body.service !== undefined) {
      const input = parseServiceInput(body.service ?? inputFromSuggestion(g, who.today), 'service');
      if (g.kind === 'correction' && g.service_id) {
        if (body.version === undefined) throw errors.field('version', suggestionErrors.versionMissing);
        service = await updateService(trx, { id: g.service_id, version: body.version }, input, opts);
      } else {
        service = await createService(trx, input, { ...opts, organisationId });
      }
    }
    await markHandled(trx, g.id, {
      status: 'approved',
      by: who.userId,
      at: who.now,
      note: body.note ?? null,
      resultServiceId: service?.id ?? g.service_id,
    });
    await audit(trx, {
      actor: who.actor,
      action: 'servicemap.suggestion.approve',
      subjectType: 'service_suggestion',
      subjectId: g.id,
      purpose: PURPOSE,
    });
    const [suggestion] = await listSuggestions(trx, { id: g.id });
    return { suggestion, service, tellSuggester: g.email ? { email: g.email, lang: g.lang } : null };
  });
}

export async function reject(db: Kysely<DB>, id: string, note: string | undefined, who: Moderator): Promise<Outcome> {
  return db.transaction().execute(async (trx) => {
    const g = await pending(trx, id);
    await markHandled(trx, g.id, { status: 'rejected', by: who.userId, at: who.now, note: note ?? null });
    await audit(trx, {
      actor: who.actor,
      action: 'servicemap.suggestion.reject',
      subjectType: 'service_suggestion',
      subjectId: g.id,
      purpose: PURPOSE,
    });
    const [suggestion] = await listSuggestions(trx, { id: g.id });
    return { suggestion, service: null, tellSuggester: g.email ? { email: g.email, lang: g.lang } : null };
  });
}
