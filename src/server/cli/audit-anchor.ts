// `npm run audit:anchor [-- --append FILE]`: prints the use log's newest row number and hash as one
// JSON line, or appends it to FILE. Keep these lines outside the database (another server, the
// backup's own storage, a printed page): `npm run audit:verify -- --anchors FILE` then shows whether
// any row up to each anchor was changed or removed.
import { appendFileSync } from 'node:fs';
import { openDatabase } from '../../db/index.js';
import { auditAnchor } from '../audit/audit.js';
import { loadConfig } from '../config.js';

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const anchor = await auditAnchor(database.db);
  if (!anchor) console.log('The use log is empty.');
  else {
    const line = JSON.stringify({ ...anchor, at: new Date().toISOString() });
    const i = process.argv.indexOf('--append');
    if (i >= 0) appendFileSync(process.argv[i + 1], `${line}\n`);
    console.log(line);
  }
} finally {
  await database.close();
}
process.exit(0);
