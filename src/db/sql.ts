import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DatabaseError, type QueryResultRow } from 'pg';

/**
 * Helpers for the plain-SQL read paths. The driver hands timestamps back as PostgreSQL text, so reads
 * format them in SQL straight into the API's ISO 8601 UTC form with milliseconds.
 */
export function iso(column: string, alias = column.replace(/^\w+\./, '')): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ${alias}`;
}

/** A LIKE pattern matching `term` anywhere, with `%`, `_` and `\` in the term taken literally. */
export function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
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

/**
 * The ORM's connection (its `pg` pool), on which the plain-SQL paths run. One for the whole app: it is not
 * tied to a request's entity manager, so a request that only reads plain rows never forks one. Tenant
 * scoping is in each statement (`tenant_id = $1`).
 */
export type Db = ReturnType<EntityManager['getConnection']>;

/** Driver errors become the ORM's exceptions, so the app's error mapping (409, 503, 400) applies unchanged. */
function converted(db: Db, err: unknown): unknown {
  if (!(err instanceof DatabaseError)) return err;
  return db.getPlatform().getExceptionConverter().convertException(err);
}

/**
 * Runs a hot read on the ORM's own `pg` pool as a named prepared statement: PostgreSQL parses and
 * plans each distinct statement once per connection (generic plans, see `ormOptions`) instead of on
 * every request, and the ORM's query formatting and driver layers are skipped (measurements in
 * docs/performance.md). Parameters are `$n`. It runs outside any entity manager's transaction.
 */
export async function readRows<T>(db: Db, text: string, values: unknown[]): Promise<T[]> {
  const pool = await db.getNativeClient();
  try {
    return (await pool.query<T & QueryResultRow>({ name: statementName(text), text, values })).rows;
  } catch (err) {
    throw converted(db, err);
  }
}

/** The statements of one `inTransaction` call, all on its connection. */
export interface SqlTransaction {
  rows<T>(text: string, values: unknown[]): Promise<T[]>;
}

/**
 * Runs `work` in one transaction on a connection of the ORM's pool, its statements prepared as in
 * `readRows`: the hot writes (creating an activity, submitting a result, canceling) without the unit of work,
 * which cost them about 1 ms of CPU each (docs/performance.md). Commits when `work` resolves, rolls
 * back when it throws; a connection whose rollback fails is discarded rather than reused.
 */
export async function inTransaction<T>(db: Db, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
  const pool = await db.getNativeClient();
  const client = await pool.connect().catch((err: unknown) => {
    throw converted(db, err);
  });
  const run = async <R>(query: string | { name: string; text: string; values: unknown[] }) => {
    try {
      return (await client.query<R & QueryResultRow>(query)).rows;
    } catch (err) {
      throw converted(db, err);
    }
  };
  const tx: SqlTransaction = { rows: (text, values) => run({ name: statementName(text), text, values }) };
  let broken: Error | undefined;
  try {
    await run('begin');
    const result = await work(tx);
    await run('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw err;
  } finally {
    client.release(broken);
  }
}

/**
 * An `insert` of `rows` (objects with the same keys: the columns) in one statement. Column names come
 * from code, never from input; values are parameters.
 */
export async function insertRows(tx: SqlTransaction, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${columns.map((column) => `$${values.push(row[column])}`).join(', ')})`);
  await tx.rows(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, values);
}
