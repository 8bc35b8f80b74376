import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { QueryResultRow } from 'pg';

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

/**
 * Runs a hot read on the ORM's own `pg` pool as a named prepared statement: PostgreSQL parses and
 * plans each distinct statement once per connection instead of on every request, and the ORM's query
 * formatting and driver layers are skipped (measurements in docs/performance.md). Parameters are `$n`.
 * Like `em.getConnection().execute`, it runs outside any transaction of `em`; errors are converted as
 * the ORM converts them, so the app's error mapping is unchanged. Statements whose best plan depends
 * on a parameter's value (a LIKE pattern) pass `prepare: false`.
 */
export async function readRows<T>(em: EntityManager, text: string, values: unknown[], prepare = true): Promise<T[]> {
  const connection = em.getConnection();
  const pool = await connection.getNativeClient();
  try {
    // Named by content, so one text always has one name, on every connection, without a registry.
    const name = prepare ? `r_${createHash('sha1').update(text).digest('base64url')}` : undefined;
    const result = await pool.query<T & QueryResultRow>({ name, text, values });
    return result.rows;
  } catch (err) {
    throw connection
      .getPlatform()
      .getExceptionConverter()
      .convertException(err as Error);
  }
}
