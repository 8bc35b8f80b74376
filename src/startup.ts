/**
 * What a process prints when it cannot start: one line with the cause and what to do, then exit 1. The stack is
 * for debugging only (LOG_LEVEL=debug prints it); an operator needs the cause, not the call chain.
 */

/** An error's own code or one of its causes' (drivers and the ORM wrap the socket's or the server's error). */
function codeOf(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}

export function explainStartupFailure(err: unknown, settings: { port?: number; databaseUrl?: string }): string {
  // Node names the port a failed listen asked for: the API's (PORT) or the metrics' (METRICS_PORT).
  const port = (err as { port?: number } | undefined)?.port ?? settings.port;
  const message = err instanceof Error ? err.message : String(err);
  const database = settings.databaseUrl ? new URL(settings.databaseUrl) : undefined;
  const where = database ? `${database.hostname}:${database.port || 5432}` : 'the embedded database';
  switch (codeOf(err)) {
    case 'EADDRINUSE':
      return `Port ${port} is already in use: stop what listens there, or set ${port === settings.port ? 'PORT' : 'METRICS_PORT'} to a free port.`;
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `The database at ${where} cannot be reached (${codeOf(err)}): start it, or fix DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `The database at ${where} refused the user or password of DATABASE_URL: fix them.`;
    case '3D000':
      return `The database named in DATABASE_URL does not exist at ${where}: create it, or fix the URL.`;
  }
  if (/connection timeout|timeout expired/i.test(message)) {
    return `The database at ${where} does not answer (no connection within DB_CONNECT_TIMEOUT_MS): check it, or fix DATABASE_URL.`;
  }
  if (message.startsWith('Invalid configuration')) {
    return `${message.replace(/\n\s*/g, ' ')} (see the README's Configuration).`;
  }
  return `Could not start: ${message.split('\n')[0]} (LOG_LEVEL=debug prints the details).`;
}

/**
 * Stops the database the process opened, if any (an embedded one would keep its folder locked), prints the one
 * line, the details at debug level, and exits 1.
 */
export async function failStartup(
  err: unknown,
  settings: { port?: number; databaseUrl?: string; logLevel?: string },
  database?: { close(): Promise<void> },
): Promise<never> {
  await database?.close().catch(() => {});
  console.error(explainStartupFailure(err, settings));
  if (settings.logLevel === 'debug' || settings.logLevel === 'trace') console.error(err);
  process.exit(1);
}
