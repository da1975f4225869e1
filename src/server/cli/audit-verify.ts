// `npm run audit:verify [-- --anchors FILE]`: walks the use-log hash chain with the configured key
// (AUDIT_KEY) and checks every anchor in FILE (one JSON object {"seq","hash"} per line, as
// `npm run audit:anchor` writes them). Exits 1 if a row was altered or removed, or the newest rows
// were trimmed.
import { readFileSync } from 'node:fs';
import { openDatabase } from '../../db/index.js';
import { verifyAuditChain, type AuditAnchor } from '../audit/audit.js';
import { loadConfig } from '../config.js';

function anchorsFrom(argv: string[]): AuditAnchor[] {
  const i = argv.indexOf('--anchors');
  if (i < 0) return [];
  return readFileSync(argv[i + 1], 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as AuditAnchor);
}

const config = loadConfig();
const anchors = anchorsFrom(process.argv);
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await verifyAuditChain(database.db, { key: config.auditKey, anchors });
  if (result.ok) {
    console.log(
      `Use log OK: ${result.rows} rows, chain intact${anchors.length ? `, ${anchors.length} anchors found` : ''}.`,
    );
  } else {
    console.error(
      `Use log BROKEN at row ${result.brokenAt}: ${result.reason} (${result.rows} rows verified before it).`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
process.exit(process.exitCode ?? 0);
