// The database failing under a running server: frozen, gone, slow. Requests answer 503 with Retry-After in
// bounded time and free their connections; the server recovers by itself. Faults come from a TCP proxy.
// The file has a database of its own: the locks it takes to hold requests up must not hold up other files.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshDatabase, prepareDatabase } from './databases.ts';
import { seedCommerce } from './factories.ts';
import { actor, send, setupApp, type TestContext } from './harness.ts';
import { startTcpProxy } from './tcp-proxy.ts';

const TIMEOUTS = {
  DB_CONNECT_TIMEOUT_MS: '1000',
  DB_READ_TIMEOUT_MS: '500',
  DB_WRITE_TIMEOUT_MS: '1000',
  READY_TIMEOUT_MS: '1000',
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '400',
};

let database: Awaited<ReturnType<typeof freshDatabase>>;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let ctx: TestContext;
let admin: Awaited<ReturnType<typeof actor>>;
let activityId: string;
let databaseViaProxy: string;

beforeAll(async () => {
  database = await freshDatabase(inject('databaseUrl'), 'reten_resilience');
  await prepareDatabase(database.url);
  const target = new URL(database.url);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
  const viaProxy = new URL(target);
  viaProxy.port = String(proxy.port);
  databaseViaProxy = viaProxy.toString();
  ctx = await setupApp({ env: { ...TIMEOUTS, DATABASE_URL: databaseViaProxy } });
  admin = await actor(ctx);
  const commerce = await seedCommerce(ctx, admin.tenantId);
  const created = await admin.api.POST('/api/activities', {
    body: {
      type: 'MESSAGE',
      reason: 'Resilience',
      channel: 'WHATSAPP',
      commerce_id: commerce.id,
      idempotency_key: 'resilience',
      scheduled_at: '2025-01-16T09:00:00.000Z',
    },
  });
  activityId = created.data!.id;
});
afterAll(async () => {
  await ctx?.close();
  await proxy?.close();
  await database?.drop();
});

/** Sends, and measures how long the answer took. */
async function timed(method: string, path: string, body?: object) {
  const started = performance.now();
  const res = await send(ctx, method, path, { headers: admin.headers, body });
  return { res, ms: performance.now() - started, problem: res.status >= 400 ? await res.json() : undefined };
}

describe('a frozen database (no bytes pass either way)', () => {
  it('/ready, reads and writes answer 503 with Retry-After in bounded time, and recover when it thaws', async () => {
    proxy.stall();
    try {
      const answers = await Promise.all([
        timed('GET', '/ready'),
        timed('GET', '/api/activities'),
        timed('GET', `/api/activities/${activityId}`),
        timed('POST', `/api/activities/${activityId}/cancel`, {}),
      ]);
      for (const { res, ms, problem } of answers) {
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('2');
        expect(problem).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
        // The slowest bound: connecting (1 s) or a write's client timeout (1 s + 1 s margin).
        expect(ms).toBeLessThan(3_000);
      }
      expect(answers[0]!.ms).toBeLessThan(1_500);
    } finally {
      proxy.resume();
    }
    await expect.poll(async () => (await send(ctx, 'GET', '/ready')).status, { timeout: 5_000 }).toBe(200);
    expect((await timed('GET', `/api/activities/${activityId}`)).res.status).toBe(200);
  });
});

describe('a frozen database with rate limits counted in it', () => {
  it('answers a read 503 within one read wait: the limiter does not wait like a write, nor add a wait of its own', async () => {
    const limited = await setupApp({
      env: { ...TIMEOUTS, DATABASE_URL: databaseViaProxy, RATE_LIMITS: 'on', RATE_LIMIT_STORE: 'postgres' },
    });
    try {
      const headers = admin.headers;
      expect((await send(limited, 'GET', `/api/activities/${activityId}`, { headers })).status).toBe(200);
      proxy.stall();
      try {
        const started = performance.now();
        const res = await send(limited, 'GET', `/api/activities/${activityId}`, { headers });
        const ms = performance.now() - started;
        expect(res.status).toBe(503);
        expect(await res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
        // One read's client wait (0.5 s + 1 s margin); a write's (2 s) or two read waits (3 s) would not fit.
        expect(ms).toBeLessThan(1_900);
      } finally {
        proxy.resume();
      }
    } finally {
      await limited.close();
    }
  });
});

describe('a database that is gone', () => {
  it('answers 503 with Retry-After, never 500, and serves again once it is back', async () => {
    proxy.down();
    try {
      for (const [method, path] of [
        ['GET', '/ready'],
        ['GET', '/api/activities'],
        ['POST', `/api/activities/${activityId}/cancel`],
      ] as const) {
        const { res, problem } = await timed(method, path, method === 'POST' ? {} : undefined);
        expect(res.status, path).toBe(503);
        expect(res.headers.get('retry-after')).toBe('2');
        expect(problem).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      }
    } finally {
      proxy.up();
    }
    await expect.poll(async () => (await timed('GET', '/api/activities')).res.status, { timeout: 5_000 }).toBe(200);
  });
});

describe('a statement that runs too long', () => {
  it('is canceled by the server at its timeout: 503 with Retry-After, and the connection serves the next request', async () => {
    // Another session holds a lock the read needs, for longer than the read timeout (500 ms).
    const blocker = new pg.Client({ connectionString: database.url });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table activity in access exclusive mode');
    let slow: Awaited<ReturnType<typeof timed>>;
    try {
      slow = await timed('GET', `/api/activities/${activityId}`);
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
    expect(slow.res.status).toBe(503);
    expect(slow.res.headers.get('retry-after')).toBe('2');
    expect(slow.ms).toBeGreaterThanOrEqual(450);
    expect(slow.ms).toBeLessThan(1_500);
    expect((await timed('GET', `/api/activities/${activityId}`)).res.status).toBe(200);
    const pool = await ctx.orm.em.getConnection().getNativeClient();
    expect(pool.waitingCount).toBe(0);
  });
});

describe('a transaction left idle', () => {
  it('is ended by the server after its timeout, and the lock it held is free again', async () => {
    const pool: pg.Pool = await ctx.orm.em.getConnection().getNativeClient();
    const client = await pool.connect();
    const ended = new Promise<Error>((resolve) => client.once('error', resolve));
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    const key = 0x5e7e;
    const otherTakes = async () => (await other.query('select pg_try_advisory_lock($1) as taken', [key])).rows[0].taken;
    try {
      await client.query('begin');
      await client.query('select pg_advisory_xact_lock($1)', [key]);
      expect(await otherTakes()).toBe(false);
      expect(String(await ended)).toMatch(/idle-in-transaction timeout/);
      // The server sends its error before the ending backend releases its locks: wait for that.
      await expect.poll(otherTakes, { timeout: 2_000 }).toBe(true);
    } finally {
      client.release(true);
      await other.end();
    }
  });
});
