// `npm run backup [-- file]`: PGlite → a data-directory archive (.tar.gz) taken from the running
// files' consistent snapshot; PostgreSQL → pg_dump custom format. Stop the server first on PGlite:
// PGlite is single-process, the backup opens the data directory itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/index.js';
import { loadConfig } from '../config.js';

const config = loadConfig();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = path.resolve(
  process.argv[2] ?? path.join('backups', `osallinen-${stamp}.${config.databaseUrl ? 'dump' : 'tar.gz'}`),
);
mkdirSync(path.dirname(target), { recursive: true });

if (config.databaseUrl) {
  const result = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`, config.databaseUrl], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('pg_dump failed (is the PostgreSQL client installed and the server reachable?)');
    process.exit(1);
  }
} else {
  const database = await openDatabase({ dataDir: config.dataDir });
  try {
    const dump = await database.pglite!.dumpDataDir('gzip');
    writeFileSync(target, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
}
console.log(`Backup written: ${target}`);
process.exit(0);
