// `npm run restore -- file`: the reverse of backup. PGlite: the data directory must be empty or
// absent (move the old one aside first — restore never deletes data). PostgreSQL: pg_restore into
// the (empty) database of DATABASE_URL.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/index.js';
import { loadConfig } from '../config.js';

const config = loadConfig();
const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error('Usage: npm run restore -- <backup file>');
  process.exit(2);
}

if (config.databaseUrl) {
  const result = spawnSync(
    'pg_restore',
    ['--no-owner', '--exit-on-error', `--dbname=${config.databaseUrl}`, path.resolve(file)],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    console.error('pg_restore failed; restore into an empty database.');
    process.exit(1);
  }
} else {
  if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0) {
    console.error(
      `The data directory ${config.dataDir} is not empty. Move it aside first; restore does not overwrite data.`,
    );
    process.exit(1);
  }
  const blob = new Blob([readFileSync(file)]);
  const database = await openDatabase({ dataDir: config.dataDir, loadDataDir: blob });
  await database.close();
}
console.log(`Restored from ${file}.`);
// PGlite keeps a handle open after loading a data directory; the work is done and closed.
process.exit(0);
