// Client record (asiakkuus): create with a duplicate warning, read, edit with a version check,
// search within the user's units, end the relationship (with a follow-up task), contacts that open
// a case, the benefit handler's concern, and the named worker (omatyöntekijä, SHL 42 §).
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { actionNameSchema } from '../../../shared/contracts/foundation/auth.js';
import type { FastifyRequest } from 'fastify';
import type { DB } from '../../../db/types.js';
import type { App } from '../../../server/types.js';
import { AppError, errors, localize } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { createTask } from '../tasks/service.js';
import { cw } from './messages.js';
import { assessmentStartDue, followUpDue } from '../../../domain/deadlines/index.js';
import { deadlineConfigForUnit } from '../my-work/deadlines.js';
import { looksLikeHenkilotunnus, maskHenkilotunnus, parseHenkilotunnus } from './henkilotunnus.js';
import {
  clientParams,
  currentNamedWorker,
  errorBody,
  isoDate,
  isUniqueViolation,
  notInFuture,
  optionalText,
  PURPOSE,
  requiredText,
  today,
  uuid,
} from './common.js';

const language = z.enum(['fi', 'sv', 'en', 'other']);
const clientGroup = z.enum(['adult', 'youth']);
const contactChannel = z.enum(['phone', 'visit', 'letter', 'e-service', 'referral', 'other']);
const contactedBy = z.enum(['client', 'close-person', 'partner', 'kela', 'benefit-handler', 'other']);
const namedWorkerStatus = z.enum(['assigned', 'not-needed', 'other-responsible']);

const namedWorker = z.object({
  id: uuid,
  workerId: z.string().nullable(),
  workerName: z.string().nullable(),
  status: namedWorkerStatus,
  reason: z.string().nullable(),
  otherResponsible: z.string().nullable(),
  assignedOn: z.string(),
  clientInformedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
});

const clientBasic = z.object({
  id: uuid,
  unitId: uuid,
  unitName: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  clientGroup,
  status: z.enum(['active', 'ended']),
});

const clientFull = clientBasic.extend({
  /** Masked: '120385-****'. The full code only through the audited reveal route. */
  henkilotunnus: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  streetAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  preferredLanguage: language,
  otherLanguage: z.string().nullable(),
  interpreterNeeded: z.boolean(),
  endedOn: z.string().nullable(),
  endReason: z.string().nullable(),
  version: z.number(),
  namedWorker: namedWorker.nullable(),
});

const editableFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  birthDate: isoDate.nullish(),
  henkilotunnus: z.string().trim().max(20).nullish(),
  phone: optionalText(40),
  email: z
    .union([z.string().trim().email().max(200), z.literal('')])
    .nullish()
    .transform((v) => (v ? v : null)),
  streetAddress: optionalText(200),
  postalCode: z
    .union([
      z
        .string()
        .trim()
        .regex(/^\d{5}$/),
      z.literal(''),
    ])
    .nullish()
    .transform((v) => (v ? v : null)),
  city: optionalText(100),
  preferredLanguage: language.optional(),
  otherLanguage: optionalText(100),
  interpreterNeeded: z.boolean().optional(),
  clientGroup: clientGroup.optional(),
};

const candidate = z.object({ id: uuid, firstName: z.string(), lastName: z.string(), unitName: z.string() });
const duplicateBody = z.object({
  error: z.object({ code: z.literal('possible_duplicate'), message: z.string(), candidates: z.array(candidate) }),
});

const contact = z.object({
  id: uuid,
  contactDate: z.string(),
  channel: contactChannel,
  contactedBy,
  reason: z.string().nullable(),
  assessmentRequired: z.boolean(),
  /** Statutory latest start of the assessment (7th working day), when required. */
  assessmentStartDue: z.string().nullable(),
  /** An assessment was started on or after the contact. */
  assessmentStarted: z.boolean(),
  createdByName: z.string().nullable(),
});

function clientSelect(db: Kysely<DB>) {
  return db
    .selectFrom('client')
    .innerJoin('unit', 'unit.id', 'client.unit_id')
    .selectAll('client')
    .select('unit.name as unit_name');
}

type ClientRow = Awaited<ReturnType<ReturnType<typeof clientSelect>['executeTakeFirstOrThrow']>>;

