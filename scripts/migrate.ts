// Applies pending migrations to the configured database (DATABASE_URL, or the embedded one) and exits.
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { createLogger } from '../src/logger.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const database = await openDatabase(config, logger);
const executed = await database.orm.migrator.getExecuted();
logger.info({ executed: executed.map((m) => m.name) }, 'database is up to date');
await database.close();
