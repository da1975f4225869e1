// `npm start`: open the database (PGlite in ./data unless DATABASE_URL is set), migrate, seed demo
// data on an empty database in demo mode, listen, and shut down gracefully on SIGTERM/SIGINT.
import { openDatabase } from '../db/index.js';
import { migrateToLatest } from '../db/migrate.js';
import { seedDemoIfEmpty, DEMO_USERS } from '../demo/seed.js';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { deleteExpiredSessions } from './auth/sessions.js';
import { auditAnchor } from './audit/audit.js';

async function main() {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildApp({ database, config });
  const log = app.log;
  const applied = await migrateToLatest(database.db);
  if (applied.length) log.info({ migrations: applied.length }, 'migrations applied');

  if (config.demo) {
    const created = await seedDemoIfEmpty(database.db, config.demoPassword);
    if (created) {
      // Every capability may add demo users (e.g. a work-activity provider), so list them all.
      const users = await database.db
        .selectFrom('app_user')
        .leftJoin('user_role', 'user_role.user_id', 'app_user.id')
        .select(['app_user.username', 'app_user.client_id', 'user_role.role'])
        .orderBy('app_user.created_at')
        .execute();
      const roles = new Map<string, string[]>();
      for (const u of users) {
        const label = u.role ?? (u.client_id ? 'asiakas' : 'yhteistyötaho (partner)');
        roles.set(u.username, [...new Set([...(roles.get(u.username) ?? []), label])]);
      }
      const lines = [...roles].map(([username, r]) => `  ${username.padEnd(22)} ${r.join(', ')}`).join('\n');
      // Printed, not logged as data: this is the demo's front door.
      console.log(
        `\nDemo data created. Log in at http://localhost:${config.port} with one of these users,\n` +
          `password "${config.demoPassword}" (from DEMO_PASSWORD):\n${lines}\n`,
      );
    } else {
      console.log(`\nDemo mode: users ${DEMO_USERS.map((u) => u.username).join(', ')}; password from DEMO_PASSWORD.\n`);
    }
  }

  const sweep = setInterval(() => deleteExpiredSessions(database.db).catch(() => undefined), 15 * 60_000);
  sweep.unref();

  // Anchors of the use log outside the database: the application log (shipped elsewhere) gets the
  // newest row's number and hash every hour; `npm run audit:verify -- --anchors <file>` checks them.
  if (!config.auditKey && !config.demo)
    log.warn('AUDIT_KEY is not set: the use log is chained with plain hashes (see README, "Use log")');
  const writeAnchor = () =>
    auditAnchor(database.db)
      .then((anchor) => anchor && log.info({ auditAnchor: anchor }, 'use log anchor'))
      .catch(() => undefined);
  void writeAnchor();
  const anchors = setInterval(writeAnchor, 60 * 60_000);
  anchors.unref();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    try {
      // Connections busy at the signal become idle after their response; close each as soon as it
      // does, instead of waiting for the client's keep-alive to lapse.
      const idleSweep = setInterval(() => app.server.closeIdleConnections(), 100);
      await app.close(); // stops accepting, waits for in-flight requests
      clearInterval(idleSweep);
      log.info('requests finished');
      await database.close();
      log.info('database closed');
      process.exit(0);
    } catch {
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  log.info({ database: database.kind }, `Osallinen listening on ${address}`);
}

main().catch((error) => {
  console.error('Start-up failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
