// `npm run audit:verify`: walks the use-log hash chain; exits 1 if a row was altered or removed.
import { openDatabase } from '../../db/index.js';
import { verifyAuditChain } from '../audit/audit.js';
import { loadConfig } from '../config.js';

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    console.log(`Use log OK: ${result.rows} rows, chain intact.`);
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
