// Reading and writing tasks. Every function takes the transaction (or database) it runs in.
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { TaskTable } from '../../../db/tables/tasks.js';

export async function insertTask(db: Kysely<DB>, task: Insertable<TaskTable>): Promise<string> {
  const row = await db.insertInto('task').values(task).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** What completing a task needs to know of it. */
export function taskById(db: Kysely<DB>, taskId: string) {
  return db
    .selectFrom('task')
    .select(['id', 'unit_id', 'assignee_id', 'client_id', 'version', 'done_at'])
    .where('id', '=', taskId)
    .executeTakeFirst();
}
