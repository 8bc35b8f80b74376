// The dispatcher on its own (`npm run worker`): as many as needed may run beside the API servers
// (set DISPATCH_IN_PROCESS=false there); row locks and leases keep them from sending anything twice.
import { loadConfig } from './config.ts';
import { contextSource } from './context.ts';
import { resolveCredentialsKey } from './crypto/keys.ts';
import { openDatabase } from './db/database.ts';
import { createLogger } from './logger.ts';
import { bootstrapDispatchProviders } from './modules/dispatch/dispatch.queries.ts';
import { createDispatcher, startDispatchWorker } from './modules/dispatch/dispatcher.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel).child({ component: 'dispatcher' });

const database = await openDatabase(config, logger);
config.credentialsKey = await resolveCredentialsKey(config);
const source = contextSource(database.orm, config);
await bootstrapDispatchProviders(source.sql);
const dispatcher = createDispatcher({ source, logger, settings: config.dispatch });
const worker = startDispatchWorker(dispatcher, config.dispatch.intervalMs, logger);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing claimed dispatch attempts');
  await worker.stop();
  await database.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
