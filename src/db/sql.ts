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
