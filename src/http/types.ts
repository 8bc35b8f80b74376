import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { ApiKeyVerifier } from '../auth/api-keys.ts';
import type { Principal, TokenVerifier } from '../auth/tokens.ts';
import type { Config } from '../config.ts';
import type { ContextSource } from '../context.ts';
import type { Dispatcher } from '../modules/dispatch/dispatcher.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Lifecycle } from './lifecycle.ts';
import type { ProblemCode } from './problem.ts';
import type { RateLimitState, RateLimits } from './rate-limits.ts';

/** What the app is built from; the entry point wires real ones, tests wire test ones. */
export interface AppDeps {
  config: Config;
  /** The database, the clock and the credentials key, shared with the dispatcher (context.ts). */
  source: ContextSource;
  logger: Logger;
  verifyToken: TokenVerifier;
  /** Per app, like `verifyToken`'s cache: `createApp` makes one when none is given. */
  apiKeys: ApiKeyVerifier;
  /** The same dispatcher the worker loop runs, for manual dispatch. */
  dispatcher: Dispatcher;
  /** In-flight requests and draining, shared with the shutdown sequence (http/server.ts). */
  lifecycle: Lifecycle;
  /** Absent when RATE_LIMITS=off. */
  rateLimits?: RateLimits;
  /** The process's metrics (observability/metrics.ts): `createApp` makes one when none is given. */
  metrics: Metrics;
  /** Dev mode: a token and a tenant the reference page fills in, so "Test Request" works at once. */
  referenceCredentials?: { token: string; tenantId: string };
  /**
   * Tenants found to exist, so `authorize` asks the database once per tenant, not per request
   * (tenants are never deleted). `createApp` makes one when none is given.
   */
  knownTenants?: Set<string>;
}

/** What `createApp` is given: the dependencies, some of which it makes itself when absent. */
export type AppInput = Omit<AppDeps, 'apiKeys' | 'metrics'> & Partial<Pick<AppDeps, 'apiKeys' | 'metrics'>>;

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    /** Set by `authorize` on secured routes. */
    principal: Principal;
    /** Set by `authorize` on tenant routes: the `x-tenant-id` the caller may act in. */
    tenantId: string;
    /** Set when the answer is a problem: its code, for the access log. */
    problemCode: ProblemCode | undefined;
    /** Set by `authorize` when rate limits are on: what the answer's rate-limit fields say. */
    rateLimit: RateLimitState | undefined;
  };
}

export type AppRouter = OpenAPIHono<AppEnv>;
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
