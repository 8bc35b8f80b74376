import { type Logger, pino } from 'pino';
import { traceIds } from './observability/tracing.ts';

/** How long a log line may wait in the buffer before it is written. */
const FLUSH_INTERVAL_MS = 1000;

let stdout: ReturnType<typeof pino.destination> | undefined;

/**
 * One stdout for every logger of the process, buffered: lines are written 4 KiB at a time, at least every
 * second, and at exit. A write per line, one per request for the access log, cost 12% of the CPU of a get by
 * id (docs/performance.md). The writes stay synchronous, on this thread: with an asynchronous destination a
 * batch still in flight at exit was overtaken by the rest, written synchronously, so lines came out of order.
 * A process killed outright (SIGKILL) loses at most its last second of lines.
 */
function bufferedStdout() {
  if (!stdout) {
    const destination = pino.destination({ dest: 1, sync: true, minLength: 4096 });
    setInterval(() => destination.flush(), FLUSH_INTERVAL_MS).unref();
    process.on('exit', () => destination.flushSync());
    stdout = destination;
  }
  return stdout;
}

/**
 * JSON logs on stdout; secrets are redacted wherever they might be logged. With `traceIds` (tracing on), a line
 * written inside a span carries its `trace_id` and `span_id`.
 */
export function createLogger(level: string, options: { traceIds?: boolean } = {}): Logger {
  return pino(
    {
      level,
      ...(options.traceIds && { mixin: traceIds }),
      base: { service: 'reten-activities-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.password', '*.secret', '*.credentials'],
    },
    bufferedStdout(),
  );
}
