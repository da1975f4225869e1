// Tasks for workers: other capabilities create them (createTask, inside the transaction of the
// change that causes them), My work lists them, and the one they are for marks them done.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import { AppError, errors } from '../../../server/errors.js';
import { taskErrors } from './messages.js';
import { insertTask, taskById } from './queries.js';

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
export function createTask(db: Kysely<DB>, task: NewTask): Promise<string> {
  return insertTask(db, {
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
  });
}

/**
 * Marks a task done, once: from the version the user saw (409 if it changed meanwhile), or the
 * current one. Who may was decided by the access registry (the task's `assignee`, or its unit's manager).
 */
export function completeTask(
  db: Kysely<DB>,
  caller: { actor: AuditActor; now: Date },
  taskId: string,
  version?: number,
): Promise<{ taskId: string; doneAt: string }> {
  return db.transaction().execute(async (trx) => {
    const task = await taskById(trx, taskId);
    if (!task) throw errors.notFound();
    if (task.done_at) throw new AppError(409, 'task_done', taskErrors.alreadyDone);
    const done = await updateVersioned(
      trx,
      'task',
      { id: task.id, version: version ?? task.version },
      { done_at: caller.now, done_by: caller.actor.id },
    );
    await audit(trx, {
      actor: caller.actor,
      action: 'task.complete',
      clientId: task.client_id,
      subjectType: 'task',
      subjectId: task.id,
      purpose: 'asiakastyö: oma työ',
    });
    return { taskId: done.id, doneAt: new Date(done.done_at!).toISOString() };
  });
}
