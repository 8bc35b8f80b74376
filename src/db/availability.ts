import type { Socket } from 'node:net';
import type pg from 'pg';

/**
 * Whether a database failure is the database's state rather than the request's: it cannot be reached, it
 * did not answer in time, it is shutting down or out of connections, or the statement lost a lock race.
 * Such a request may succeed if retried later, so it answers 503 with Retry-After, never 500.
 */
const TRANSIENT_SQLSTATE = /^(08|53|57P0|57014|55P03|40001|40P01|25P03)/;

/** What `pg` and the pool say (no SQLSTATE) when the server is unreachable, frozen or gone. */
const CONNECTION_FAILURE =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|not queryable|Cannot use a pool after calling end|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|EPIPE/;

/** How much longer than the server's own timeout a client waits: the server may be frozen, not just slow. */
export const CLIENT_TIMEOUT_MARGIN_MS = 1_000;

/** An error and those it wraps: the ORM wraps the driver's error (`previous`), which may wrap the socket's (`cause`). */
function* chainOf(err: unknown): Generator<Error & { code?: unknown }> {
  for (let e = err; e instanceof Error; e = (e as { previous?: unknown }).previous ?? e.cause) yield e;
}

export function isDatabaseUnavailable(err: unknown): boolean {
  for (const e of chainOf(err)) {
    const code = String(e.code ?? '');
    if (TRANSIENT_SQLSTATE.test(code) || CONNECTION_FAILURE.test(code) || CONNECTION_FAILURE.test(e.message))
      return true;
  }
  return false;
}

/** A statement cancelled by its timeout (57014), or a wait for a connection or an answer that ran out. */
const TIMEOUT = /^57014$|timeout/i;

/** Whether a database failure is a timeout (the metrics tell them from the database being unreachable). */
export function isDatabaseTimeout(err: unknown): boolean {
  for (const e of chainOf(err)) if (TIMEOUT.test(String(e.code ?? '')) || TIMEOUT.test(e.message)) return true;
  return false;
}

/** The socket under a `pg` client. */
const socketOf = (client: pg.ClientBase) => (client as unknown as { connection: { stream: Socket } }).connection.stream;

/**
 * How long a connection lent out of the pool may go without a byte from the server before it is given up:
 * the server is frozen or unreachable (a statement that merely runs long is canceled first, by the server's
 * own statement_timeout). The socket is destroyed, so the statement in flight fails with "Query read timeout"
 * (503) and the pool discards the connection. Idle connections in the pool are left alone.
 *
 * A socket timer, re-armed by traffic, rather than `pg`'s `query_timeout`: that one's timer per statement made
 * the process keep about 70 MB more under load (measured on the benchmark's get by id).
 */
export function abandonSilentConnections(pool: pg.Pool, ms: number): void {
  pool.on('connect', (client) =>
    socketOf(client).on('timeout', () =>
      socketOf(client).destroy(new Error(`Query read timeout: the database sent nothing for ${ms} ms`)),
    ),
  );
  pool.on('acquire', (client) => socketOf(client).setTimeout(ms));
  pool.on('release', (_err, client) => socketOf(client).setTimeout(0));
}

/** Narrows the wait of a lent connection (`abandonSilentConnections`) for what it runs next. */
export function waitAtMost(client: pg.PoolClient, ms: number): void {
  socketOf(client).setTimeout(ms);
}
