import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/db/embedded.ts';
import { createOrm, migrate } from '../src/db/orm.ts';
import { bootstrapAttributeKeys } from '../src/modules/activity-config/attribute-key.service.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * One real PostgreSQL for the whole run: `DATABASE_URL` when set, otherwise a throw-away embedded
 * server. Migrations run once here; tests isolate themselves with fresh tenants, not truncation.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let dir: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dir = await mkdtemp(join(tmpdir(), 'reten-test-pg-'));
    embedded = await startEmbeddedPostgres({ dir, port: await freePort(), database: 'reten_test', ephemeral: true });
    url = embedded.url;
  }
  const orm = await createOrm({ url, poolMax: 2 });
  await migrate(orm);
  await bootstrapAttributeKeys(orm.em.fork());
  await orm.close();
  project.provide('databaseUrl', url);
  return async () => {
    await embedded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
