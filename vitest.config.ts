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
  },
});
