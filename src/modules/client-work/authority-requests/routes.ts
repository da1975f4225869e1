// Requests to other authorities (SHL 41 §): the responsible worker asks health care, employment
// services, Kela or housing to take part in the assessment or plan; they must take part. Tracked as
// request → answer → contribution, with a due date that shows on My work.
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/types.js';
import type { App } from '../../../server/types.js';
import { AppError, errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { authorityRequestDue } from '../../../domain/deadlines/index.js';
import { deadlineConfigForUnit } from '../my-work/deadlines.js';
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

const kind = z.enum(['health', 'employment', 'kela', 'housing', 'education', 'other']);
const purpose = z.enum(['assessment', 'plan', 'other']);
const status = z.enum(['sent', 'answered', 'contributed', 'cancelled']);

const request = z.object({
  id: uuid,
  authority: z.string(),
  authorityKind: kind,
  purpose,
  requestText: z.string().nullable(),
  sharedInformation: z.string().nullable(),
  sentOn: z.string(),
  dueDate: z.string(),
  status,
  answeredOn: z.string().nullable(),
  answer: z.string().nullable(),
  contribution: z.string().nullable(),
  version: z.number(),
  createdByName: z.string().nullable(),
});

function select(db: Kysely<DB>) {
  return db
    .selectFrom('authority_request')
    .leftJoin('app_user', 'app_user.id', 'authority_request.created_by')
    .selectAll('authority_request')
    .select('app_user.display_name');
}
type Row = Awaited<ReturnType<ReturnType<typeof select>['executeTakeFirstOrThrow']>>;
const dto = (r: Row): z.infer<typeof request> => ({
  id: r.id,
  authority: r.authority,
  authorityKind: r.authority_kind,
  purpose: r.purpose,
  requestText: r.request_text,
  sharedInformation: r.shared_information,
  sentOn: r.sent_on,
  dueDate: r.due_date,
  status: r.status,
  answeredOn: r.answered_on,
  answer: r.answer,
  contribution: r.contribution,
  version: r.version,
  createdByName: r.display_name,
});

/** Allowed status changes: sent → answered → contributed; sent/answered → cancelled. */
const NEXT: Record<z.infer<typeof status>, z.infer<typeof status>[]> = {
  sent: ['sent', 'answered', 'cancelled'],
  answered: ['answered', 'contributed', 'cancelled'],
  contributed: ['contributed'],
  cancelled: ['cancelled'],
};

export default async function authorityRequestRoutes(app: App) {
  const db = app.db;

  app.get(
    '/api/clients/:clientId/authority-requests',
    {
      config: { action: 'authorityRequest.read' },
      schema: {
        tags: ['authority-requests'],
        summary: 'Requests to other authorities (SHL 41 §)',
        params: clientParams,
        response: { 200: z.object({ requests: z.array(request) }) },
      },
    },
    async (req) => {
      const { clientId } = req.params;
      const rows = await select(db)
        .where('authority_request.client_id', '=', clientId)
        .orderBy('sent_on', 'desc')
        .orderBy('authority_request.created_at', 'desc')
        .execute();
      await audit(db, {
        actor: req.actor(),
        action: 'authorityRequest.read',
        clientId,
        subjectType: 'authority_request',
        purpose: PURPOSE,
      });
      return { requests: rows.map(dto) };
    },
  );

  app.post(
    '/api/clients/:clientId/authority-requests',
    {
      config: { action: 'authorityRequest.write' },
      schema: {
        tags: ['authority-requests'],
        summary: 'Record a request to another authority to take part',
        params: clientParams,
        body: z.object({
          authority: requiredText(200),
          authorityKind: kind,
          purpose,
          requestText: optionalText(4000),
          /** What the request shares with the authority: all they get to see. */
          sharedInformation: optionalText(4000),
          sentOn: isoDate,
          /** Default: the organisation's answer time (14 working days unless configured) after sending. */
          dueDate: isoDate.optional(),
        }),
        response: { 201: z.object({ request }) },
      },
    },
    async (req, reply) => {
      const { clientId } = req.params;
      const b = req.body;
      notInFuture('sentOn', b.sentOn);
      const client = await db
        .selectFrom('client')
        .select('client_group')
        .where('id', '=', clientId)
        .executeTakeFirstOrThrow();
      const config = (await deadlineConfigForUnit(db, req.access.clientUnitId!))[client.client_group];
      const dueDate = b.dueDate ?? authorityRequestDue(b.sentOn, config);
      if (dueDate < b.sentOn) throw errors.field('dueDate', cw('dueBeforeSent'));
      const row = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto('authority_request')
          .values({
            client_id: clientId,
            unit_id: req.access.clientUnitId!,
            authority: b.authority,
            authority_kind: b.authorityKind,
            purpose: b.purpose,
            request_text: b.requestText,
            shared_information: b.sharedInformation,
            sent_on: b.sentOn,
            due_date: dueDate,
            answered_on: null,
            answer: null,
            contribution: null,
            created_by: req.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: req.actor(),
          action: 'authorityrequest.create',
          clientId,
          subjectType: 'authority_request',
          subjectId: created.id,
          purpose: PURPOSE,
        });
        return select(trx).where('authority_request.id', '=', created.id).executeTakeFirstOrThrow();
      });
      return reply.status(201).send({ request: dto(row) });
    },
  );

  app.patch(
    '/api/clients/:clientId/authority-requests/:requestId',
    {
      config: { action: 'authorityRequest.write' },
      schema: {
        tags: ['authority-requests'],
        summary: 'Record the answer or the contribution, change the due date, or cancel (version check)',
        params: z.object({ clientId: uuid, requestId: uuid }),
        body: z.object({
          version: z.number().int(),
          status: status.optional(),
          dueDate: isoDate.optional(),
          answeredOn: isoDate.nullish(),
          answer: optionalText(4000).optional(),
          contribution: optionalText(4000).optional(),
        }),
        response: { 200: z.object({ request }), 409: errorBody },
      },
    },
    async (req) => {
      const { clientId, requestId } = req.params;
      const b = req.body;
      const row = await db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('authority_request')
          .selectAll()
          .where('id', '=', requestId)
          .where('client_id', '=', clientId)
          .executeTakeFirst();
        if (!existing) throw errors.notFound();
        if (existing.version !== b.version) throw errors.conflict();
        const next = b.status ?? existing.status;
        if (!NEXT[existing.status].includes(next))
          throw new AppError(400, 'validation', errors.validation([]).localized, [
            { path: 'status', message: cw('requestTransition') },
          ]);
        const answer = b.answer !== undefined ? b.answer : existing.answer;
        const answeredOn = b.answeredOn !== undefined ? b.answeredOn : existing.answered_on;
        const contribution = b.contribution !== undefined ? b.contribution : existing.contribution;
        const dueDate = b.dueDate ?? existing.due_date;
        if (dueDate < existing.sent_on) throw errors.field('dueDate', cw('dueBeforeSent'));
        if (next === 'answered' || next === 'contributed') {
          const fields = [];
          if (!answer) fields.push({ path: 'answer', message: cw('answerRequired') });
          if (!answeredOn) fields.push({ path: 'answeredOn', message: cw('required') });
          if (next === 'contributed' && !contribution)
            fields.push({ path: 'contribution', message: cw('contributionRequired') });
          if (fields.length) throw errors.validation(fields);
          notInFuture('answeredOn', answeredOn!);
          if (answeredOn! < existing.sent_on) throw errors.field('answeredOn', cw('endBeforeStart'));
        }
        const updated = await trx
          .updateTable('authority_request')
          .set({
            status: next,
            due_date: dueDate,
            answer,
            answered_on: answeredOn,
            contribution,
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', requestId)
          .where('version', '=', b.version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: req.actor(),
          action: 'authorityrequest.update',
          clientId,
          subjectType: 'authority_request',
          subjectId: requestId,
          purpose: PURPOSE,
        });
        return select(trx).where('authority_request.id', '=', requestId).executeTakeFirstOrThrow();
      });
      return { request: dto(row) };
    },
  );
}
