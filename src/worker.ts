// The dispatcher on its own (`npm run worker`): as many as needed may run beside the API servers
// (set DISPATCH_IN_PROCESS=false there); row locks and leases keep them from sending anything twice.
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { createLogger } from './logger.ts';
import { resolveCredentialsKey } from './modules/dispatch/credentials.ts';
import { bootstrapDispatchProviders } from './modules/dispatch/dispatch-providers.service.ts';
import { startConfiguredDispatchWorker } from './modules/dispatch/dispatcher.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel);

const database = await openDatabase(config, logger);
await bootstrapDispatchProviders(database.orm.em.fork());
config.credentialsKey = await resolveCredentialsKey(config);
const dispatcher = startConfiguredDispatchWorker(config, database.orm, logger);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing claimed dispatch attempts');
  await dispatcher.stop();
  await database.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
