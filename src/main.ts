import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { createTokenVerifier, signToken } from './auth/tokens.ts';
import { firstInCluster, inCluster, startPrimary } from './cluster.ts';
import { type Config, loadConfig } from './config.ts';
import { contextSource } from './context.ts';
import { devSecret, resolveCredentialsKey } from './crypto/keys.ts';
import { openDatabase } from './db/database.ts';
import { DEMO_TENANT_ID, seedDemo } from './demo.queries.ts';
import { Lifecycle } from './http/lifecycle.ts';
import { createRateLimits } from './http/rate-limits.ts';
import { drain, listen } from './http/server.ts';
import { createLogger } from './logger.ts';
import { bootstrapAttributeKeys } from './modules/activity-config/activity-config.queries.ts';
import { bootstrapDispatchProviders } from './modules/dispatch/dispatch.queries.ts';
import { createDispatcher, startDispatchWorker } from './modules/dispatch/dispatcher.ts';
import { clusterMetrics, Metrics, serveMetrics } from './observability/metrics.ts';
import { startTracing, stopTracing, tracingOn } from './observability/tracing.ts';
import { failStartup } from './startup.ts';

// What a failed start prints (src/startup.ts): read from the environment first, the configuration once loaded.
const settings = {
  port: Number(process.env.PORT) || undefined,
  databaseUrl: process.env.DATABASE_URL,
  logLevel: process.env.LOG_LEVEL,
};
let config: Config;
let logger: Logger;
let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
let lifecycle: Lifecycle;
let server: ReturnType<typeof listen> | undefined;
let metricsServer: Awaited<ReturnType<typeof serveMetrics>> | undefined;
let worker: ReturnType<typeof startDispatchWorker> | undefined;
let primary: Awaited<ReturnType<typeof startPrimary>> | undefined;

async function start() {
  config = loadConfig();
  settings.port = config.port;
  settings.databaseUrl = config.databaseUrl;
  if (config.webConcurrency > 1 && !inCluster) {
    logger = createLogger(config.logLevel);
    primary = await startPrimary(config, logger);
    return;
  }
  // Before the database opens: its connections are traced as they are made.
  if (config.tracing) await startTracing(config.tracing);
  logger = createLogger(config.logLevel, { traceIds: tracingOn() });

  const db = await openDatabase(config, logger);
  database = db;
  // Dev mode keeps a generated key in the data folder; production has refused to start without one.
  config.credentialsKey = await resolveCredentialsKey(config);
  const source = contextSource(db.orm, config);
  await bootstrapAttributeKeys(source.sql);
  await bootstrapDispatchProviders(source.sql);

  const devMode = !config.auth;
  const auth = config.auth ?? { kind: 'secret' as const, secret: await devSecret(config.dataDir) };
  const dispatcherLogger = logger.child({ component: 'dispatcher' });
  const metrics = new Metrics();
  const dispatcher = createDispatcher({ source, logger: dispatcherLogger, settings: config.dispatch, metrics });
  metrics.watchPool(() => db.orm.em.getConnection().getNativeClient());
  if (config.dispatch.inProcess) metrics.watchDispatchLag(dispatcher.dueLag);
  // In a cluster, the primary serves the sum of its processes' metrics.
  if (inCluster) clusterMetrics.share(metrics);
  else if (config.metrics) metricsServer = await serveMetrics(metrics.registry, config.metrics, logger);
  lifecycle = new Lifecycle();
  const rateLimits = await createRateLimits(config, db.orm, metrics);
  // Dev mode: a token for the demo tenant, printed at start and filled in on the reference page.
  const devToken =
    devMode && auth.kind === 'secret'
      ? await signToken(auth.secret, {
          subject: 'dev-admin',
          roles: ['ADMIN'],
          tenantIds: [DEMO_TENANT_ID],
          ttl: '12h',
        })
      : undefined;
  const app = createApp({
    config,
    source,
    logger,
    verifyToken: createTokenVerifier(auth),
    dispatcher,
    lifecycle,
    rateLimits,
    metrics,
    referenceCredentials: devToken ? { token: devToken, tenantId: DEMO_TENANT_ID } : undefined,
  });

  const listening = listen(app, config, async (port) => {
    listening.off('error', abort);
    const base = `http://localhost:${port}`;
    logger.info({ url: base, docs: `${base}/docs` }, 'listening');
    // Dispatching starts once the port is bound: a server that cannot serve sends nothing either.
    // Off (DISPATCH_IN_PROCESS=false) when separate `npm run worker` processes do the dispatching.
    if (config.dispatch.inProcess)
      worker = startDispatchWorker(dispatcher, config.dispatch.intervalMs, dispatcherLogger, metrics);
    if (devToken && (!inCluster || firstInCluster)) {
      await seedDemo(source.sql);
      // Printed plainly (not as a JSON log line) so it can be copied straight into a shell.
      console.log(
        `\nDev mode: no JWT_SECRET or JWT_JWKS_URL, so a generated secret signs tokens and a demo tenant exists.\n` +
          `API reference: ${base}/docs (this token and the demo tenant are filled in)\nTry (ADMIN in the demo tenant, valid 12 h):\n\n` +
          `curl -H "Authorization: Bearer ${devToken}" -H "x-tenant-id: ${DEMO_TENANT_ID}" ${base}/api/activity-config/attribute-keys\n`,
      );
    }
  });
  // Binding the port fails after the database is open (port in use): stop it too, then say why.
  listening.once('error', abort);
  server = listening;
}

/** A failed start: the embedded database stopped (it would keep its data folder locked), then one line. */
function abort(err: unknown): Promise<never> {
  return failStartup(err, settings, database);
}

start().catch(abort);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  if (primary) {
    logger.info({ signal }, 'shutting down: each API process drains, then the database closes');
    await primary.stop();
    logger.info('stopped');
    process.exit(0);
  }
  if (!server) {
    // Still starting: nothing to drain.
    metricsServer?.close();
    await database?.close();
    process.exit(0);
  }
  logger.info(
    { signal, graceMs: config.shutdownGraceMs },
    'shutting down: draining, then finishing in-flight requests',
  );
  // The dispatcher finishes the attempts it has claimed, so none waits for its lease to expire.
  await Promise.all([
    server &&
      drain(server, lifecycle, { graceMs: config.shutdownGraceMs, timeoutMs: config.shutdownTimeoutMs }, logger),
    worker?.stop(),
  ]);
  metricsServer?.close();
  await database?.close();
  await stopTracing();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
