// `npm run test:e2e`: runs the browser tests with their own Vitest config; extra arguments are
// passed on (e.g. a file filter). Set E2E_BUILD=1 to rebuild the web app first.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const vitest = path.join(repo, 'node_modules/vitest/vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'e2e/vitest.config.ts', ...process.argv.slice(2)],
  { cwd: repo, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
