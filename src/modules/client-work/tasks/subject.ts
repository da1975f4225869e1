// The task as a subject of the access registry: it belongs to its unit (whose manager may close it),
// holds client data when it names a client (denials are then in the use log), and is the user's to
// do (`assignee`) when it is assigned to them, or to nobody, in a unit whose My work they see — the
// same tasks My work lists for them.
import type { SubjectResolver } from '../../../server/access/subjects.js';
import { unitsAllowed } from '../../../server/access/check.js';
import { taskById } from './queries.js';

export const taskSubject: SubjectResolver = {
  param: 'taskId',
  async resolve(db, id, user) {
    const task = await taskById(db, id);
    if (!task) return null;
    const forUser = task.assignee_id === null || task.assignee_id === user.id;
    const seesUnit = unitsAllowed(user, 'myWork.read').includes(task.unit_id);
    return {
      unitIds: [task.unit_id],
      clientId: task.client_id,
      relations: forUser && seesUnit ? ['assignee'] : [],
    };
  },
};
