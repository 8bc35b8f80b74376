import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config.ts';
import type { Orm } from './db/orm.ts';
import { createSql, ormSqlOptions, type Sql, TENANT_SETTING } from './db/sql.ts';
import { tenantEm } from './db/tenant-owned.ts';
import { guardedFetch, type OutboundPolicy } from './net/outbound.ts';

/** What contexts are made from: the app's dependencies for a request, the dispatcher's for a worker. */
export interface ContextSource {
  orm: Orm;
  sql: Sql;
  /** The clock: a context reads it once, so one operation sees one "now". */
  now: () => Date;
  /** Opens client-hook secrets and seals dispatch credentials; absent only where none is configured. */
  credentialsKey?: Buffer;
  /** Where calls on a tenant's behalf may go, and the `fetch` that enforces it (net/outbound.ts). */
  outbound: Outbound;
}

export interface Outbound {
  policy: OutboundPolicy;
  fetch: typeof fetch;
}

/**
 * What a service runs with: the time of the operation, plain SQL (`sql`, for the `*.queries.ts` files)
 * and the unit of work (`em`), forked only when a service first asks for it: a request that reads plain
 * rows never forks one (forking was 8% of the CPU of a get by id). Classes, so the getter lives on the
 * prototype: an object literal with a getter gets a hidden class of its own per request in V8, which cost
 * more CPU and 70 MB of RSS than the fork it saves (docs/performance.md).
 *
 * This one is for platform operations (tenant administration): no tenant, an unfiltered entity manager.
 */
export class PlatformContext {
  readonly now: Date;
  /** Plain SQL acting for no tenant (global tables); a tenant context's acts for its tenant. */
  readonly sql: Sql;
  readonly credentialsKey?: Buffer;
  readonly outbound: Outbound;
  protected readonly orm: Orm;
  #em: EntityManager | undefined;

  constructor(source: ContextSource, sql = source.sql) {
    this.orm = source.orm;
    this.now = source.now();
    this.sql = sql;
    this.credentialsKey = source.credentialsKey;
    this.outbound = source.outbound;
  }

  get em(): EntityManager {
    this.#em ??= this.fork();
    return this.#em;
  }

  /** Acting for no tenant: the row-level-security policies show it no tenant row. */
  protected fork(): EntityManager {
    const em = this.orm.em.fork();
    em.setSessionContext({ variables: { [TENANT_SETTING]: '' } });
    return em;
  }
}

/**
 * What every tenant service takes first: the tenant, and an entity manager that sees only its rows.
 * Built in one place per kind of caller: `tenantContext` for a request (http/context.ts), the dispatcher
 * for a claim.
 */
export class TenantContext extends PlatformContext {
  readonly tenantId: string;

  constructor(source: ContextSource, tenantId: string) {
    super(source, source.sql.forTenant(tenantId));
    this.tenantId = tenantId;
  }

  protected override fork(): EntityManager {
    return tenantEm(this.orm, this.tenantId);
  }
}

/** The source the server, the worker and the tests build once and share between the app and the dispatcher. */
export function contextSource(
  orm: Orm,
  config: Pick<Config, 'credentialsKey' | 'dbTimeouts' | 'outbound'>,
  now = () => new Date(),
): ContextSource {
  return {
    orm,
    sql: createSql({ ...ormSqlOptions(orm.em.getConnection()), timeouts: config.dbTimeouts }),
    now,
    credentialsKey: config.credentialsKey,
    outbound: { policy: config.outbound, fetch: guardedFetch(config.outbound) },
  };
}
