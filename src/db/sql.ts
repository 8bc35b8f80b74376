import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { DatabaseError, type QueryResultRow } from 'pg';
import type { DatabaseTimeouts } from '../config.ts';
import { CLIENT_TIMEOUT_MARGIN_MS, isDatabaseUnavailable } from './availability.ts';

/**
 * Helpers for the plain-SQL read paths. The driver hands timestamps back as PostgreSQL text, so reads
 * format them in SQL straight into the API's ISO 8601 UTC form with milliseconds.
 */
export function iso(column: string, alias = column.replace(/^\w+\./, '')): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ${alias}`;
}

/**
 * The LIKE pattern "contains the search term in parameter `param`", computed in SQL: the term is folded
 * first, then its `%`, `_` and `\` are escaped (escaping first would let `unaccent` turn the full-width
 * `％ ＿ ＼` into live wildcards). A scalar subquery, so PostgreSQL computes it once per statement, not per
 * row, even in a generic plan.
 */
function containsPattern(param: string): string {
  return `(select '%' || replace(replace(replace(reten_fold(${param}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')`;
}

/**
 * The one search predicate: `expression` (SQL over columns, folded as its trigram index folds it) contains
 * the raw search term in parameter `param` (`$n`, or `?` in the ORM's query builder), case- and
 * accent-insensitively, with the term's characters taken literally.
 */
export function containsFolded(expression: string, param: string): string {
  return `reten_fold(${expression}) like ${containsPattern(param)}`;
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

/** Driver errors become the ORM's exceptions, so the app's error mapping (409, 503, 400) applies to both paths. */
function converted(db: Db, err: unknown): unknown {
  if (!(err instanceof DatabaseError)) return err;
  return db.getPlatform().getExceptionConverter().convertException(err);
}

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
}

/**
 * The one way plain SQL runs (the `*.queries.ts` files): on the ORM's own `pg` pool, every statement a
 * named prepared statement, so PostgreSQL parses and plans each distinct statement once per connection
 * (generic plans, see `ormOptions`) instead of on every request, and the ORM's query formatting and
 * driver layers are skipped: the unit of work cost the hot writes about 1 ms of CPU each
 * (docs/performance.md). Tenant scoping is in each statement (`tenant_id = $1`).
 */
export function createSql(db: Db, timeouts?: Pick<DatabaseTimeouts, 'readMs' | 'writeMs'>): Sql {
  // Statements of a transaction are the writes: they may wait for row locks, so they get the longer timeout.
  const begin = timeouts ? `begin; set local statement_timeout = ${Math.trunc(timeouts.writeMs)}` : 'begin';
  // The client stops waiting a little after the server would have given up: a server that does not answer at
  // all (stopped, or the network between) cannot hold a request longer.
  const clientTimeout = (serverMs: number | undefined) => (serverMs ? serverMs + CLIENT_TIMEOUT_MARGIN_MS : undefined);
  const statement = (serverMs: number | undefined) => (text: string, values: unknown[]) => ({
    name: statementName(text),
    text,
    values,
    query_timeout: clientTimeout(serverMs),
  });
  const read = statement(timeouts?.readMs);
  const write = statement(timeouts?.writeMs);
  const on = async <T>(client: Pick<pg.PoolClient, 'query'>, query: string | pg.QueryConfig): Promise<T[]> => {
    try {
      return (await client.query<T & QueryResultRow>(query)).rows;
    } catch (err) {
      throw converted(db, err);
    }
  };
  return {
    rows: async (text, values) => on(await db.getNativeClient(), read(text, values)),
    async transaction(work) {
      const pool = await db.getNativeClient();
      const client = await pool.connect().catch((err: unknown) => {
        throw converted(db, err);
      });
      const tx: Rows = { rows: (text, values) => on(client, write(text, values)) };
      let broken: Error | undefined;
      try {
        await on(client, begin);
        const result = await work(tx);
        await on(client, 'commit');
        return result;
      } catch (err) {
        if (isDatabaseUnavailable(err)) {
          // The connection may still be waiting for an answer: drop it (the server rolls back) instead of
          // queueing a rollback behind the stuck statement.
          broken = err as Error;
        } else {
          await client.query('rollback').catch((rollbackError: Error) => {
            broken = rollbackError;
          });
        }
        throw err;
      } finally {
        client.release(broken);
      }
    },
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
