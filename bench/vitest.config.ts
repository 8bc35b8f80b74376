import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The product's own setup: one embedded (or DATABASE_URL) PostgreSQL, migrated, for the whole run.
    globalSetup: ['../test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
