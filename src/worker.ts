// The dispatcher on its own (`npm run worker`): as many as needed may run beside the API servers
// (set DISPATCH_IN_PROCESS=false there); row locks and leases keep them from sending anything twice.
import type { Logger } from 'pino';
import { loadConfig } from './config.ts';
import { contextSource } from './context.ts';
import { resolveCredentialsKey } from './crypto/keys.ts';
import { type Database, openDatabase } from './db/database.ts';
import { createLogger } from './logger.ts';
import { bootstrapDispatchProviders } from './modules/dispatch/dispatch.queries.ts';
import { createDispatcher, startDispatchWorker } from './modules/dispatch/dispatcher.ts';
import { Metrics, serveMetrics } from './observability/metrics.ts';
import { startTracing, stopTracing, tracingOn } from './observability/tracing.ts';
import { failStartup } from './startup.ts';

const settings: { databaseUrl?: string; logLevel?: string } = {
  databaseUrl: process.env.DATABASE_URL,
  logLevel: process.env.LOG_LEVEL,
};
let logger: Logger | undefined;
let database: Database | undefined;
let worker: ReturnType<typeof startDispatchWorker> | undefined;
let metricsServer: Awaited<ReturnType<typeof serveMetrics>> | undefined;

async function start() {
  const config = loadConfig();
  if (config.tracing) await startTracing(config.tracing);
  const log = createLogger(config.logLevel, { traceIds: tracingOn() }).child({ component: 'dispatcher' });
  logger = log;
  const db = await openDatabase(config, log);
  database = db;
  config.credentialsKey = await resolveCredentialsKey(config);
  const source = contextSource(db.orm, config);
  await bootstrapDispatchProviders(source.sql);
  const metrics = new Metrics();
  const dispatcher = createDispatcher({ source, logger: log, settings: config.dispatch, metrics });
  metrics.watchPool(() => db.orm.em.getConnection().getNativeClient());
  metrics.watchDispatchLag(dispatcher.dueLag);
  if (config.metrics) metricsServer = await serveMetrics(metrics.registry, config.metrics, log);
  worker = startDispatchWorker(dispatcher, config.dispatch.intervalMs, log, metrics);
}

// A failed start says why in one line (src/startup.ts), after stopping an embedded database it started.
start().catch((err: unknown) => failStartup(err, settings, database));

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger?.info({ signal }, 'shutting down: finishing claimed dispatch attempts');
  await worker?.stop();
  metricsServer?.close();
  await database?.close();
  await stopTracing();
  logger?.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
