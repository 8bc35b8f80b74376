/**
 * The API as the benchmark runs it: `createApp` served by @hono/node-server in a process of its own, so
 * its memory is measured alone. Configured like `src/main.ts` (the same loadConfig, ORM with its timeouts,
 * logger, token verifier and server) but without start-up chores the bench has done already (migrations, seeding) and
 * without the in-process dispatcher, which would otherwise send the loaded READY activities mid-run.
 */
import { createApp } from '../../src/app.ts';
import { createTokenVerifier } from '../../src/auth/tokens.ts';
import { loadConfig } from '../../src/config.ts';
import { contextSource } from '../../src/context.ts';
import { appOrm } from '../../src/db/database.ts';
import { Lifecycle } from '../../src/http/lifecycle.ts';
import { createRateLimits } from '../../src/http/rate-limits.ts';
import { listen } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { createDispatcher } from '../../src/modules/dispatch/dispatcher.ts';
import { Metrics } from '../../src/observability/metrics.ts';

const config = loadConfig();
if (!config.databaseUrl || !config.auth) throw new Error('The bench app server needs DATABASE_URL and JWT_SECRET');
const logger = createLogger(config.logLevel);
// As the server runs its requests: the app role, under the tenant policies.
const orm = await appOrm(config, config.databaseUrl, logger);
const source = contextSource(orm, config);
// Built for the app's manual dispatch, never started: the loop would send the loaded READY activities mid-run.
const metrics = new Metrics();
metrics.watchPool(() => orm.em.getConnection().getNativeClient());
const dispatcher = createDispatcher({ source, logger, settings: config.dispatch, metrics });
const app = createApp({
  config,
  source,
  logger,
  verifyToken: createTokenVerifier(config.auth),
  dispatcher,
  lifecycle: new Lifecycle(),
  // Off unless the run sets RATE_LIMITS=on (bench.ts).
  rateLimits: await createRateLimits(config, orm, metrics),
  // Counted as in production (serving them is off the requests' path), so the benchmark pays their cost.
  metrics,
});

const server = listen(app, config, (port) => process.send?.({ port }));
process.on('SIGTERM', () => server.close(() => void orm.close().then(() => process.exit(0))));
