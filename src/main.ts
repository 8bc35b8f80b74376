import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { createTokenVerifier, signToken } from './auth/tokens.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { DEMO_TENANT_ID, devSecret, seedDemo } from './dev.ts';
import { createLogger } from './logger.ts';
import { bootstrapAttributeKeys } from './modules/activity-config/attribute-key.service.ts';
import { resolveCredentialsKey } from './modules/dispatch/credentials.ts';
import { bootstrapDispatchProviders } from './modules/dispatch/dispatch-providers.service.ts';
import { startConfiguredDispatchWorker } from './modules/dispatch/dispatcher.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel);

const database = await openDatabase(config, logger);
const { orm } = database;
await bootstrapAttributeKeys(orm.em.fork());
await bootstrapDispatchProviders(orm.em.fork());
// Dev mode keeps a generated key in the data folder; production has refused to start without one.
config.credentialsKey = await resolveCredentialsKey(config);

const devMode = !config.auth;
const auth = config.auth ?? { kind: 'secret' as const, secret: await devSecret(config.dataDir) };
const app = createApp({ config, orm, logger, verifyToken: createTokenVerifier(auth), now: () => new Date() });

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, async (info) => {
  const base = `http://localhost:${info.port}`;
  logger.info({ url: base, docs: `${base}/docs` }, 'listening');
  if (devMode && auth.kind === 'secret') {
    await seedDemo(orm.em.fork());
    const token = await signToken(auth.secret, {
      subject: 'dev-admin',
      roles: ['ADMIN'],
      tenantIds: [DEMO_TENANT_ID],
      ttl: '12h',
    });
    // Printed plainly (not as a JSON log line) so it can be copied straight into a shell.
    console.log(
      `\nDev mode: no JWT_SECRET or JWT_JWKS_URL, so a generated secret signs tokens and a demo tenant exists.\n` +
        `API reference: ${base}/docs\nTry (ADMIN in the demo tenant, valid 12 h):\n\n` +
        `curl -H "Authorization: Bearer ${token}" -H "x-tenant-id: ${DEMO_TENANT_ID}" ${base}/api/activity-config/attribute-keys\n`,
    );
  }
}) as Server;

// Off (DISPATCH_IN_PROCESS=false) when separate `npm run worker` processes do the dispatching.
const dispatcher = config.dispatch.inProcess ? startConfiguredDispatchWorker(config, orm, logger) : undefined;

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
  const force = setTimeout(() => server.closeAllConnections(), config.shutdownTimeoutMs);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // The dispatcher finishes the attempts it has claimed, so none waits for its lease to expire.
  await Promise.all([closed, dispatcher?.stop()]);
  clearTimeout(force);
  await database.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
