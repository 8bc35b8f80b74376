import type pg from 'pg';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Config, RateLimitSettings } from '../config.ts';
import { CLIENT_TIMEOUT_MARGIN_MS, isDatabaseUnavailable, waitAtMost } from '../db/availability.ts';
import type { Orm } from '../db/orm.ts';
import type { Metrics } from '../observability/metrics.ts';
import { ApiError } from './problem.ts';

/** Every limit counts over one minute (a fixed window). */
export const WINDOW_SECONDS = 60;

/** The `RateLimit` and `RateLimit-Policy` fields (IETF draft-ietf-httpapi-ratelimit-headers) of an answer. */
export interface RateLimitState {
  policy: string;
  remaining: string;
}

interface Limit {
  name: string;
  quota: number;
  limiter: RateLimiterAbstract;
  /** Counts in this process when the store fails for another reason than the database's state. */
  fallback: RateLimiterMemory;
}

/**
 * Rate limits, shared by every instance through PostgreSQL (rate-limiter-flexible's store; a per-process
 * memory store is the option for a single instance): per tenant and per principal on every secured request,
 * and per client address on failed authentication, checked before a credential is verified so that a flood of
 * forged tokens costs no signature check. A key over its limit is blocked in memory until its window ends, so
 * the flood costs the database nothing either. A database that is unavailable makes the request a 503 at once
 * (it needs the database anyway); any other failure of the store, a per-process memory limit stands in.
 */
export class RateLimits {
  readonly #tenant: Limit;
  readonly #principal: Limit;
  readonly #failures: Limit;
  readonly #policy: string;
  /** Told the name of each limit that refuses a request (metrics). */
  readonly #rejected: (limit: string) => void;

  constructor(settings: RateLimitSettings, store?: LimitStore, rejected: (limit: string) => void = () => {}) {
    this.#rejected = rejected;
    const make = (name: string, quota: number): Limit => {
      const options = { keyPrefix: name, points: quota, duration: WINDOW_SECONDS };
      const limiter =
        settings.store === 'postgres' && store
          ? new RateLimiterPostgres({
              ...options,
              storeClient: store,
              storeType: 'client',
              tableName: 'rate_limit',
              tableCreated: true,
              // The limits share one table: one of them deletes its expired rows (every 5 minutes).
              clearExpiredByTimeout: name === 'tenant',
              inMemoryBlockOnConsumed: quota + 1,
            })
          : new RateLimiterMemory(options);
      return { name, quota, limiter, fallback: new RateLimiterMemory(options) };
    };
    this.#tenant = make('tenant', settings.tenantPerMinute);
    this.#principal = make('principal', settings.principalPerMinute);
    this.#failures = make('auth-failures', settings.authFailuresPerMinute);
    this.#policy = [this.#tenant, this.#principal]
      .map((l) => `"${l.name}";q=${l.quota};w=${WINDOW_SECONDS}`)
      .join(', ');
  }

  /** Refuses, without touching the store, an address blocked for failing authentication too often. */
  refuseBlockedAddress(address: string): void {
    const limiter = this.#failures.limiter as RateLimiterAbstract & {
      getInMemoryBlockMsBeforeExpire?(key: string): number;
    };
    const ms = limiter.getInMemoryBlockMsBeforeExpire?.(limiter.getKey(address)) ?? 0;
    if (ms > 0) {
      this.#rejected(this.#failures.name);
      throw tooMany('This address failed authentication too often', ms);
    }
  }

  /** Counts a failed authentication of `address`; over the limit, it is blocked until its window ends. */
  async failedAuthentication(address: string): Promise<void> {
    // The answer is a 401 whatever the store says.
    await count(this.#failures, address).catch((res: unknown) => {
      if (!isLimiterAnswer(res) && !isDatabaseUnavailable(res)) throw res;
    });
  }

  /**
   * Counts one request of the principal, in the tenant (if any). Answers the fields every answer carries, or
   * throws 429 with them when a limit is used up.
   */
  async consume(principal: string, tenantId?: string): Promise<RateLimitState> {
    const limits: [Limit, string][] = [[this.#principal, principal]];
    if (tenantId) limits.unshift([this.#tenant, tenantId]);
    const answers = await Promise.all(
      limits.map(([limit, key]) =>
        count(limit, key).then(
          (res) => ({ limit, res, over: false }),
          (res: unknown) => {
            if (!isLimiterAnswer(res)) throw res;
            return { limit, res, over: true };
          },
        ),
      ),
    );
    const state = {
      policy: this.#policy,
      remaining: answers
        .map(({ limit, res }) => `"${limit.name}";r=${res.remainingPoints};t=${seconds(res.msBeforeNext)}`)
        .join(', '),
    };
    const over = answers.find((a) => a.over);
    if (over) {
      this.#rejected(over.limit.name);
      throw tooMany(`The ${over.limit.name} rate limit is used up`, over.res.msBeforeNext, state);
    }
    return state;
  }
}

/** The configured rate limits, on the ORM's pool, their refusals counted; none when RATE_LIMITS=off. */
export async function createRateLimits(config: Pick<Config, 'rateLimits' | 'dbTimeouts'>, orm: Orm, metrics: Metrics) {
  if (!config.rateLimits) return undefined;
  const pool: pg.Pool = await orm.em.getConnection().getNativeClient();
  const store = limitStore(pool, config.dbTimeouts.readMs + CLIENT_TIMEOUT_MARGIN_MS);
  return new RateLimits(config.rateLimits, store, (limit) => metrics.rateLimited(limit));
}

/** What rate-limiter-flexible's PostgreSQL store needs of a client. */
interface LimitStore {
  query(query: pg.QueryConfig): Promise<pg.QueryResult>;
}

/**
 * The store's statements on the app's pool, each waited for no longer than a read: a frozen database must not
 * hold every request for the writes' longer wait (the pool's default) before it is found unavailable.
 */
function limitStore(pool: pg.Pool, waitMs: number): LimitStore {
  return {
    query: async (query) => {
      const client = await pool.connect();
      waitAtMost(client, waitMs);
      return new Promise((resolve, reject) =>
        client.query(query, (err: Error | undefined, result: pg.QueryResult) => {
          // As pg's own pool.query does: a connection that failed a statement is not reused.
          client.release(err);
          if (err) reject(err);
          else resolve(result);
        }),
      );
    },
  };
}

/** One point of `key`: rejected with the limiter's answer over the limit, or with the database's unavailability. */
function count(limit: Limit, key: string): Promise<RateLimiterRes> {
  return limit.limiter.consume(key).catch((err: unknown) => {
    if (isLimiterAnswer(err) || isDatabaseUnavailable(err)) throw err;
    return limit.fallback.consume(key);
  });
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** A rejection of rate-limiter-flexible is its answer (the limit reached), or an error of the store. */
function isLimiterAnswer(value: unknown): value is RateLimiterRes {
  return typeof value === 'object' && value !== null && 'msBeforeNext' in value && !(value instanceof Error);
}

/** The rate-limit fields of an answer. */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return { 'ratelimit-policy': state.policy, ratelimit: state.remaining };
}

function tooMany(detail: string, msBeforeNext: number, state?: RateLimitState): ApiError {
  const headers = { 'retry-after': String(seconds(msBeforeNext)), ...(state && rateLimitHeaders(state)) };
  return new ApiError('RATE_LIMITED', `${detail}; retry in ${seconds(msBeforeNext)} s`, {}, headers);
}
