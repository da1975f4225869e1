// Proposal register and the public "what we did" page (DOMAIN.md 4.2).
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import { actionNameSchema } from '../../../shared/contracts/foundation/auth.js';
import { audit } from '../../../server/audit/audit.js';
import { LANGUAGES, messagesFor, type Lang } from '../../../shared/i18n.js';
import { html, page } from '../../../server/pages/html.js';
import { settingsForUnit } from '../settings/service.js';
import { WHAT_WE_DID_PATHS } from '../../../shared/participation/proposals.js';
import {
  PROPOSAL_THEMES,
  proposalErrors,
  SOURCE_LABELS,
  STATUS_LABELS,
  THEME_LABELS,
  whatWeDidText,
} from './messages.js';
import { changeStatus, createProposal, publicProposals } from './service.js';
import { type ProposalStatus } from '../../../db/tables/proposals.js';
import { PROPOSAL_SOURCES, PROPOSAL_STATUSES } from '../../../shared/participation/proposals.js';

const idParam = z.object({ proposalId: z.string().uuid() });
const theme = z.enum(PROPOSAL_THEMES);
const title = z.string().trim().min(1).max(200);
const description = z.string().trim().max(4000);

const proposalSchema = z.object({
  id: z.string(),
  ownerUnitId: z.string(),
  ownerUnitName: z.string(),
  source: z.enum(PROPOSAL_SOURCES),
  sourceType: z.string().nullable(),
  sourceId: z.string().nullable(),
  theme: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  rejectionReason: z.string().nullable(),
  publicResponse: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});
const historySchema = z.object({
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  changedOn: z.string(),
  changedByName: z.string().nullable(),
  note: z.string().nullable(),
});
const publicSchema = z.object({
  id: z.string(),
  title: z.string(),
  theme: z.string(),
  source: z.string(),
  status: z.string(),
  publicResponse: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  unitName: z.string(),
  receivedOn: z.string(),
  statusChangedOn: z.string().nullable(),
});

