import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Not bench/: the benchmark's workspace has its own config and script (`npm run test:bench`).
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Files share one database but each test makes its own tenants, so files run in parallel.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
