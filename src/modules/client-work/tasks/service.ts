import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';

export interface NewTask {
  unitId: string;
  assigneeId?: string | null;
  clientId?: string | null;
  kind: string;
  title: string;
  details?: string | null;
  dueDate?: string | null;
  sourceType?: string | null;
  sourceId?: string | null;
  createdBy?: string | null;
}

/** Creates a task; call inside the transaction of the change that causes it. */
export async function createTask(db: Kysely<DB>, task: NewTask): Promise<string> {
  const row = await db
    .insertInto('task')
    .values({
      unit_id: task.unitId,
      assignee_id: task.assigneeId ?? null,
      client_id: task.clientId ?? null,
      kind: task.kind,
      title: task.title,
      details: task.details ?? null,
      due_date: task.dueDate ?? null,
      source_type: task.sourceType ?? null,
      source_id: task.sourceId ?? null,
      created_by: task.createdBy ?? null,
      done_at: null,
      done_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
