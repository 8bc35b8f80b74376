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

export function isDatabaseUnavailable(err: unknown): boolean {
  // The ORM wraps the driver's error (`previous`), which may wrap the socket's (`cause`).
  let e: unknown = err;
  while (e instanceof Error) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (TRANSIENT_SQLSTATE.test(code) || CONNECTION_FAILURE.test(code) || CONNECTION_FAILURE.test(e.message))
      return true;
    e = (e as { previous?: unknown }).previous ?? e.cause;
  }
  return false;
}
