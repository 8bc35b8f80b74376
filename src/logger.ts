import { type Logger, pino } from 'pino';

/** JSON logs on stdout; secrets are redacted wherever they might be logged. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'reten-activities-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.password', '*.secret', '*.credentials'],
  });
}
