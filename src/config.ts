import { z } from 'zod';
import type { OutboundPolicy } from './net/outbound.ts';

// The only module that reads process.env: everything else receives a Config.
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url().optional(),
  DATABASE_APP_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5433),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  JWT_JWKS_URL: z.url().optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).optional(),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  DB_READ_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  DB_WRITE_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  READY_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(1_500),
  CREDENTIALS_KEY: z
    .string()
    .optional()
    .refine(
      (value) => value === undefined || Buffer.from(value, 'base64').length === 32,
      'CREDENTIALS_KEY must be the base64 encoding of 32 bytes (e.g. `openssl rand -base64 32`)',
    ),
  OUTBOUND_ALLOWED_HOSTS: z.string().default(''),
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  RATE_LIMIT_STORE: z.enum(['postgres', 'memory']).default('postgres'),
  RATE_LIMIT_TENANT_PER_MINUTE: z.coerce.number().int().min(1).default(6_000),
  RATE_LIMIT_PRINCIPAL_PER_MINUTE: z.coerce.number().int().min(1).default(1_200),
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  CORS_ORIGINS: z.string().default(''),
  DISPATCH_IN_PROCESS: z.enum(['true', 'false']).default('true'),
  DISPATCH_INTERVAL_MS: z.coerce.number().int().min(100).optional(),
  DISPATCH_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  DISPATCH_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(10),
  DISPATCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  DISPATCH_LEASE_MS: z.coerce.number().int().min(1000).default(60_000),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().min(1).optional(),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('reten-activities-api'),
});

export type Env = z.infer<typeof EnvSchema>;

export type AuthConfig =
  | { kind: 'secret'; secret: string; issuer?: string; audience?: string }
  | { kind: 'jwks'; jwksUrl: string; issuer?: string; audience?: string };

/** The dispatcher's settings (see src/modules/dispatch/dispatcher.ts). */
export interface DispatchSettings {
  /** Run the dispatcher inside the API process; `npm run worker` runs it on its own. */
  inProcess: boolean;
  intervalMs: number;
  /** Most activities one cycle sends per tenant dispatch config. */
  batchSize: number;
  /** Activities claimed and sent at once; each claim is sent straight away, within its lease. */
  concurrency: number;
  timeoutMs: number;
  /** How long a claim keeps other workers away; outlives the provider timeout by construction. */
  leaseMs: number;
}

/** Requests allowed per minute (http/rate-limits.ts); `undefined` in `Config` when RATE_LIMITS=off. */
export interface RateLimitSettings {
  /** `postgres`: shared by every instance; `memory`: per process (a single instance). */
  store: 'postgres' | 'memory';
  tenantPerMinute: number;
  principalPerMinute: number;
  /** Failed authentications per client address, before its credentials are refused unchecked. */
  authFailuresPerMinute: number;
}

/** Where Prometheus scrapes the process (observability/metrics.ts): a port of its own, apart from the API's. */
export interface MetricsSettings {
  host: string;
  /** 0: any free port (tests). */
  port: number;
  /** When set, a scrape must send `Authorization: Bearer <token>`. */
  token?: string;
}

/** Traces (observability/tracing.ts), exported over OTLP/HTTP; undefined in `Config` when no endpoint is set. */
export interface TracingSettings {
  /** The collector's base URL; the exporter posts to `<endpoint>/v1/traces`. */
  endpoint: string;
  serviceName: string;
}

