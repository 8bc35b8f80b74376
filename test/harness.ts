import type { Logger } from 'pino';
import { inject } from 'vitest';
import { createRetenClient } from '../packages/client/src/index.ts';
import { type App, buildDocument, createApp } from '../src/app.ts';
import { PERMISSIONS, type Permission, type Role } from '../src/auth/permissions.ts';
import { createTokenVerifier, signToken } from '../src/auth/tokens.ts';
import { loadConfig } from '../src/config.ts';
import { type ContextSource, contextSource } from '../src/context.ts';
import { appOrm } from '../src/db/database.ts';
import { uuidv7 } from '../src/db/ids.ts';
import { createOrm, type Orm } from '../src/db/orm.ts';
import { Lifecycle } from '../src/http/lifecycle.ts';
import { createRateLimits } from '../src/http/rate-limits.ts';
import { createLogger } from '../src/logger.ts';
import { createDispatcher } from '../src/modules/dispatch/dispatcher.ts';
import { Metrics } from '../src/observability/metrics.ts';
import { createResponseValidator } from './response-validator.ts';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
export const TEST_CREDENTIALS_KEY = Buffer.alloc(32, 9);

export interface TestContext {
  app: App;
  orm: Orm;
  /** The app's database, clock and key (plain SQL through `source.sql`), acting as the app role. */
  source: ContextSource;
  /**
   * The tables' owner, which row-level security does not restrict: for fixtures written and rows checked
   * straight in the database across tenants.
   */
  owner: Orm;
  /** The app's metrics and its dispatcher's. */
  metrics: Metrics;
  /** Sends a request through the app and checks the answer against the document. */
  fetch: (request: Request) => Promise<Response>;
  close(): Promise<void>;
}

export interface AppOptions {
  /** Where the app's log lines go (default: TEST_LOG_LEVEL, silent unless set). */
  logger?: Logger;
  /** The app's clock. */
  now?: () => Date;
  /** Settings beyond the test defaults, as environment variables. */
  env?: Record<string, string>;
  /** What dev mode fills in on the reference page. */
  referenceCredentials?: { token: string; tenantId: string };
}

/** The tests' configuration: the run's database, a fixed secret and key; `env` adds or overrides settings. */
export function testConfig(env: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: inject('databaseUrl'),
    JWT_SECRET: TEST_SECRET,
    LOG_LEVEL: 'silent',
    CREDENTIALS_KEY: TEST_CREDENTIALS_KEY.toString('base64'),
    // The tests' providers and hooks listen on this machine.
    OUTBOUND_ALLOWED_HOSTS: '127.0.0.1,localhost',
    // One principal sends every test's requests; the rate-limit tests turn them on with small quotas.
    RATE_LIMITS: 'off',
    ...env,
  });
}

/** One app and connection pool per test file, on the run's shared database. */
export async function setupApp(options: AppOptions = {}): Promise<TestContext> {
  const config = testConfig(options.env);
  // As the server runs its requests: the app role, under the tenant policies.
  const orm = await appOrm({ ...config, dbPoolMax: 8 }, config.databaseUrl!);
  const owner = await createOrm({ url: config.databaseUrl!, poolMax: 2 });
  const source = contextSource(orm, config, options.now);
  // TEST_LOG_LEVEL=error shows the server's own log lines (e.g. the cause of a 500) while debugging.
  const logger = options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const metrics = new Metrics();
  const dispatcher = createDispatcher({ source, logger, settings: config.dispatch, metrics });
  const app = createApp({
    config,
    source,
    logger,
    verifyToken: createTokenVerifier(config.auth!),
    dispatcher,
    lifecycle: new Lifecycle(),
    rateLimits: await createRateLimits(config, orm, metrics),
    metrics,
    referenceCredentials: options.referenceCredentials,
  });
  const check = await createResponseValidator(buildDocument());
  return {
    app,
    orm,
    source,
    owner,
    metrics,
    fetch: async (request) => {
      const path = new URL(request.url).pathname;
      const response = await app.request(request);
      await check(request.method, path, response);
      return response;
    },
    close: async () => {
      await orm.close();
      await owner.close();
    },
  };
}

export interface TokenOptions {
  roles?: Role[];
  tenants?: string[];
  ttl?: string;
  sub?: string;
  secret?: string;
}

export function token(options: TokenOptions = {}): Promise<string> {
  return signToken(options.secret ?? TEST_SECRET, {
    subject: options.sub ?? 'test-user',
    roles: options.roles ?? ['ADMIN'],
    tenantIds: options.tenants ?? [],
    ttl: options.ttl ?? '10m',
  });
}

/** A fresh tenant per test: tests never see each other's rows, so no truncation is needed. */
export async function createTenant(ctx: TestContext): Promise<string> {
  const id = uuidv7();
  await ctx.orm.em
    .fork()
    .getConnection()
    .execute(`insert into tenant (id, name, slug, created_at, updated_at) values (?, ?, ?, now(), now())`, [
      id,
      `Test tenant ${id}`,
      `t-${id}`,
    ]);
  return id;
}

/** A typed client acting as `roles` in a new (or the given) tenant. */
export async function actor(ctx: TestContext, options: { roles?: Role[]; tenantId?: string } = {}) {
  const tenantId = options.tenantId ?? (await createTenant(ctx));
  const bearer = await token({ roles: options.roles ?? ['ADMIN'], tenants: [tenantId] });
  const headers = { authorization: `Bearer ${bearer}`, 'x-tenant-id': tenantId };
  const api = createRetenClient({ baseUrl: 'http://test.local', fetch: ctx.fetch, token: bearer, tenantId });
  return { tenantId, token: bearer, headers, api };
}

/**
 * An API key in the tenant, made through the API by a SUPER_ADMIN (`sub`): every permission unless told.
 * Returns the plaintext key and the headers that send it.
 */
export async function apiKey(
  ctx: TestContext,
  tenantId: string,
  options: { permissions?: Permission[]; sub?: string; expiresAt?: string } = {},
) {
  const bearer = await token({ roles: ['SUPER_ADMIN'], tenants: [tenantId], sub: options.sub });
  const res = await send(ctx, 'POST', '/api/api-keys', {
    headers: { authorization: `Bearer ${bearer}`, 'x-tenant-id': tenantId },
    body: { name: 'test key', permissions: options.permissions ?? PERMISSIONS, expires_at: options.expiresAt },
  });
  if (res.status !== 201) throw new Error(`could not make an API key: ${res.status} ${await res.text()}`);
  const created = (await res.json()) as { id: string; plaintextKey: string };
  return { id: created.id, key: created.plaintextKey, headers: { 'x-api-key': created.plaintextKey } };
}

/** A raw request, for what the typed client cannot send (bad JSON, wrong types); still contract-checked. */
export function send(
  ctx: TestContext,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string | object } = {},
) {
  const headers = new Headers(init.headers);
  let body: string | undefined;
  if (typeof init.body === 'string') body = init.body;
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  return ctx.fetch(new Request(`http://test.local${path}`, { method, headers, body }));
}
