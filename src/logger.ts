import { type Logger, pino } from 'pino';

/** How long a log line may wait in the buffer before it is written. */
const FLUSH_INTERVAL_MS = 1000;

/**
 * JSON logs on stdout; secrets are redacted wherever they might be logged. Lines are buffered and
 * written 4 KiB at a time (and at least every second, and at exit): a write per line, one per request for
 * the access log, cost 12% of the CPU of a get by id (docs/performance.md). A process killed outright
 * loses at most the last second of lines.
 */
export function createLogger(level: string): Logger {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), FLUSH_INTERVAL_MS).unref();
  return pino(
    {
      level,
      base: { service: 'reten-activities-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.password', '*.secret', '*.credentials'],
    },
    destination,
  );
}
