import { defineConfig } from 'vitest/config';

// Unit and API tests. The browser tests have their own config in e2e/.
export default defineConfig({
  root: '.',
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.{ts,tsx}'],
    exclude: ['node_modules', 'dist', 'data', 'e2e'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['src/test/global-setup.ts'],
    // CI asks for a JSON report (VITEST_JSON=file) to add up the counts of all runs.
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : undefined,
  },
});