export default async function proposalRoutes(app: App) {
  const db = app.db;

  const select = () =>
    db
      .selectFrom('proposal as p')
      .innerJoin('unit as u', 'u.id', 'p.owner_unit_id')
      .select([
        'p.id',
        'p.owner_unit_id as ownerUnitId',
        'u.name as ownerUnitName',
        'p.source',
        'p.source_type as sourceType',
        'p.source_id as sourceId',
        'p.theme',
        'p.title',
        'p.description',
        'p.status',
        'p.rejection_reason as rejectionReason',
        'p.public_response as publicResponse',
        sql<string>`to_char(p.created_at at time zone 'Europe/Helsinki', 'YYYY-MM-DD')`.as('createdAt'),
        'p.version',
      ]);

  const unitFor = (requested: string | undefined, unitIds: string[]) => {
    const unit = requested ?? unitIds[0];
    if (!unitIds.includes(unit)) throw errors.field('ownerUnitId', proposalErrors.unitNotAllowed);
    return unit;
  };

  app.get(
    '/api/proposals',
    {
      config: { action: 'proposal.list' },
      schema: {
        tags: ['proposals'],
        summary: "Proposals owned by the user's units",
        querystring: z.object({
          status: z.enum(PROPOSAL_STATUSES).optional(),
          theme: theme.optional(),
          source: z.enum(PROPOSAL_SOURCES).optional(),
        }),
        response: { 200: z.object({ proposals: z.array(proposalSchema) }) },
      },
    },
    async (request) => {
      let q = select()
        .where('p.owner_unit_id', 'in', request.access.unitIds)
        .orderBy('p.created_at', 'desc')
        .limit(500);
      if (request.query.status) q = q.where('p.status', '=', request.query.status);
      if (request.query.theme) q = q.where('p.theme', '=', request.query.theme);
      if (request.query.source) q = q.where('p.source', '=', request.query.source);
      return { proposals: await q.execute() };
    },
  );

  app.get(
    '/api/proposals/:proposalId',
    {
      config: { action: 'proposal.read' },
      schema: {
        tags: ['proposals'],
        summary: 'One proposal with its dated status history',
        params: idParam,
        response: {
          200: z.object({
            proposal: proposalSchema,
            history: z.array(historySchema),
            permittedActions: z.array(actionNameSchema),
          }),
        },
      },
    },
    async (request) => {
      const proposal = await select().where('p.id', '=', request.params.proposalId).executeTakeFirstOrThrow();
      const history = await db
        .selectFrom('proposal_status_change as c')
        .leftJoin('app_user as a', 'a.id', 'c.changed_by')
        .select([
          'c.from_status as fromStatus',
          'c.to_status as toStatus',
          sql<string>`to_char(c.changed_on, 'YYYY-MM-DD')`.as('changedOn'),
          'a.display_name as changedByName',
          'c.note',
        ])
        .where('c.proposal_id', '=', request.params.proposalId)
        .orderBy('c.changed_at')
        .execute();
      return { proposal, history, permittedActions: request.permittedActions() };
    },
  );

  app.post(
    '/api/proposals',
    {
      config: { action: 'proposal.create' },
      schema: {
        tags: ['proposals'],
        summary: 'Register a proposal (from a developer group, client council, workshop …)',
        body: z
          .object({
            ownerUnitId: z.string().uuid().optional(),
            source: z.enum(PROPOSAL_SOURCES),
            theme,
            title,
            description: description.default(''),
          })
          .strict(),
        response: { 201: z.object({ proposal: proposalSchema }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const ownerUnitId = unitFor(b.ownerUnitId, request.access.unitIds);
      const id = await db.transaction().execute(async (trx) => {
        const id = await createProposal(trx, {
          ownerUnitId,
          source: b.source,
          theme: b.theme,
          title: b.title,
          description: b.description,
          createdBy: request.user!.id,
        });
        await audit(trx, {
          actor: request.actor(),
          action: 'proposal.create',
          subjectType: 'proposal',
          subjectId: id,
          purpose: 'osallisuus',
        });
        return id;
      });
      return reply.status(201).send({ proposal: await select().where('p.id', '=', id).executeTakeFirstOrThrow() });
    },
  );

  app.post(
    '/api/proposals/from-feedback/:answerId',
    {
      config: { action: 'proposal.fromFeedback.create' },
      schema: {
        tags: ['proposals'],
        summary: 'Turn a moderated feedback answer into a proposal in one step (copies only the moderated text)',
        params: z.object({ answerId: z.string().uuid() }),
        body: z.object({ theme, title }).strict(),
        response: { 201: z.object({ proposal: proposalSchema }) },
      },
    },
    async (request, reply) => {
      const id = await db.transaction().execute(async (trx) => {
        const answer = await trx
          .selectFrom('feedback_answer')
          .select(['id', 'unit_id', 'opinion', 'wishes', 'moderation'])
          .where('id', '=', request.params.answerId)
          .executeTakeFirst();
        if (!answer) throw errors.notFound();
        const settings = await settingsForUnit(trx, answer.unit_id);
        if (settings.moderationRequired && answer.moderation === 'pending')
          throw errors.field('answerId', proposalErrors.notModerated);
        const existing = await trx
          .selectFrom('proposal')
          .select('id')
          .where('source_type', '=', 'feedback_answer')
          .where('source_id', '=', answer.id)
          .executeTakeFirst();
        if (existing) throw errors.field('answerId', proposalErrors.alreadyProposal);
        // Only the answer's (moderated) words: no worker, no date, no channel.
        const text = [answer.opinion, answer.wishes].filter(Boolean).join('\n\n');
        const id = await createProposal(trx, {
          ownerUnitId: answer.unit_id,
          source: 'feedback',
          sourceType: 'feedback_answer',
          sourceId: answer.id,
          theme: request.body.theme,
          title: request.body.title,
          description: text,
          createdBy: request.user!.id,
        });
        await audit(trx, {
          actor: request.actor(),
          action: 'proposal.fromFeedback.create',
          subjectType: 'proposal',
          subjectId: id,
          purpose: 'osallisuus',
        });
        return id;
      });
      return reply.status(201).send({ proposal: await select().where('p.id', '=', id).executeTakeFirstOrThrow() });
    },
  );

  app.post(
    '/api/proposals/from-survey/:freeTextId',
    {
      config: { action: 'proposal.fromSurvey.create' },
      schema: {
        tags: ['proposals'],
        summary: 'Turn a moderated survey free-text answer into a proposal in one step',
        params: z.object({ freeTextId: z.string().uuid() }),
        body: z.object({ theme, title }).strict(),
        response: { 201: z.object({ proposal: proposalSchema }) },
      },
    },
    async (request, reply) => {
      const id = await db.transaction().execute(async (trx) => {
        const ft = await trx
          .selectFrom('survey_free_text as f')
          .innerJoin('survey as s', 's.id', 'f.survey_id')
          .select(['f.id', 'f.text', 'f.moderation', 's.owner_unit_id'])
          .where('f.id', '=', request.params.freeTextId)
          .executeTakeFirst();
        if (!ft) throw errors.notFound();
        if (ft.moderation === 'pending') throw errors.field('freeTextId', proposalErrors.notModerated);
        const existing = await trx
          .selectFrom('proposal')
          .select('id')
          .where('source_type', '=', 'survey_free_text')
          .where('source_id', '=', ft.id)
          .executeTakeFirst();
        if (existing) throw errors.field('freeTextId', proposalErrors.alreadyProposal);
        const id = await createProposal(trx, {
          ownerUnitId: ft.owner_unit_id,
          source: 'survey',
          sourceType: 'survey_free_text',
          sourceId: ft.id,
          theme: request.body.theme,
          title: request.body.title,
          description: ft.text,
          createdBy: request.user!.id,
        });
        await audit(trx, {
          actor: request.actor(),
          action: 'proposal.fromSurvey',
          subjectType: 'proposal',
          subjectId: id,
          purpose: 'osallisuus',
        });
        return id;
      });
      return reply.status(201).send({ proposal: await select().where('p.id', '=', id).executeTakeFirstOrThrow() });
    },
  );

  app.patch(
    '/api/proposals/:proposalId',
    {
      config: { action: 'proposal.update' },
      schema: {
        tags: ['proposals'],
        summary: 'Edit title, theme, description or the public response (version check)',
        params: idParam,
        body: z
          .object({
            title: title.optional(),
            theme: theme.optional(),
            description: description.optional(),
            publicResponse: z.string().trim().max(4000).nullable().optional(),
            version: z.number().int(),
          })
          .strict(),
        response: { 200: z.object({ proposal: proposalSchema }) },
      },
    },
    async (request) => {
      const { version, publicResponse, ...rest } = request.body;
      await db.transaction().execute(async (trx) => {
        const current = await trx
          .selectFrom('proposal')
          .select(['status'])
          .where('id', '=', request.params.proposalId)
          .executeTakeFirstOrThrow();
        if (current.status === 'done' && publicResponse !== undefined && !publicResponse)
          throw errors.field('publicResponse', proposalErrors.responseRequired);
        const updated = await trx
          .updateTable('proposal')
          .set({
            ...rest,
            ...(publicResponse !== undefined ? { public_response: publicResponse || null } : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', request.params.proposalId)
          .where('version', '=', version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'proposal.update',
          subjectType: 'proposal',
          subjectId: request.params.proposalId,
          purpose: 'osallisuus',
        });
      });
      return { proposal: await select().where('p.id', '=', request.params.proposalId).executeTakeFirstOrThrow() };
    },
  );

  app.post(
    '/api/proposals/:proposalId/status',
    {
      config: { action: 'proposal.update' },
      schema: {
        tags: ['proposals'],
        summary: 'Move a proposal on: received → under consideration → decided → done, or rejected with a reason',
        params: idParam,
        body: z
          .object({
            status: z.enum(PROPOSAL_STATUSES),
            reason: z.string().trim().max(2000).nullable().optional(),
            publicResponse: z.string().trim().max(4000).nullable().optional(),
            note: z.string().trim().max(2000).nullable().optional(),
            changedOn: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/)
              .optional(),
            version: z.number().int(),
          })
          .strict(),
        response: { 200: z.object({ proposal: proposalSchema }) },
      },
    },
    async (request) => {
      await db.transaction().execute(async (trx) => {
        await changeStatus(trx, request.params.proposalId, request.body, request.user!.id);
        await audit(trx, {
          actor: request.actor(),
          action: 'proposal.status',
          subjectType: 'proposal',
          subjectId: request.params.proposalId,
          purpose: 'osallisuus',
        });
      });
      return { proposal: await select().where('p.id', '=', request.params.proposalId).executeTakeFirstOrThrow() };
    },
  );

  // ---- public ----
  const publicQuery = z.object({
    theme: z.union([theme, z.literal('')]).optional(),
    status: z.union([z.enum(PROPOSAL_STATUSES), z.literal('')]).optional(),
  });

  app.get(
    '/api/public/proposals',
    {
      config: { action: 'proposal.public.read', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['proposals'],
        summary: 'Public list of proposals and responses ("what we did"); no personal data',
        querystring: publicQuery,
        response: { 200: z.object({ proposals: z.array(publicSchema) }) },
      },
    },
    async (request) => ({
      proposals: await publicProposals(db, {
        theme: request.query.theme || undefined,
        status: (request.query.status || undefined) as ProposalStatus | undefined,
      }),
    }),
  );

  for (const lang of LANGUAGES) {
    app.get(
      WHAT_WE_DID_PATHS[lang],
      { config: { action: 'publicPage.read' }, schema: { hide: true } },
      async (request, reply) => {
        const q = request.query as Record<string, unknown>;
        const themeSel =
          typeof q.aihe === 'string' && (PROPOSAL_THEMES as readonly string[]).includes(q.aihe) ? q.aihe : '';
        const statusSel =
          typeof q.tila === 'string' && (PROPOSAL_STATUSES as readonly string[]).includes(q.tila)
            ? (q.tila as ProposalStatus)
            : '';
        const plain = lang === 'fi' && q.selko === '1';
        const rows = await publicProposals(db, { theme: themeSel || undefined, status: statusSel || undefined });
        reply.type('text/html; charset=utf-8');
        return renderWhatWeDid(lang, plain, rows, themeSel, statusSel);
      },
    );
  }
}

type PublicRow = Awaited<ReturnType<typeof publicProposals>>[number];

function renderWhatWeDid(lang: Lang, plain: boolean, rows: PublicRow[], themeSel: string, statusSel: string): string {
  const t = messagesFor(whatWeDidText, lang, plain);
  const option = (value: string, label: string, selected: string) =>
    html`<option value="${value}"${selected === value ? html` selected` : ''}>${label}</option>`;
  const body = html`
<h1>${t.title}</h1>
<p>${t.intro}</p>
<form method="get" action="${WHAT_WE_DID_PATHS[lang]}" class="filters">
  <fieldset>
    <legend>${t.filters}</legend>
    <label for="aihe">${t.theme}</label>
    <select id="aihe" name="aihe">${option('', t.all, themeSel)}${PROPOSAL_THEMES.map((k) => option(k, THEME_LABELS[k][lang], themeSel))}</select>
    <label for="tila">${t.status}</label>
    <select id="tila" name="tila">${option('', t.all, statusSel)}${PROPOSAL_STATUSES.map((k) => option(k, STATUS_LABELS[k][lang], statusSel))}</select>
    <button type="submit">${t.apply}</button>
  </fieldset>
</form>
<p role="status">${t.count(rows.length)}</p>
${rows.length === 0 ? html`<p>${t.none}</p>` : ''}
<ul class="proposals" style="list-style:none;padding:0">
${rows.map(
  (r) => html`<li style="border-top:1px solid var(--line);padding:.75rem 0">
  <h2 style="margin-top:0">${r.title}</h2>
  <p><strong>${t.status}:</strong> ${STATUS_LABELS[r.status][lang]}${r.statusChangedOn ? html` (${t.updated} ${r.statusChangedOn})` : ''}<br>
  <strong>${t.theme}:</strong> ${THEME_LABELS[r.theme as keyof typeof THEME_LABELS]?.[lang] ?? r.theme}<br>
  <strong>${t.from}:</strong> ${SOURCE_LABELS[r.source][lang]} · ${r.unitName} · ${t.received} ${r.receivedOn}</p>
  ${r.publicResponse ? html`<p><strong>${t.response}:</strong> ${r.publicResponse}</p>` : ''}
  ${r.status === 'rejected' && r.rejectionReason ? html`<p><strong>${t.reason}:</strong> ${r.rejectionReason}</p>` : ''}
</li>`,
)}
</ul>`;
  const qs = new URLSearchParams({
    ...(themeSel ? { aihe: themeSel } : {}),
    ...(statusSel ? { tila: statusSel } : {}),
  }).toString();
  const alt = (p: string) => (qs ? `${p}?${qs}` : p);
  return page({
    lang,
    title: t.title,
    alternates: { fi: alt(WHAT_WE_DID_PATHS.fi), sv: alt(WHAT_WE_DID_PATHS.sv), en: alt(WHAT_WE_DID_PATHS.en) },
    body,
  });
}
