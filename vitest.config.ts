import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Not bench/: the benchmark's workspace has its own config and script (`npm run test:bench`).
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Files share one database but each test makes its own tenants, so files run in parallel (a file that
    // locks whole tables, test/resilience.test.ts, makes a database of its own).
    pool: 'forks',
    // Vitest's default on a 2-core machine is one worker; the tests mostly wait on PostgreSQL, so three keep
    // both cores busy (npm test: 53 s of tests with one worker, 32 s with three).
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