/** How long the database may take before a request gives up on it (db/orm.ts, db/sql.ts). */
export interface DatabaseTimeouts {
  /** Opening a connection, or waiting for a free one in the pool. */
  connectMs: number;
  /** Each statement outside a transaction: the reads (`statement_timeout`). */
  readMs: number;
  /** Each statement inside a plain-SQL transaction: the writes, which may wait for row locks. */
  writeMs: number;
  /** A transaction left idle (`idle_in_transaction_session_timeout`): a stuck caller frees its locks. */
  idleInTransactionMs: number;
}

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  /** The owner's URL: migrations, and the server's requests unless `databaseAppUrl` is set. */
  databaseUrl?: string;
  /** A login role (a member of `reten_app`) for the server's requests, instead of the owner switching role. */
  databaseAppUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolMax: number;
  /** Undefined when no key is configured: dev mode generates one, production refuses to start. */
  auth?: AuthConfig;
  bodyLimitBytes: number;
  /** After SIGTERM: how long the server keeps serving (each answer closing its connection) before it stops accepting. */
  shutdownGraceMs: number;
  /** After that: how long in-flight requests may take before their connections are cut. */
  shutdownTimeoutMs: number;
  dbTimeouts: DatabaseTimeouts;
  /** The longest `/ready` waits for the database before answering 503. */
  readyTimeoutMs: number;
  /** AES-256-GCM key for dispatch credentials. Undefined: dev mode generates one, production refuses to start. */
  credentialsKey?: Buffer;
  dispatch: DispatchSettings;
  /** Hosts that providers and client hooks may be on although not public (net/outbound.ts). */
  outbound: OutboundPolicy;
  rateLimits?: RateLimitSettings;
  /** Proxies in front of the server whose `X-Forwarded-For` entry names the client (0: the socket's peer). */
  trustProxyHops: number;
  /** Web origins whose pages may call the API (`https://app.example.com`); dev mode adds any localhost one. */
  corsOrigins: string[];
  /** API processes sharing the port (src/cluster.ts); 1: this process serves alone. */
  webConcurrency: number;
  /** Undefined when METRICS_PORT is not set: nothing serves the metrics (they are still counted). */
  metrics?: MetricsSettings;
  tracing?: TracingSettings;
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const claims = { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE };
  let auth: AuthConfig | undefined;
  if (env.JWT_SECRET && env.JWT_JWKS_URL) {
    throw new Error('Invalid configuration: set JWT_SECRET or JWT_JWKS_URL, not both');
  }
  if (env.JWT_SECRET) auth = { kind: 'secret', secret: env.JWT_SECRET, ...claims };
  if (env.JWT_JWKS_URL) auth = { kind: 'jwks', jwksUrl: env.JWT_JWKS_URL, ...claims };
  if (!auth && env.NODE_ENV === 'production') {
    throw new Error('Invalid configuration: production needs JWT_SECRET or JWT_JWKS_URL');
  }
  if (!env.CREDENTIALS_KEY && env.NODE_ENV === 'production') {
    throw new Error('Invalid configuration: production needs CREDENTIALS_KEY (base64 of 32 bytes)');
  }
  if (env.DISPATCH_LEASE_MS < 2 * env.DISPATCH_TIMEOUT_MS) {
    // A claim must outlive the provider call it covers, or a second worker could send the activity again.
    throw new Error('Invalid configuration: DISPATCH_LEASE_MS must be at least twice DISPATCH_TIMEOUT_MS');
  }
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    databaseUrl: env.DATABASE_URL,
    databaseAppUrl: env.DATABASE_APP_URL,
    dataDir: env.DATA_DIR,
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    dbPoolMax: env.DB_POOL_MAX,
    auth,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    // In production a load balancer needs a few seconds to stop routing here; a developer's Ctrl-C does not.
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS ?? (env.NODE_ENV === 'production' ? 5_000 : 0),
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    dbTimeouts: {
      connectMs: env.DB_CONNECT_TIMEOUT_MS,
      readMs: env.DB_READ_TIMEOUT_MS,
      writeMs: env.DB_WRITE_TIMEOUT_MS,
      idleInTransactionMs: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    readyTimeoutMs: env.READY_TIMEOUT_MS,
    credentialsKey: env.CREDENTIALS_KEY ? Buffer.from(env.CREDENTIALS_KEY, 'base64') : undefined,
    rateLimits:
      env.RATE_LIMITS === 'on'
        ? {
            store: env.RATE_LIMIT_STORE,
            tenantPerMinute: env.RATE_LIMIT_TENANT_PER_MINUTE,
            principalPerMinute: env.RATE_LIMIT_PRINCIPAL_PER_MINUTE,
            authFailuresPerMinute: env.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE,
          }
        : undefined,
    trustProxyHops: env.TRUST_PROXY_HOPS,
    corsOrigins: env.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    outbound: {
      allowed: env.OUTBOUND_ALLOWED_HOSTS.split(',')
        .map((host) => host.trim())
        .filter(Boolean),
    },
    webConcurrency: env.WEB_CONCURRENCY,
    metrics:
      env.METRICS_PORT === undefined
        ? undefined
        : { host: env.METRICS_HOST ?? env.HOST, port: env.METRICS_PORT, token: env.METRICS_TOKEN },
    tracing: env.OTEL_EXPORTER_OTLP_ENDPOINT
      ? { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME }
      : undefined,
    dispatch: {
      inProcess: env.DISPATCH_IN_PROCESS === 'true',
      intervalMs: env.DISPATCH_INTERVAL_MS ?? (env.NODE_ENV === 'production' ? 30_000 : 5_000),
      batchSize: env.DISPATCH_BATCH_SIZE,
      concurrency: env.DISPATCH_CONCURRENCY,
      timeoutMs: env.DISPATCH_TIMEOUT_MS,
      leaseMs: env.DISPATCH_LEASE_MS,
    },
  };
}
