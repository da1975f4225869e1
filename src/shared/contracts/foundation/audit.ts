// The use log (käyttöloki) as the administrator's search page sees it.
import { z } from 'zod';
import { isoDate, uuid } from '../common.js';

export const auditQuery = z.object({
  actor: z.string().max(64).optional(),
  action: z.string().max(100).optional(),
  clientId: uuid.optional(),
  outcome: z.enum(['ok', 'denied', 'failed']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const auditRow = z.object({
  seq: z.number(),
  at: z.date(),
  actorUsername: z.string().nullable(),
  /** The event's name as stored. */
  action: z.string(),
  /** The event in the reader's language. */
  actionLabel: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  clientId: z.string().nullable(),
  purpose: z.string(),
  outcome: z.enum(['ok', 'denied', 'failed']),
});

export const auditPage = z.object({ rows: z.array(auditRow), total: z.number() });

export type AuditQuery = z.input<typeof auditQuery>;
/** As the web app receives it: timestamps are ISO strings in JSON. */
export type AuditRow = Omit<z.infer<typeof auditRow>, 'at'> & { at: string };
