// ESLint 9 flat config. Plain (not type-aware) typescript-eslint rules keep `npx eslint .` fast.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import osallinen from './eslint-rules/boundaries.js';

export default defineConfig(
  { ignores: ['dist/', 'data/', 'node_modules/', 'coverage/', 'backups/', 'test-results/'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    plugins: { osallinen },
    rules: {
      'osallinen/boundaries': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The web apps, and the small scripts the server ships with its HTML pages, run in browsers.
    files: ['web/**/*.{ts,tsx,js,mjs}', 'src/**/static/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // A migration sees the schema as it was when it was written, not today's generated types,
    // so Kysely migrations take `Kysely<any>` (the pattern Kysely's documentation uses).
    files: ['src/db/migrations/**/*.ts', 'src/db/migrate.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