function toBasic(c: ClientRow): z.infer<typeof clientBasic> {
  return {
    id: c.id,
    unitId: c.unit_id,
    unitName: c.unit_name,
    firstName: c.first_name,
    lastName: c.last_name,
    birthDate: c.birth_date,
    clientGroup: c.client_group,
    status: c.status,
  };
}

async function toFull(db: Kysely<DB>, c: ClientRow): Promise<z.infer<typeof clientFull>> {
  const nw = await currentNamedWorker(db, c.id);
  return {
    ...toBasic(c),
    henkilotunnus: maskHenkilotunnus(c.henkilotunnus),
    phone: c.phone,
    email: c.email,
    streetAddress: c.street_address,
    postalCode: c.postal_code,
    city: c.city,
    preferredLanguage: c.preferred_language,
    otherLanguage: c.other_language,
    interpreterNeeded: c.interpreter_needed,
    endedOn: c.ended_on,
    endReason: c.end_reason,
    version: c.version,
    namedWorker: nw
      ? {
          id: nw.id,
          workerId: nw.worker_id,
          workerName: nw.worker_name,
          status: nw.status,
          reason: nw.reason,
          otherResponsible: nw.other_responsible,
          assignedOn: nw.assigned_on,
          clientInformedOn: nw.client_informed_on,
          endedOn: null,
        }
      : null,
  };
}

/** Validates the identity code and its agreement with the birth date; returns the columns to store. */
function identityColumns(input: { henkilotunnus?: string | null; birthDate?: string | null }) {
  const out: { henkilotunnus?: string | null; birth_date?: string | null } = {};
  if (input.henkilotunnus !== undefined) {
    if (input.henkilotunnus === null || input.henkilotunnus === '') {
      out.henkilotunnus = null;
    } else {
      const parsed = parseHenkilotunnus(input.henkilotunnus);
      if (!parsed) throw errors.field('henkilotunnus', cw('henkilotunnusInvalid'));
      if (input.birthDate && input.birthDate !== parsed.birthDate) {
        throw errors.field('birthDate', cw('henkilotunnusBirthDate'));
      }
      out.henkilotunnus = parsed.value;
      out.birth_date = parsed.birthDate;
    }
  }
  if (input.birthDate !== undefined && out.birth_date === undefined) out.birth_date = input.birthDate ?? null;
  if (out.birth_date && out.birth_date > today()) throw errors.field('birthDate', cw('futureDate'));
  return out;
}

export async function assertClientVersion(db: Kysely<DB>, clientId: string, version: number) {
  const row = await db.selectFrom('client').select('version').where('id', '=', clientId).executeTakeFirst();
  if (!row) throw errors.notFound();
  if (row.version !== version) throw errors.conflict();
}

