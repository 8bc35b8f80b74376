import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { ConstraintViolationException, DriverException } from '@mikro-orm/core';
import type pg from 'pg';
import type { Logger } from 'pino';
import { AggregatorRegistry, Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { MetricsSettings } from '../config.ts';
import { isDatabaseTimeout, isDatabaseUnavailable } from '../db/availability.ts';

/** Request durations, from a fast read (about a millisecond) to the longest timeouts. */
const REQUEST_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** What a failed database call was: the statement or the wait timed out, the database was unreachable, or else. */
function databaseErrorKind(err: unknown): 'timeout' | 'unavailable' | 'error' {
  if (isDatabaseTimeout(err)) return 'timeout';
  return isDatabaseUnavailable(err) ? 'unavailable' : 'error';
}

/**
 * The process's Prometheus metrics, one registry per process (a worker's and each API process's are scraped
 * separately). Labels are bounded sets: route templates (never raw paths), methods, statuses, limit names,
 * provider codes; never a tenant or an id. Made once by the entry point; tests make one per app.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly #requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Requests answered, by route template, method and status, with their duration (its _count is the request count)',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: REQUEST_BUCKETS_S,
    registers: [this.registry],
  });
  readonly #rateLimited = new Counter({
    name: 'rate_limit_rejections_total',
    help: 'Requests refused with 429, by the limit used up (tenant, principal, auth-failures)',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });
  readonly #databaseErrors = new Counter({
    name: 'db_errors_total',
    help: 'Database calls that failed, seen by requests and the dispatcher: timeout, unavailable, or error',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly #claimed = new Counter({
    name: 'dispatch_claimed_total',
    help: 'Dispatch attempts claimed (each is then sent)',
    labelNames: ['provider'] as const,
    registers: [this.registry],
  });
  readonly #attempts = new Counter({
    name: 'dispatch_attempts_total',
    help: 'Dispatch attempts by what they recorded: dispatched (sent), retry_scheduled, failed (no attempt left), unresolved, stale',
    labelNames: ['provider', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    // Event-loop lag, heap, RSS, GC, handles: prom-client's defaults, read at scrape time.
    collectDefaultMetrics({ register: this.registry });
  }

  request(method: string, route: string, status: number, seconds: number): void {
    this.#requests.observe({ method, route, status }, seconds);
  }

  rateLimited(limit: string): void {
    this.#rateLimited.inc({ limit });
  }

  /** Counts `err` if the database failed (a constraint violation is an answer, 409, not a failure). */
  databaseFailure(err: unknown): void {
    const failed =
      isDatabaseUnavailable(err) || (err instanceof DriverException && !(err instanceof ConstraintViolationException));
    if (failed) this.#databaseErrors.inc({ kind: databaseErrorKind(err) });
  }

  dispatchClaimed(provider: string, count: number): void {
    if (count > 0) this.#claimed.inc({ provider }, count);
  }

  dispatchRecorded(provider: string, recorded: string): void {
    this.#attempts.inc({ provider, outcome: recorded.toLowerCase() });
  }

  /** The pool's connections, read at scrape time. */
  watchPool(pool: () => Promise<pg.Pool>): void {
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections: total, idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        const p = await pool();
        this.set({ state: 'total' }, p.totalCount);
        this.set({ state: 'idle' }, p.idleCount);
        this.set({ state: 'waiting' }, p.waitingCount);
      },
    });
  }

  /** How late the oldest due activity not yet sent is, read at scrape time where a dispatcher runs. */
  watchDispatchLag(lagSeconds: () => Promise<number>): void {
    new Gauge({
      name: 'dispatch_due_lag_seconds',
      help: 'How long the oldest activity that is due for dispatch has waited unsent (0: none waits)',
      registers: [this.registry],
      // Across a cluster's processes: the one that dispatches has it (sum would do, max says what is meant).
      aggregator: 'max',
      async collect() {
        this.set(await lagSeconds());
      },
    });
  }
}

/** What a scrape reads: a process's registry, or the cluster primary's aggregation of its API processes'. */
export interface MetricsSource {
  metrics(): Promise<string>;
  readonly contentType: string;
}

/**
 * The metrics of a cluster's API processes (src/cluster.ts), summed by prom-client's aggregation: in the primary,
 * `source` asks every process for its registry; in each process, `share` answers with `metrics`' one.
 */
export const clusterMetrics = {
  source(): MetricsSource {
    const aggregator = new AggregatorRegistry();
    return { metrics: () => aggregator.clusterMetrics(), contentType: aggregator.contentType };
  },
  share(metrics: Metrics): void {
    // Made for its side effect: in a cluster process, its constructor starts answering the primary's requests.
    new AggregatorRegistry();
    AggregatorRegistry.setRegistries([metrics.registry]);
  },
};

/**
 * Serves `GET /metrics` on a port of its own, apart from the API (which stays exactly as its document says),
 * behind a bearer token when one is configured. Resolves once listening.
 */
export async function serveMetrics(source: MetricsSource, settings: MetricsSettings, logger: Logger): Promise<Server> {
  const expected = settings.token && Buffer.from(`Bearer ${settings.token}`);
  const authorized = (header: string | undefined) => {
    if (!expected) return true;
    const given = Buffer.from(header ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  const server = createServer((req, res) => {
    if (req.url?.split('?')[0] !== '/metrics' || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Only GET /metrics is served here\n');
    } else if (!authorized(req.headers.authorization)) {
      res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' }).end('METRICS_TOKEN needed\n');
    } else {
      source.metrics().then(
        (text) => res.writeHead(200, { 'content-type': source.contentType }).end(text),
        (err: unknown) => {
          logger.error({ err }, 'metrics collection failed');
          res.writeHead(500, { 'content-type': 'text/plain' }).end('Metrics collection failed\n');
        },
      );
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  logger.info({ port: typeof address === 'object' && address ? address.port : settings.port }, 'metrics served');
  return server;
}
