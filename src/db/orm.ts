import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { DatabaseTimeouts } from '../config.ts';
import { traceQueries } from '../observability/tracing.ts';
import { abandonSilentConnections, CLIENT_TIMEOUT_MARGIN_MS } from './availability.ts';
import { entities } from './entities.ts';
import { migrations } from './migrations/index.ts';

export type Orm = MikroORM;

export interface OrmOptions {
  url: string;
  poolMax?: number;
  debug?: boolean;
  /** Where the ORM's own messages go (the migrator's progress, debug SQL); silent without one. */
  logger?: Logger;
  /** The app's connections have them; the migrator's and scripts' do not (an index build may take minutes). */
  timeouts?: DatabaseTimeouts;
  /** The role the connections act as (`APP_ROLE` for the server's requests); the login role's own otherwise. */
  role?: string;
  /** How long to wait for a connection, without the other timeouts (the migrator's: a silent server fails it). */
  connectTimeoutMs?: number;
}

/**
 * The role the server's requests run as: it owns no table and cannot bypass row-level security, so the
 * tenant policies apply to every statement it sends (Migration20261130000000_row_level_security).
 */
export const APP_ROLE = 'reten_app';

/**
 * The `pg` pool settings of the timeouts: the server cancels a statement that runs too long (reads by
 * default; plain-SQL transactions raise it for writes, db/sql.ts) and ends a transaction left idle; the client
 * gives up waiting for a connection. A server that does not answer at all (stopped, unreachable) is
 * `guardPool`'s.
 */
function timeoutOptions(timeouts: DatabaseTimeouts | undefined) {
  if (!timeouts) return { settings: {}, pool: {} };
  return {
    settings: {
      statement_timeout: timeouts.readMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    },
    pool: { connectionTimeoutMillis: timeouts.connectMs, keepAlive: true },
  };
}

/**
 * What a pool of the app's needs besides its options: a connection whose server falls silent is given up a
 * little after the longest statement timeout (db/sql.ts narrows it for reads), so no request hangs with it.
 */
export function guardPool(pool: pg.Pool, timeouts: DatabaseTimeouts | undefined): void {
  if (timeouts) {
    abandonSilentConnections(pool, Math.max(timeouts.readMs, timeouts.writeMs) + CLIENT_TIMEOUT_MARGIN_MS);
  }
}

/**
 * Planner settings of every app connection. The app's prepared statements (src/db/sql.ts) are planned once
 * per connection: PostgreSQL would otherwise re-plan a list page on every run once the table is large
 * (0.28 ms each at 1M rows: its generic plan's estimate with an unknown LIMIT looks worse than the same
 * index plan it ends up with); the ORM's own queries carry their values inline and are planned as before.
 * Memoize is off: on activity reads it caches commerce lookups that a page of 25 activities almost never
 * repeats at scale (0 hits in 25 at 1M rows), and the covering index makes a lookup two buffer hits; the
 * filtered list at 1M ran at 0.74-0.83x its 10k speed with it, 0.86-0.92x without (docs/performance.md).
 */
export const connectionSettings = { plan_cache_mode: 'force_generic_plan', enable_memoize: 'off' };

/**
 * The `pg` settings of a connection: planner settings, timeouts, the role. Shared with the benchmark's
 * baseline, whose connections are set up exactly as the server's.
 */
export function appConnectionOptions(options: Pick<OrmOptions, 'timeouts' | 'role' | 'connectTimeoutMs'>) {
  const timeouts = timeoutOptions(options.timeouts);
  const settings = { ...connectionSettings, ...timeouts.settings, ...(options.role && { role: options.role }) };
  return {
    ...(options.connectTimeoutMs && { connectionTimeoutMillis: options.connectTimeoutMs }),
    ...timeouts.pool,
    options: Object.entries(settings)
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(' '),
  };
}

/** The ORM options in one place, shared by the server, the scripts, the tests and the CLI config. */
export function ormOptions(options: OrmOptions): Options {
  return {
    clientUrl: options.url,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false },
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: options.debug ?? false,
    logger: (message) => options.logger?.debug({ orm: message }, 'orm'),
    // Requests work on their own fork; touching the global context is a bug.
    allowGlobalContext: false,
    // Rows only ever reference rows of their own tenant (every insert takes them from the tenant), so
    // joining a to-one relation just to re-check its tenant filter is wasted work: it cost about 1 ms of
    // CPU on each locked findOne of an activity, and made a result's lock also lock its commerce row.
    autoJoinRefsForFilters: false,
    ensureDatabase: false,
    driverOptions: {
      ...appConnectionOptions(options),
      onPoolCreated: (pool: pg.Pool) => {
        guardPool(pool, options.timeouts);
        traceQueries(pool);
      },
    },
  };
}

export async function createOrm(options: OrmOptions): Promise<Orm> {
  return MikroORM.init(ormOptions(options));
}

/** Applies every pending committed migration, each in its own transaction. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
