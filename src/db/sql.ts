import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { type Connection, DatabaseError, Query, type QueryConfig } from 'pg';
import type { DatabaseTimeouts } from '../config.ts';
import { CLIENT_TIMEOUT_MARGIN_MS, isDatabaseUnavailable, waitAtMost } from './availability.ts';

/**
 * Helpers for the plain-SQL read paths. The driver hands timestamps back as PostgreSQL text, so reads
 * format them in SQL straight into the API's ISO 8601 UTC form with milliseconds.
 */
export function iso(column: string, alias = column.replace(/^\w+\./, '')): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ${alias}`;
}

/**
 * A search predicate: `expression` (SQL over columns) contains the raw search term in parameter `param` (`$n`,
 * or `?` in the ORM's query builder), case- and accent-insensitively and with the term's characters taken
 * literally (`reten_contains_pattern`, Migration20261130020000_search_under_rls). For columns without a
 * trigram index: under row-level security none could serve it.
 */
export function containsFolded(expression: string, param: string): string {
  return `reten_fold(${expression}) like (select reten_contains_pattern(${param}))`;
}

/**
 * An `= any (...)` right-hand side: the ids a search function matches in the transaction's tenant, through the
 * trigram indexes (SECURITY DEFINER functions, since a policy keeps LIKE from using them; the caller's
 * statement still reads the rows under the policy).
 */
export function searchMatches(fn: 'reten_search_activity_ids' | 'reten_search_commerce_ids', termParam: string) {
  return `any (array(select ${fn}(${termParam})))`;
}

/** A jsonb parameter: `pg` would send a JS array as a PostgreSQL array, so values go as JSON text; absent is NULL. */
export function jsonParam(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

const statementNames = new Map<string, string>();

/**
 * Statements named by content, so one text always has one name, on every connection. The names are
 * remembered (hashing the text on every query was 2% of the CPU of a get by id): the texts come from code,
 * a bounded set, as are the prepared statements each connection keeps.
 */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `s_${createHash('sha1').update(text).digest('base64url')}`;
    statementNames.set(text, name);
  }
  return name;
}

/** The ORM's connection: its `pg` pool is where plain SQL runs. */
export type Db = ReturnType<EntityManager['getConnection']>;

/** Statements with `$n` parameters, each a named prepared statement, answering typed rows. */
export interface Rows {
  rows<T>(text: string, values: unknown[]): Promise<T[]>;
}

/** Plain SQL outside a transaction, and `transaction` for a unit of several statements. */
export interface Sql extends Rows {
  /**
   * Runs `work` in one transaction on one connection: commits when it resolves, rolls back when it
   * throws; a connection whose rollback fails is discarded rather than reused.
   */
  transaction<T>(work: (tx: Rows) => Promise<T>): Promise<T>;
  /** The same, on connections acting for `tenantId`: the row-level-security policies see its rows only. */
  forTenant(tenantId: string): Sql;
}

export interface SqlOptions {
  /** Where connections come from. */
  pool: () => Promise<pg.Pool>;
  /** What a driver error becomes (the ORM's exceptions, for the app's error mapping). */
  convert?: (err: unknown) => unknown;
  /** Named statements, planned once per connection; off only for the benchmark's thinnest baseline. */
  prepared?: boolean;
  timeouts?: Pick<DatabaseTimeouts, 'readMs' | 'writeMs'>;
}

/** The tenant each pooled connection acts for (its session setting), so it is set only when it changes. */
const actingFor = new WeakMap<pg.PoolClient, string>();

/**
 * The one way plain SQL runs (the `*.queries.ts` files), on the ORM's own `pg` pool: every statement a named
 * prepared statement, so PostgreSQL parses and plans each distinct statement once per connection (generic
 * plans, see `ormOptions`) instead of on every request, and the ORM's query formatting and driver layers are
 * skipped: the unit of work cost the hot writes about 1 ms of CPU each (docs/performance.md).
 *
 * Tenancy has two locks: every statement names its tenant (`tenant_id = $1`), and the connection acts for the
 * tenant (the setting the row-level-security policies read, db/tenant-owned.ts). A connection keeps the
 * tenant it last acted for, so a read switches it only when the tenant changes, in the same query as the read
 * (`AfterTenantSwitch`); a transaction sets it for itself, with the writes' timeout, in the statement that
 * begins it. Without a tenant (`createSql(...)` itself: global tables), a connection acts for none.
 */
export function createSql(options: SqlOptions): Sql {
  const convert = options.convert ?? ((err: unknown) => err);
  const { timeouts, prepared = true } = options;
  const statement = (text: string, values: unknown[]) => ({
    name: prepared ? statementName(text) : undefined,
    text,
    values,
  });
  /**
   * The client stops waiting a little after the server would have given up (reads sooner than writes): a
   * server that does not answer at all (stopped, or the network between) cannot hold a request longer.
   */
  const waitFor = (client: pg.PoolClient, serverMs: number | undefined) => {
    if (serverMs) waitAtMost(client, serverMs + CLIENT_TIMEOUT_MARGIN_MS);
  };
  // `client.query` in its callback form: under load its promise form made the process keep about 70 MB more
  // (objects promoted to V8's old generation; measured on the benchmark's get by id), at the same throughput.
  // With `tenantId`, the statement runs behind a switch of the connection to that tenant (`AfterTenantSwitch`).
  const on = <T>(client: pg.PoolClient, query: pg.QueryConfig, tenantId?: string): Promise<T[]> =>
    new Promise((resolve, reject) => {
      const config = tenantId === undefined ? query : new AfterTenantSwitch(tenantId, prepared, query);
      client.query(config, (err: Error | undefined, result: { rows: unknown[] }) =>
        err ? reject(convert(err)) : resolve(result.rows as T[]),
      );
    });
  /**
   * A connection out of the pool. One this module has not used yet first acts for no tenant, in a statement of
   * its own: that also prepares the switch the reads later send in their own query (`AfterTenantSwitch`).
   */
  const connect = async () => {
    let client: pg.PoolClient;
    try {
      client = await (await options.pool()).connect();
    } catch (err) {
      throw convert(err);
    }
    if (!actingFor.has(client)) {
      try {
        await on(client, statement(ACT_FOR_TENANT, ['']));
      } catch (err) {
        release(client, err);
        throw err;
      }
      actingFor.set(client, '');
    }
    return client;
  };
  /** Gives a connection back; one whose state is unknown (a failed rollback, no answer) is discarded. */
  const release = (client: pg.PoolClient, err?: unknown) => {
    const broken = err !== undefined && isDatabaseUnavailable(err) ? (err as Error) : undefined;
    if (broken) actingFor.delete(client);
    client.release(broken);
  };

  const forTenant = (tenantId: string): Sql => {
    return {
      async rows(text, values) {
        const client = await connect();
        waitFor(client, timeouts?.readMs);
        try {
          const switching = actingFor.get(client) !== tenantId;
          const rows = await on<never>(client, statement(text, values), switching ? tenantId : undefined);
          actingFor.set(client, tenantId);
          release(client);
          return rows;
        } catch (err) {
          release(client, err);
          throw err;
        }
      },
      async transaction(work) {
        const client = await connect();
        waitFor(client, timeouts?.writeMs);
        const tx: Rows = { rows: (text, values) => on(client, statement(text, values)) };
        // Writes may wait for row locks: their statements get the longer timeout. One round trip.
        const begin = [
          'begin',
          timeouts ? `set local statement_timeout = ${Math.trunc(timeouts.writeMs)}` : '',
          `select set_config('${TENANT_SETTING}', ${client.escapeLiteral(tenantId)}, true)`,
        ].filter(Boolean);
        try {
          await on(client, { text: begin.join('; ') });
          const result = await work(tx);
          await on(client, { text: 'commit' });
          release(client);
          return result;
        } catch (err) {
          if (isDatabaseUnavailable(err)) {
            // The connection may still be waiting for an answer: drop it (the server rolls back) instead of
            // queueing a rollback behind the stuck statement.
            release(client, err);
          } else {
            await client.query('rollback').then(
              () => release(client),
              (rollbackError: Error) => release(client, rollbackError),
            );
          }
          throw err;
        }
      },
      forTenant,
    };
  };
  // Acting for no tenant is acting for the empty id: the policies then show no tenant row at all.
  return forTenant('');
}

/** The session setting naming the tenant a connection acts for: the row-level-security policies read it. */
export const TENANT_SETTING = 'app.tenant_id';

/** Sets the session's tenant; the policies read it (db/tenant-owned.ts). */
const ACT_FOR_TENANT = `select set_config('${TENANT_SETTING}', $1, false)`;

declare module 'pg' {
  /**
   * What `pg`'s client uses of the query it runs (not in @types/pg): a `Query` is also the config it was made
   * from, and the client calls these handlers as the answer arrives.
   */
  interface Query extends QueryConfig {
    requiresPreparation(): boolean;
    prepare(connection: Connection): void;
    handleDataRow(message: unknown): void;
    handleCommandComplete(message: unknown, connection: Connection): void;
  }
}

/**
 * A statement sent behind the switch of its connection's tenant, in one write with one Sync: PostgreSQL runs
 * both in one implicit transaction (both or neither: a failed statement also undoes the switch), and the driver
 * handles them as one query: a switching read costs it 1.5–4 µs more than one that does not, against 6.5–7 as
 * two queries (docs/performance.md). The switch's own answer (its row, sent without a description, and its
 * completion) is skipped: the rows are the statement's. When statements are prepared, the connection has
 * prepared the switch already (`connect`).
 */
class AfterTenantSwitch extends Query {
  readonly #tenantId: string;
  readonly #prepared: boolean;
  #switched = false;

  constructor(tenantId: string, prepared: boolean, config: pg.QueryConfig) {
    super(config);
    this.#tenantId = tenantId;
    this.#prepared = prepared;
  }

  /** Always the extended protocol, the switch's: a statement without values would otherwise go as simple text. */
  override requiresPreparation(): boolean {
    return true;
  }

  override prepare(connection: Connection): void {
    const name = this.#prepared ? statementName(ACT_FOR_TENANT) : '';
    if (!this.#prepared) connection.parse({ text: ACT_FOR_TENANT, name, types: [] }, true);
    connection.bind({ statement: name, values: [this.#tenantId] }, true);
    connection.execute({ portal: '' }, true);
    super.prepare(connection);
  }

  override handleDataRow(message: unknown): void {
    if (this.#switched) super.handleDataRow(message);
  }

  override handleCommandComplete(message: unknown, connection: Connection): void {
    if (this.#switched) super.handleCommandComplete(message, connection);
    else this.#switched = true;
  }
}

/** Driver errors become the ORM's exceptions, so the app's error mapping (409, 503, 400) applies to both paths. */
export function ormSqlOptions(db: Db): Pick<SqlOptions, 'pool' | 'convert'> {
  return {
    pool: () => db.getNativeClient(),
    convert: (err) =>
      err instanceof DatabaseError ? db.getPlatform().getExceptionConverter().convertException(err) : err,
  };
}

/**
 * The `values` list of a multi-row statement: `($1, $2), ($3, $4)` for rows of values, each tuple written
 * by `shape` from its placeholders (e.g. to add `now()`), and the values in order.
 */
export function valueTuples(
  rows: unknown[][],
  shape: (placeholders: string[]) => string = (placeholders) => `(${placeholders.join(', ')})`,
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const text = rows.map((row) => shape(row.map((value) => `$${values.push(value)}`))).join(', ');
  return { text, values };
}

/**
 * An `insert` of `rows` (objects with the same keys: the columns) in one statement. Column names come
 * from code, never from input; values are parameters.
 */
export async function insertRows(tx: Rows, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const { text, values } = valueTuples(rows.map((row) => columns.map((column) => row[column])));
  await tx.rows(`insert into ${table} (${columns.join(', ')}) values ${text}`, values);
}

/**
 * Serializes the transactions that take the same `key` until each ends (an advisory lock): the one
 * statement the ORM's unit of work cannot express, for writes that must not interleave (syncs of a tenant).
 */
export async function lockKey(tx: EntityManager, key: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [key]);
}

/**
 * Where a tenant's plain SQL runs: the statements' runner (the pool, or a transaction) and the tenant
 * every statement names (`tenant_id = $1`). A `TenantContext` is one; inside a transaction, `{ sql: tx,
 * tenantId }`.
 */
export interface TenantRows {
  sql: Rows;
  tenantId: string;
}

/** Whether the database answers a trivial statement (throws when it does not). */
export async function ping(sql: Rows): Promise<void> {
  await sql.rows('select 1', []);
}

/**
 * Gathers the planner's statistics for tables whose rows have mostly changed since they were last gathered
 * (a first bulk load: at least 500 rows, more than half the table), without waiting for autovacuum's next
 * pass. Best effort: it needs the MAINTAIN privilege, and a failure only leaves the statistics to autovacuum.
 */
export async function refreshStaleStatistics(sql: Rows, tables: string[]): Promise<void> {
  const stale = await sql.rows<{ relname: string }>(
    `select relname from pg_stat_user_tables
     where relname = any($1) and n_mod_since_analyze >= 500 and n_mod_since_analyze * 2 > n_live_tup`,
    [tables],
  );
  if (stale.length > 0) await sql.rows(`analyze ${stale.map((t) => t.relname).join(', ')}`, []).catch(() => undefined);
}
