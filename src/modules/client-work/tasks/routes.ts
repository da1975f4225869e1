// Tasks: marking one done. My work lists them; the access registry decides on the task itself.
import type { App } from '../../../server/types.js';
import { completeTaskBody, completeTaskResponse, taskParams } from '../../../shared/contracts/client-work/my-work.js';
import { completeTask } from './service.js';

export default async function taskRoutes(app: App) {
  app.post(
    '/api/tasks/:taskId/done',
    {
      config: { action: 'task.complete' },
      schema: {
        tags: ['my-work'],
        summary:
          'Mark a task done: by the one it is for, or the unit’s manager (with `version`: 409 if it changed meanwhile; a task already done is a 409 too)',
        params: taskParams,
        body: completeTaskBody,
        response: { 200: completeTaskResponse },
      },
    },
    async (request) =>
      completeTask(
        app.db,
        { actor: request.actor(), now: app.clock.now() },
        request.params.taskId,
        request.body.version,
      ),
  );
}
