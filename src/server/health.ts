import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from './types.js';

export default async function healthRoutes(app: App) {
  app.get(
    '/api/health',
    {
      config: { action: 'health.read' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) }) },
      },
    },
    async () => {
      await sql`select 1`.execute(app.db);
      return { status: 'ok' as const, database: app.dbKind };
    },
  );
}
