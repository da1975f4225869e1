// Close-network mapping (läheisverkoston kartoitus, SHL 43 §): people close to the client, how they
// support the client, and their own support needs. Allowed only on a recorded legal basis: the
// client's consent (not withdrawn), or one of the two exceptions of the act with a written
// justification.
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/types.js';
import type { App } from '../../../server/types.js';
import { AppError, errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { cw } from '../clients/messages.js';
import {
  clientParams,
  errorBody,
  isoDate,
  notInFuture,
  optionalText,
  PURPOSE,
  requiredText,
  uuid,
} from '../clients/common.js';

const basis = z.enum(['consent', 'exception-unable-to-care', 'exception-child-interest']);

const consent = z.object({
  id: uuid,
  basis,
  scope: z.string().nullable(),
  givenOn: z.string(),
  givenBy: z.string().nullable(),
  justification: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  createdByName: z.string().nullable(),
});

const person = z.object({
  id: uuid,
  consentId: uuid,
  name: z.string(),
  relationship: z.string().nullable(),
  contactInfo: z.string().nullable(),
  supportRole: z.string().nullable(),
  ownSupportNeeds: z.string().nullable(),
  version: z.number(),
});

const personBody = z.object({
  name: requiredText(200),
  relationship: optionalText(200),
  contactInfo: optionalText(200),
  supportRole: optionalText(4000),
  ownSupportNeeds: optionalText(4000),
});

/** The basis in force: the newest consent not withdrawn, or an exception. */
export async function activeNetworkBasis(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('network_consent')
    .select(['id', 'basis'])
    .where('client_id', '=', clientId)
    .where('withdrawn_at', 'is', null)
    .orderBy('given_on', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

async function load(db: Kysely<DB>, clientId: string) {
  const consents = await db
    .selectFrom('network_consent')
    .leftJoin('app_user', 'app_user.id', 'network_consent.created_by')
    .selectAll('network_consent')
    .select('app_user.display_name')
    .where('network_consent.client_id', '=', clientId)
    .orderBy('given_on', 'desc')
    .orderBy('network_consent.created_at', 'desc')
    .execute();
  const persons = await db
    .selectFrom('network_person')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('created_at')
    .execute();
  return {
    consents: consents.map((c) => ({
      id: c.id,
      basis: c.basis,
      scope: c.scope,
      givenOn: c.given_on,
      givenBy: c.given_by,
      justification: c.justification,
      withdrawnAt: c.withdrawn_at,
      createdByName: c.display_name,
    })),
    persons: persons.map(personDto),
  };
}

function personDto(p: DBPerson) {
  return {
    id: p.id,
    consentId: p.consent_id,
    name: p.name,
    relationship: p.relationship,
    contactInfo: p.contact_info,
    supportRole: p.support_role,
    ownSupportNeeds: p.own_support_needs,
    version: p.version,
  };
}
type DBPerson = {
  id: string;
  consent_id: string;
  name: string;
  relationship: string | null;
  contact_info: string | null;
  support_role: string | null;
  own_support_needs: string | null;
  version: number;
};

const consentRequired = () => new AppError(400, 'network_consent_required', cw('networkConsentRequired'));

export default async function networkRoutes(app: App) {
  const db = app.db;

  app.get(
    '/api/clients/:clientId/network',
    {
      config: { action: 'network.read' },
      schema: {
        tags: ['network'],
        summary: 'Consents and persons of the close-network mapping',
        params: clientParams,
        response: { 200: z.object({ consents: z.array(consent), persons: z.array(person), canMap: z.boolean() }) },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const data = await load(db, clientId);
      await audit(db, {
        actor: request.actor(),
        action: 'network.read',
        clientId,
        subjectType: 'network',
        purpose: PURPOSE,
      });
      return { ...data, canMap: Boolean(await activeNetworkBasis(db, clientId)) };
    },
  );

  app.post(
    '/api/clients/:clientId/network/consents',
    {
      config: { action: 'network.write' },
      schema: {
        tags: ['network'],
        summary: "Record the client's consent, or a statutory exception with its justification",
        params: clientParams,
        body: z.object({
          basis,
          scope: optionalText(2000),
          givenOn: isoDate,
          givenBy: optionalText(200),
          justification: optionalText(4000),
        }),
        response: { 201: z.object({ consent }) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params;
      const b = request.body;
      notInFuture('givenOn', b.givenOn);
      if (b.basis === 'consent' && !b.givenBy) throw errors.field('givenBy', cw('givenByRequired'));
      if (b.basis !== 'consent' && !b.justification) throw errors.field('justification', cw('justificationRequired'));
      const created = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('network_consent')
          .values({
            client_id: clientId,
            basis: b.basis,
            scope: b.scope,
            given_on: b.givenOn,
            given_by: b.givenBy,
            justification: b.justification,
            withdrawn_at: null,
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'network.consent.create',
          clientId,
          subjectType: 'network_consent',
          subjectId: row.id,
          purpose: PURPOSE,
        });
        return (await load(trx, clientId)).consents.find((c) => c.id === row.id)!;
      });
      return reply.status(201).send({ consent: created });
    },
  );

  app.post(
    '/api/clients/:clientId/network/consents/:consentId/withdraw',
    {
      config: { action: 'network.write' },
      schema: {
        tags: ['network'],
        summary: 'Record that the consent was withdrawn',
        params: z.object({ clientId: uuid, consentId: uuid }),
        body: z.object({ withdrawnAt: isoDate }),
        response: { 200: z.object({ consent }), 409: errorBody },
      },
    },
    async (request) => {
      const { clientId, consentId } = request.params;
      notInFuture('withdrawnAt', request.body.withdrawnAt);
      const updated = await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('network_consent')
          .select(['withdrawn_at', 'given_on'])
          .where('id', '=', consentId)
          .where('client_id', '=', clientId)
          .executeTakeFirst();
        if (!row) throw errors.notFound();
        if (row.withdrawn_at) throw new AppError(409, 'already_withdrawn', cw('consentAlreadyWithdrawn'));
        if (request.body.withdrawnAt < row.given_on) throw errors.field('withdrawnAt', cw('endBeforeStart'));
        await trx
          .updateTable('network_consent')
          .set({ withdrawn_at: request.body.withdrawnAt })
          .where('id', '=', consentId)
          .execute();
        await audit(trx, {
          actor: request.actor(),
          action: 'network.consent.withdraw',
          clientId,
          subjectType: 'network_consent',
          subjectId: consentId,
          purpose: PURPOSE,
        });
        return (await load(trx, clientId)).consents.find((c) => c.id === consentId)!;
      });
      return { consent: updated };
    },
  );

  app.post(
    '/api/clients/:clientId/network/persons',
    {
      config: { action: 'network.write' },
      schema: {
        tags: ['network'],
        summary: 'Add a person to the close network (needs a consent or a recorded exception)',
        params: clientParams,
        body: personBody,
        response: { 201: z.object({ person }), 400: errorBody },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params;
      const b = request.body;
      const created = await db.transaction().execute(async (trx) => {
        const basisRow = await activeNetworkBasis(trx, clientId);
        if (!basisRow) throw consentRequired();
        const row = await trx
          .insertInto('network_person')
          .values({
            client_id: clientId,
            consent_id: basisRow.id,
            name: b.name,
            relationship: b.relationship,
            contact_info: b.contactInfo,
            support_role: b.supportRole,
            own_support_needs: b.ownSupportNeeds,
            created_by: request.user!.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'network.person.create',
          clientId,
          subjectType: 'network_person',
          subjectId: row.id,
          purpose: PURPOSE,
        });
        return personDto(row);
      });
      return reply.status(201).send({ person: created });
    },
  );

  app.patch(
    '/api/clients/:clientId/network/persons/:personId',
    {
      config: { action: 'network.write' },
      schema: {
        tags: ['network'],
        summary: 'Edit a network person (version check; needs a basis in force)',
        params: z.object({ clientId: uuid, personId: uuid }),
        body: personBody.extend({ version: z.number().int() }),
        response: { 200: z.object({ person }), 400: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const { clientId, personId } = request.params;
      const b = request.body;
      const updated = await db.transaction().execute(async (trx) => {
        if (!(await activeNetworkBasis(trx, clientId))) throw consentRequired();
        const row = await trx
          .updateTable('network_person')
          .set({
            name: b.name,
            relationship: b.relationship,
            contact_info: b.contactInfo,
            support_role: b.supportRole,
            own_support_needs: b.ownSupportNeeds,
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', personId)
          .where('client_id', '=', clientId)
          .where('version', '=', b.version)
          .returningAll()
          .executeTakeFirst();
        if (!row) {
          const exists = await trx
            .selectFrom('network_person')
            .select('id')
            .where('id', '=', personId)
            .where('client_id', '=', clientId)
            .executeTakeFirst();
          throw exists ? errors.conflict() : errors.notFound();
        }
        await audit(trx, {
          actor: request.actor(),
          action: 'network.person.update',
          clientId,
          subjectType: 'network_person',
          subjectId: personId,
          purpose: PURPOSE,
        });
        return personDto(row);
      });
      return { person: updated };
    },
  );
}
