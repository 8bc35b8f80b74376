import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Principal, TokenVerifier } from '../auth/tokens.ts';
import type { Config } from '../config.ts';
import type { Orm } from '../db/orm.ts';

/** What the app is built from; the entry point wires real ones, tests wire test ones. */
export interface AppDeps {
  config: Config;
  orm: Orm;
  logger: Logger;
  verifyToken: TokenVerifier;
  /** The time source, so tests can control "now". */
  now: () => Date;
  /**
   * Tenants found to exist, so `authorize` asks the database once per tenant, not per request
   * (tenants are never deleted). `createApp` makes one when none is given.
   */
  knownTenants?: Set<string>;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    logger: Logger;
    /** Set by `authorize` on secured routes. */
    principal: Principal;
    /** Set by `authorize` on tenant routes: the `x-tenant-id` the caller may act in. */
    tenantId: string;
    /** This request's entity manager once made: read it through `requestEm`, which forks it on first use. */
    em: EntityManager | undefined;
  };
}

export type AppRouter = OpenAPIHono<AppEnv>;
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