export default async function clientRoutes(app: App) {
  const db = app.db;

  // ---- search ----
  const searchInput = z.object({
    q: z.string().trim().max(100).optional(),
    status: z.enum(['active', 'ended', 'all']).default('all'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  });
  const searchResult = z.object({ clients: z.array(clientBasic), total: z.number() });

  async function search(request: FastifyRequest, input: z.infer<typeof searchInput>) {
    const { q, status, limit } = input;
    const unitIds = request.access.unitIds;
    if (unitIds.length === 0) return { clients: [], total: 0 };
    let query = clientSelect(db).where('client.unit_id', 'in', unitIds);
    if (status !== 'all') query = query.where('client.status', '=', status);
    if (q) {
      if (looksLikeHenkilotunnus(q)) {
        // Exact match only; an invalid code matches nothing (and is never echoed back).
        const parsed = parseHenkilotunnus(q);
        query = query.where('client.henkilotunnus', '=', parsed?.value ?? '');
      } else {
        for (const token of q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 4)) {
          const like = `%${token.replace(/[%_\\]/g, '')}%`;
          query = query.where(sql<string>`lower(client.first_name || ' ' || client.last_name)`, 'like', like);
        }
      }
    }
    const rows = await query.orderBy('client.last_name').orderBy('client.first_name').limit(limit).execute();
    await audit(
      db,
      rows.map((c) => ({
        actor: request.actor(),
        action: 'client.search',
        clientId: c.id,
        subjectType: 'client',
        subjectId: c.id,
        purpose: PURPOSE,
      })),
    );
    return { clients: rows.map(toBasic), total: rows.length };
  }

  app.get(
    '/api/clients',
    {
      config: { action: 'client.search' },
      schema: {
        tags: ['clients'],
        summary:
          'Search clients of your units by name (an identity code also works, but prefer POST /api/clients/search to keep it out of URLs)',
        querystring: searchInput,
        response: { 200: searchResult },
      },
    },
    async (request) => search(request, request.query),
  );

  // The same search with the terms in the body, so an identity code never travels in a URL
  // (proxy and server access logs). The UI uses this one.
  app.post(
    '/api/clients/search',
    {
      config: { action: 'client.search' },
      schema: {
        tags: ['clients'],
        summary: 'Search clients of your units by name or exact personal identity code',
        body: searchInput,
        response: { 200: searchResult },
      },
    },
    async (request) => search(request, request.body),
  );

  // ---- create ----
  app.post(
    '/api/clients',
    {
      config: { action: 'client.create' },
      schema: {
        tags: ['clients'],
        summary: 'Create a client (409 possible_duplicate on the same name and birth date, unless confirmed)',
        body: z.object({
          unitId: uuid.optional(),
          confirmDuplicate: z.boolean().default(false),
          ...editableFields,
        }),
        response: { 201: z.object({ client: clientFull }), 409: duplicateBody },
      },
    },
    async (request, reply) => {
      const { unitId: wantedUnit, confirmDuplicate, henkilotunnus, birthDate, ...rest } = request.body;
      const unitIds = request.access.unitIds;
      const unitId = wantedUnit ?? (unitIds.length === 1 ? unitIds[0] : undefined);
      if (!unitId) throw errors.field('unitId', cw('unitRequired'));
      if (!unitIds.includes(unitId)) throw errors.field('unitId', cw('unitNotAllowed'));
      const identity = identityColumns({ henkilotunnus, birthDate });

      const result = await db.transaction().execute(async (trx) => {
        // Possible duplicates anywhere in the organisation's register: same identity code, or the
        // same name and birth date. Only id, name and unit are shown.
        const candidates = await trx
          .selectFrom('client')
          .innerJoin('unit', 'unit.id', 'client.unit_id')
          .select([
            'client.id',
            'client.first_name',
            'client.last_name',
            'unit.name as unit_name',
            'client.henkilotunnus',
          ])
          .where((eb) =>
            eb.or([
              ...(identity.henkilotunnus ? [eb('client.henkilotunnus', '=', identity.henkilotunnus)] : []),
              ...(identity.birth_date
                ? [
                    eb.and([
                      eb(sql<string>`lower(client.first_name)`, '=', rest.firstName.toLowerCase()),
                      eb(sql<string>`lower(client.last_name)`, '=', rest.lastName.toLowerCase()),
                      eb('client.birth_date', '=', identity.birth_date),
                    ]),
                  ]
                : []),
            ]),
          )
          .limit(10)
          .execute();
        const sameCode = identity.henkilotunnus && candidates.some((c) => c.henkilotunnus === identity.henkilotunnus);
        // The same identity code is never a new person; a name + birth date match may be confirmed.
        if (candidates.length > 0 && (!confirmDuplicate || sameCode)) {
          await audit(
            trx,
            candidates.map((c) => ({
              actor: request.actor(),
              action: 'client.create.duplicate-check',
              clientId: c.id,
              subjectType: 'client',
              subjectId: c.id,
              purpose: PURPOSE,
            })),
          );
          return { kind: 'duplicates' as const, duplicates: candidates };
        }
        const created = await trx
          .insertInto('client')
          .values({
            unit_id: unitId,
            first_name: rest.firstName,
            last_name: rest.lastName,
            birth_date: identity.birth_date ?? null,
            henkilotunnus: identity.henkilotunnus ?? null,
            phone: rest.phone ?? null,
            email: rest.email ?? null,
            street_address: rest.streetAddress ?? null,
            postal_code: rest.postalCode ?? null,
            city: rest.city ?? null,
            preferred_language: rest.preferredLanguage ?? 'fi',
            other_language: rest.preferredLanguage === 'other' ? (rest.otherLanguage ?? null) : null,
            interpreter_needed: rest.interpreterNeeded ?? false,
            client_group: rest.clientGroup ?? 'adult',
            ended_on: null,
            end_reason: null,
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'client.create',
          clientId: created.id,
          subjectType: 'client',
          subjectId: created.id,
          purpose: PURPOSE,
        });
        const row = await clientSelect(trx).where('client.id', '=', created.id).executeTakeFirstOrThrow();
        return { kind: 'created' as const, client: await toFull(trx, row) };
      });
      if (result.kind === 'duplicates') {
        return reply.status(409).send({
          error: {
            code: 'possible_duplicate' as const,
            message: localize(cw('possibleDuplicate'), request.lang),
            candidates: result.duplicates.map((c) => ({
              id: c.id,
              firstName: c.first_name,
              lastName: c.last_name,
              unitName: c.unit_name,
            })),
          },
        });
      }
      return reply.status(201).send({ client: result.client });
    },
  );

  // ---- read ----
  app.get(
    '/api/clients/:clientId',
    {
      config: { action: 'client.read' },
      schema: {
        tags: ['clients'],
        summary: 'Read a client record',
        params: clientParams,
        response: { 200: z.object({ client: clientFull, permittedActions: z.array(actionNameSchema) }) },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const row = await clientSelect(db).where('client.id', '=', clientId).executeTakeFirstOrThrow();
      await audit(db, {
        actor: request.actor(),
        action: 'client.read',
        clientId,
        subjectType: 'client',
        subjectId: clientId,
        purpose: PURPOSE,
      });
      return { client: await toFull(db, row), permittedActions: request.permittedActions() };
    },
  );

  app.get(
    '/api/clients/:clientId/basic',
    {
      config: { action: 'client.basic.read' },
      schema: {
        tags: ['clients'],
        summary: 'Basic client data (name, birth date, unit): for the benefit handler and the client',
        params: clientParams,
        response: { 200: z.object({ client: clientBasic }) },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const row = await clientSelect(db).where('client.id', '=', clientId).executeTakeFirstOrThrow();
      await audit(db, {
        actor: request.actor(),
        action: 'client.basic.read',
        clientId,
        subjectType: 'client',
        subjectId: clientId,
        purpose: PURPOSE,
      });
      return { client: toBasic(row) };
    },
  );

  app.post(
    '/api/clients/:clientId/identity-code/reveal',
    {
      config: { action: 'client.identity.reveal' },
      schema: {
        tags: ['clients'],
        summary: 'Show the full personal identity code (written to the use log)',
        params: clientParams,
        response: { 200: z.object({ henkilotunnus: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const row = await db
        .selectFrom('client')
        .select('henkilotunnus')
        .where('id', '=', clientId)
        .executeTakeFirstOrThrow();
      await audit(db, {
        actor: request.actor(),
        action: 'client.identity.reveal',
        clientId,
        subjectType: 'client.henkilotunnus',
        subjectId: clientId,
        purpose: PURPOSE,
      });
      return { henkilotunnus: row.henkilotunnus };
    },
  );

  // ---- update ----
  app.patch(
    '/api/clients/:clientId',
    {
      config: { action: 'client.update' },
      schema: {
        tags: ['clients'],
        summary: 'Edit the client record (version check)',
        params: clientParams,
        body: z.object({ version: z.number().int(), ...z.object(editableFields).partial().shape }),
        response: { 200: z.object({ client: clientFull }), 409: errorBody },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const { version, henkilotunnus, birthDate, ...rest } = request.body;
      const identity = identityColumns({ henkilotunnus, birthDate });
      const client = await db.transaction().execute(async (trx) => {
        const changes = {
          ...identity,
          ...(rest.firstName !== undefined ? { first_name: rest.firstName } : {}),
          ...(rest.lastName !== undefined ? { last_name: rest.lastName } : {}),
          ...(rest.phone !== undefined ? { phone: rest.phone } : {}),
          ...(rest.email !== undefined ? { email: rest.email } : {}),
          ...(rest.streetAddress !== undefined ? { street_address: rest.streetAddress } : {}),
          ...(rest.postalCode !== undefined ? { postal_code: rest.postalCode } : {}),
          ...(rest.city !== undefined ? { city: rest.city } : {}),
          ...(rest.preferredLanguage !== undefined ? { preferred_language: rest.preferredLanguage } : {}),
          ...(rest.otherLanguage !== undefined ? { other_language: rest.otherLanguage } : {}),
          ...(rest.interpreterNeeded !== undefined ? { interpreter_needed: rest.interpreterNeeded } : {}),
          ...(rest.clientGroup !== undefined ? { client_group: rest.clientGroup } : {}),
        };
        let updated;
        try {
          updated = await trx
            .updateTable('client')
            .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
            .where('id', '=', clientId)
            .where('version', '=', version)
            .returning('id')
            .executeTakeFirst();
        } catch (e) {
          if (isUniqueViolation(e)) throw errors.field('henkilotunnus', cw('henkilotunnusTaken'));
          throw e;
        }
        if (!updated) await assertClientVersion(trx, clientId, version);
        await audit(trx, {
          actor: request.actor(),
          action: 'client.update',
          clientId,
          subjectType: 'client',
          subjectId: clientId,
          purpose: PURPOSE,
        });
        const row = await clientSelect(trx).where('client.id', '=', clientId).executeTakeFirstOrThrow();
        return toFull(trx, row);
      });
      return { client };
    },
  );

  // ---- end of client relationship ----
  app.post(
    '/api/clients/:clientId/end',
    {
      config: { action: 'client.update' },
      schema: {
        tags: ['clients'],
        summary: 'End the client relationship, optionally with a follow-up task (youth: two months later)',
        params: clientParams,
        body: z.object({
          version: z.number().int(),
          endedOn: isoDate,
          endReason: requiredText(2000),
          /** Default: yes for youth clients (DOMAIN 3.8), no for others. */
          followUp: z.boolean().optional(),
          followUpDate: isoDate.optional(),
        }),
        response: { 200: z.object({ client: clientFull, followUpTaskId: z.string().nullable() }), 409: errorBody },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const { version, endedOn, endReason, followUpDate } = request.body;
      notInFuture('endedOn', endedOn);
      return db.transaction().execute(async (trx) => {
        const current = await trx
          .selectFrom('client')
          .select(['status', 'client_group', 'unit_id'])
          .where('id', '=', clientId)
          .executeTakeFirstOrThrow();
        if (current.status === 'ended') throw new AppError(409, 'already_ended', cw('alreadyEnded'));
        const updated = await trx
          .updateTable('client')
          .set({
            status: 'ended',
            ended_on: endedOn,
            end_reason: endReason,
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', clientId)
          .where('version', '=', version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) await assertClientVersion(trx, clientId, version);
        const followUp = request.body.followUp ?? current.client_group === 'youth';
        let followUpTaskId: string | null = null;
        if (followUp) {
          // The organisation's follow-up period for the client's group; for a group without one
          // (adults by default) the youth model's period applies when a follow-up is asked for.
          const config = await deadlineConfigForUnit(trx, current.unit_id);
          const due =
            followUpDate ?? followUpDue(endedOn, config[current.client_group]) ?? followUpDue(endedOn, config.youth);
          if (!due) throw errors.required('followUpDate');
          if (due < endedOn) throw errors.field('followUpDate', cw('endBeforeStart'));
          const nw = await currentNamedWorker(trx, clientId);
          followUpTaskId = await createTask(trx, {
            unitId: current.unit_id,
            assigneeId: nw?.status === 'assigned' ? nw.worker_id : request.user!.id,
            clientId,
            kind: 'client.followup',
            title: localize(cw('followUpTask'), 'fi'),
            dueDate: due,
            sourceType: 'client',
            sourceId: clientId,
            createdBy: request.user!.id,
          });
        }
        await audit(trx, {
          actor: request.actor(),
          action: 'client.end',
          clientId,
          subjectType: 'client',
          subjectId: clientId,
          purpose: PURPOSE,
        });
        const row = await clientSelect(trx).where('client.id', '=', clientId).executeTakeFirstOrThrow();
        return { client: await toFull(trx, row), followUpTaskId };
      });
    },
  );

  // ---- contacts ----
  app.get(
    '/api/clients/:clientId/contacts',
    {
      config: { action: 'contact.read' },
      schema: {
        tags: ['clients'],
        summary: 'Contacts (yhteydenotot) of a client',
        params: clientParams,
        response: { 200: z.object({ contacts: z.array(contact) }) },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const contacts = await listContacts(db, clientId);
      await audit(db, {
        actor: request.actor(),
        action: 'contact.read',
        clientId,
        subjectType: 'contact',
        purpose: PURPOSE,
      });
      return { contacts };
    },
  );

  app.post(
    '/api/clients/:clientId/contacts',
    {
      config: { action: 'contact.write' },
      schema: {
        tags: ['clients'],
        summary: 'Record a contact; it starts the statutory assessment deadline when assessmentRequired',
        params: clientParams,
        body: z.object({
          contactDate: isoDate,
          channel: contactChannel,
          contactedBy,
          reason: optionalText(2000),
          assessmentRequired: z.boolean().default(true),
        }),
        response: { 201: z.object({ contact }) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params;
      const body = request.body;
      notInFuture('contactDate', body.contactDate);
      const created = await db.transaction().execute(async (trx) => {
        const id = await insertContact(trx, {
          clientId,
          unitId: request.access.clientUnitId!,
          contactDate: body.contactDate,
          channel: body.channel,
          contactedBy: body.contactedBy,
          reason: body.reason,
          assessmentRequired: body.assessmentRequired,
          userId: request.user!.id,
        });
        await audit(trx, {
          actor: request.actor(),
          action: 'contact.create',
          clientId,
          subjectType: 'contact',
          subjectId: id,
          purpose: PURPOSE,
        });
        return (await listContacts(trx, clientId)).find((c) => c.id === id)!;
      });
      return reply.status(201).send({ contact: created });
    },
  );

  // ---- the benefit handler's concern (huoli) ----
  const concern = z.object({
    id: uuid,
    clientId: uuid,
    clientFirstName: z.string(),
    clientLastName: z.string(),
    contactDate: z.string(),
    reason: z.string().nullable(),
  });

  app.post(
    '/api/concerns',
    {
      config: { action: 'concern.create' },
      schema: {
        tags: ['clients'],
        summary:
          "A benefit handler's concern about a client of their unit: a contact and a task for the unit's social workers",
        body: z.object({ clientId: uuid, description: requiredText(2000) }),
        response: { 201: z.object({ concern }) },
      },
    },
    async (request, reply) => {
      const { clientId, description } = request.body;
      const client = await db
        .selectFrom('client')
        .select(['unit_id', 'first_name', 'last_name', 'client_group'])
        .where('id', '=', clientId)
        .executeTakeFirst();
      if (!client) throw errors.field('clientId', cw('concernClientNotInUnit'));
      if (!request.access.unitIds.includes(client.unit_id)) {
        await audit(db, {
          actor: request.actor(),
          action: 'concern.create',
          clientId,
          purpose: 'access check',
          outcome: 'denied',
        });
        throw errors.forbidden();
      }
      const contactDate = today();
      const id = await db.transaction().execute(async (trx) => {
        const contactId = await insertContact(trx, {
          clientId,
          unitId: client.unit_id,
          contactDate,
          channel: 'other',
          contactedBy: 'benefit-handler',
          reason: description,
          assessmentRequired: true,
          userId: request.user!.id,
        });
        // The named worker gets it; without one it is a task of the whole unit.
        const nw = await currentNamedWorker(trx, clientId);
        await createTask(trx, {
          unitId: client.unit_id,
          assigneeId: nw?.status === 'assigned' ? nw.worker_id : null,
          clientId,
          kind: 'client.concern',
          title: localize(cw('concernTask'), 'fi'),
          dueDate: assessmentStartDue(
            contactDate,
            (await deadlineConfigForUnit(trx, client.unit_id))[client.client_group],
          ),
          sourceType: 'contact',
          sourceId: contactId,
          createdBy: request.user!.id,
        });
        await audit(trx, {
          actor: request.actor(),
          action: 'concern.create',
          clientId,
          subjectType: 'contact',
          subjectId: contactId,
          purpose: 'etuuskäsittely',
        });
        return contactId;
      });
      return reply.status(201).send({
        concern: {
          id,
          clientId,
          clientFirstName: client.first_name,
          clientLastName: client.last_name,
          contactDate,
          reason: description,
        },
      });
    },
  );

  app.get(
    '/api/concerns',
    {
      config: { action: 'concern.read' },
      schema: {
        tags: ['clients'],
        summary: 'The concerns you have raised',
        response: { 200: z.object({ concerns: z.array(concern) }) },
      },
    },
    async (request) => {
      const rows = await db
        .selectFrom('contact')
        .innerJoin('client', 'client.id', 'contact.client_id')
        .select([
          'contact.id',
          'contact.client_id',
          'client.first_name',
          'client.last_name',
          'contact.contact_date',
          'contact.reason',
        ])
        .where('contact.created_by', '=', request.user!.id)
        .where('contact.contacted_by', '=', 'benefit-handler')
        .where(
          'contact.unit_id',
          'in',
          request.access.unitIds.length ? request.access.unitIds : ['00000000-0000-0000-0000-000000000000'],
        )
        .orderBy('contact.contact_date', 'desc')
        .orderBy('contact.created_at', 'desc')
        .limit(200)
        .execute();
      await audit(
        db,
        rows.map((r) => ({
          actor: request.actor(),
          action: 'concern.read',
          clientId: r.client_id,
          subjectType: 'contact',
          subjectId: r.id,
          purpose: 'etuuskäsittely',
        })),
      );
      return {
        concerns: rows.map((r) => ({
          id: r.id,
          clientId: r.client_id,
          clientFirstName: r.first_name,
          clientLastName: r.last_name,
          contactDate: r.contact_date,
          reason: r.reason,
        })),
      };
    },
  );

  // ---- named worker (SHL 42 §) ----
  app.get(
    '/api/clients/:clientId/named-worker',
    {
      config: { action: 'client.read' },
      schema: {
        tags: ['clients'],
        summary: 'Current named worker and the change log',
        params: clientParams,
        response: {
          200: z.object({
            current: namedWorker.nullable(),
            history: z.array(namedWorker),
            workers: z.array(z.object({ id: uuid, displayName: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const rows = await db
        .selectFrom('named_worker_assignment')
        .leftJoin('app_user', 'app_user.id', 'named_worker_assignment.worker_id')
        .selectAll('named_worker_assignment')
        .select('app_user.display_name')
        .where('named_worker_assignment.client_id', '=', clientId)
        .orderBy('named_worker_assignment.created_at', 'desc')
        .execute();
      const items = rows.map((r) => ({
        id: r.id,
        workerId: r.worker_id,
        workerName: r.display_name,
        status: r.status,
        reason: r.reason,
        otherResponsible: r.other_responsible,
        assignedOn: r.assigned_on,
        clientInformedOn: r.client_informed_on,
        endedOn: r.ended_on,
      }));
      const workers = await unitWorkers(db, request.access.clientUnitId!);
      await audit(db, {
        actor: request.actor(),
        action: 'namedworker.read',
        clientId,
        subjectType: 'named_worker_assignment',
        purpose: PURPOSE,
      });
      return { current: items.find((i) => i.endedOn === null) ?? null, history: items, workers };
    },
  );

  app.post(
    '/api/clients/:clientId/named-worker',
    {
      config: { action: 'namedWorker.write' },
      schema: {
        tags: ['clients'],
        summary: 'Assign a named worker, or record that one is not needed or another worker is responsible',
        params: clientParams,
        body: z.object({
          /** The id of the assignment you saw as current (null if none): a changed one gives 409. */
          currentId: uuid.nullable(),
          status: namedWorkerStatus,
          workerId: uuid.nullish(),
          reason: optionalText(2000),
          otherResponsible: optionalText(200),
          assignedOn: isoDate,
          clientInformedOn: isoDate.nullish(),
        }),
        response: { 201: z.object({ current: namedWorker }), 409: errorBody },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params;
      const b = request.body;
      notInFuture('assignedOn', b.assignedOn);
      if (b.clientInformedOn) notInFuture('clientInformedOn', b.clientInformedOn);
      if (b.status === 'assigned') {
        if (!b.workerId) throw errors.field('workerId', cw('workerRequired'));
        const workers = await unitWorkers(db, request.access.clientUnitId!);
        if (!workers.some((w) => w.id === b.workerId)) throw errors.field('workerId', cw('workerNotInUnit'));
      }
      if (b.status === 'not-needed' && !b.reason) throw errors.field('reason', cw('reasonRequired'));
      if (b.status === 'other-responsible' && !b.otherResponsible)
        throw errors.field('otherResponsible', cw('otherResponsibleRequired'));
      const current = await db.transaction().execute(async (trx) => {
        await sql`select id from client where id = ${clientId} for update`.execute(trx);
        const existing = await currentNamedWorker(trx, clientId);
        if ((existing?.id ?? null) !== b.currentId) throw new AppError(409, 'conflict', cw('namedWorkerChanged'));
        if (existing) {
          await trx
            .updateTable('named_worker_assignment')
            .set({ ended_on: b.assignedOn })
            .where('id', '=', existing.id)
            .execute();
        }
        const row = await trx
          .insertInto('named_worker_assignment')
          .values({
            client_id: clientId,
            worker_id: b.status === 'assigned' ? b.workerId! : null,
            status: b.status,
            reason: b.reason,
            other_responsible: b.status === 'other-responsible' ? b.otherResponsible : null,
            assigned_on: b.assignedOn,
            client_informed_on: b.clientInformedOn ?? null,
            ended_on: null,
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'namedworker.assign',
          clientId,
          subjectType: 'named_worker_assignment',
          subjectId: row.id,
          purpose: PURPOSE,
        });
        const nw = (await currentNamedWorker(trx, clientId))!;
        return {
          id: nw.id,
          workerId: nw.worker_id,
          workerName: nw.worker_name,
          status: nw.status,
          reason: nw.reason,
          otherResponsible: nw.other_responsible,
          assignedOn: nw.assigned_on,
          clientInformedOn: nw.client_informed_on,
          endedOn: null,
        };
      });
      return reply.status(201).send({ current });
    },
  );

  app.patch(
    '/api/clients/:clientId/named-worker/:assignmentId',
    {
      config: { action: 'namedWorker.write' },
      schema: {
        tags: ['clients'],
        summary: 'Record the date the client was told about the named worker',
        params: z.object({ clientId: uuid, assignmentId: uuid }),
        body: z.object({ clientInformedOn: isoDate }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      const { clientId, assignmentId } = request.params;
      notInFuture('clientInformedOn', request.body.clientInformedOn);
      await db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('named_worker_assignment')
          .set({ client_informed_on: request.body.clientInformedOn })
          .where('id', '=', assignmentId)
          .where('client_id', '=', clientId)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) throw errors.notFound();
        await audit(trx, {
          actor: request.actor(),
          action: 'namedworker.informed',
          clientId,
          subjectType: 'named_worker_assignment',
          subjectId: assignmentId,
          purpose: PURPOSE,
        });
      });
      return { ok: true as const };
    },
  );
}

/** Social workers and counsellors of a unit: the people who can be a named worker. */
export async function unitWorkers(db: Kysely<DB>, unitId: string) {
  return db
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select(['app_user.id', 'app_user.display_name as displayName'])
    .where('user_role.unit_id', '=', unitId)
    .where('user_role.role', 'in', ['sosiaalityontekija', 'sosiaaliohjaaja'])
    .where('app_user.is_active', '=', true)
    .distinct()
    .orderBy('displayName')
    .execute();
}

interface NewContact {
  clientId: string;
  unitId: string;
  contactDate: string;
  channel: z.infer<typeof contactChannel>;
  contactedBy: z.infer<typeof contactedBy>;
  reason: string | null;
  assessmentRequired: boolean;
  userId: string;
}

/** A new contact re-opens an ended client relationship (asian vireilletulo). */
async function insertContact(trx: Kysely<DB>, c: NewContact): Promise<string> {
  const row = await trx
    .insertInto('contact')
    .values({
      client_id: c.clientId,
      unit_id: c.unitId,
      contact_date: c.contactDate,
      channel: c.channel,
      contacted_by: c.contactedBy,
      reason: c.reason,
      assessment_required: c.assessmentRequired,
      created_by: c.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('client')
    .set({ status: 'active', ended_on: null, end_reason: null, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', c.clientId)
    .where('status', '=', 'ended')
    .execute();
  return row.id;
}

async function listContacts(db: Kysely<DB>, clientId: string) {
  const rows = await db
    .selectFrom('contact')
    .leftJoin('app_user', 'app_user.id', 'contact.created_by')
    .selectAll('contact')
    .select('app_user.display_name')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('assessment')
            .select('assessment.id')
            .whereRef('assessment.client_id', '=', 'contact.client_id')
            .where((w) =>
              w.or([
                w('assessment.contact_id', '=', w.ref('contact.id')),
                w('assessment.started_on', '>=', w.ref('contact.contact_date')),
              ]),
            ),
        )
        .as('started'),
    )
    .where('contact.client_id', '=', clientId)
    .orderBy('contact.contact_date', 'desc')
    .orderBy('contact.created_at', 'desc')
    .execute();
  const client = await db
    .selectFrom('client')
    .select(['unit_id', 'client_group'])
    .where('id', '=', clientId)
    .executeTakeFirstOrThrow();
  const config = (await deadlineConfigForUnit(db, client.unit_id))[client.client_group];
  return rows.map((r) => ({
    id: r.id,
    contactDate: r.contact_date,
    channel: r.channel,
    contactedBy: r.contacted_by,
    reason: r.reason,
    assessmentRequired: r.assessment_required,
    assessmentStartDue: r.assessment_required ? assessmentStartDue(r.contact_date, config) : null,
    assessmentStarted: Boolean(r.started),
    createdByName: r.display_name,
  }));
}
