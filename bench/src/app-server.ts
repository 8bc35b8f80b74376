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
import { createOrm } from '../../src/db/orm.ts';
import { Lifecycle } from '../../src/http/lifecycle.ts';
import { listen } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { createDispatcher } from '../../src/modules/dispatch/dispatcher.ts';

const config = loadConfig();
if (!config.databaseUrl || !config.auth) throw new Error('The bench app server needs DATABASE_URL and JWT_SECRET');
const logger = createLogger(config.logLevel);
const orm = await createOrm({
  url: config.databaseUrl,
  poolMax: config.dbPoolMax,
  logger,
  timeouts: config.dbTimeouts,
});
const source = contextSource(orm, config);
// Built for the app's manual dispatch, never started: the loop would send the loaded READY activities mid-run.
const dispatcher = createDispatcher({ source, logger, settings: config.dispatch });
const app = createApp({
  config,
  source,
  logger,
  verifyToken: createTokenVerifier(config.auth),
  dispatcher,
  lifecycle: new Lifecycle(),
});

const server = listen(app, config, (port) => process.send?.({ port }));
process.on('SIGTERM', () => server.close(() => void orm.close().then(() => process.exit(0))));
