// The administrator's search of the use log. Reading the log is itself logged.
import type { App } from '../types.js';
import { auditPage, auditQuery } from '../../shared/contracts/foundation/audit.js';
import { audit } from './audit.js';
import { auditEventLabel } from './events/index.js';

export default async function auditRoutes(app: App) {
  app.get(
    '/api/admin/audit',
    {
      config: { action: 'auditLog.read' },
      schema: {
        tags: ['audit'],
        summary: 'Search the use log (käyttöloki)',
        querystring: auditQuery,
        response: { 200: auditPage },
      },
    },
    async (request) => {
      const q = request.query;
      let base = app.db.selectFrom('audit_log');
      if (q.actor) base = base.where('actor_username', '=', q.actor.toLowerCase());
      if (q.action) base = base.where('action', 'like', `${q.action.replace(/[%_]/g, '')}%`);
      if (q.clientId) base = base.where('client_id', '=', q.clientId);
      if (q.outcome) base = base.where('outcome', '=', q.outcome);
      if (q.from) base = base.where('at', '>=', new Date(`${q.from}T00:00:00Z`));
      if (q.to) base = base.where('at', '<', new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000));
      const [rows, total] = await Promise.all([
        base
          .select([
            'seq',
            'at',
            'actor_username as actorUsername',
            'action',
            'subject_type as subjectType',
            'subject_id as subjectId',
            'client_id as clientId',
            'purpose',
            'outcome',
          ])
          .orderBy('seq', 'desc')
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      // Reading the log is itself logged: it reveals who handled which client.
      await audit(app.db, {
        actor: request.actor(),
        action: 'auditLog.read',
        clientId: q.clientId ?? null,
        subjectType: 'audit_log',
        purpose: 'valvonta',
      });
      return {
        rows: rows.map((r) => ({ ...r, actionLabel: auditEventLabel(r.action, request.lang) })),
        total: Number(total.n),
      };
    },
  );
}
