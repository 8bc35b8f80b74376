// Prometheus metrics (issue 18, point 1): what they count, by route template, and where they are served.
import { type ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bootstrapDispatchProviders } from '../src/modules/dispatch/dispatch.queries.ts';
import { Metrics, serveMetrics } from '../src/observability/metrics.ts';
import { seedAssignment, seedReadyActivities, startProvider, TestClock, testDispatcher } from './dispatch-support.ts';
import { actor, send, setupApp, TEST_CREDENTIALS_KEY, TEST_SECRET, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

/** The value of one sample line (`name{labels} value`), or undefined when there is none. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('request metrics', () => {
  it('count and time requests by route template, method and status, never by raw path', async () => {
    const admin = await actor(ctx);
    const unknown = crypto.randomUUID();
    const before = await ctx.metrics.registry.metrics();
    const missing = '{method="GET",route="/api/activities/:id",status="404"}';
    for (let i = 0; i < 3; i++) {
      const res = await send(ctx, 'GET', `/api/activities/${unknown}`, { headers: admin.headers });
      expect(res.status).toBe(404);
    }
    expect((await send(ctx, 'GET', '/api/activities', { headers: admin.headers })).status).toBe(200);

    const text = await ctx.metrics.registry.metrics();
    const count = (t: string, labels: string) => sample(t, `http_request_duration_seconds_count${labels}`) ?? 0;
    expect(count(text, missing) - count(before, missing)).toBe(3);
    expect(count(text, '{method="GET",route="/api/activities",status="200"}')).toBeGreaterThanOrEqual(1);
    // Each duration falls in a bucket: the largest bucket holds them all.
    expect(
      sample(
        text,
        `http_request_duration_seconds_bucket{le="+Inf",method="GET",route="/api/activities/:id",status="404"}`,
      ),
    ).toBe(count(text, missing));
    expect(text).not.toContain(unknown);
  });

  it('count the database failures requests meet, and not the conflicts the API answers', async () => {
    const metrics = new Metrics();
    const timeout = await ctx.source.sql
      .transaction(async (tx) => {
        await tx.rows('set local statement_timeout = 50', []);
        await tx.rows('select pg_sleep(1)', []);
      })
      .catch((err: unknown) => err);
    const conflict = await ctx.source.sql
      .transaction(async (tx) => {
        await tx.rows('create temporary table t (id int primary key) on commit drop', []);
        await tx.rows('insert into t values (1), (1)', []);
      })
      .catch((err: unknown) => err);
    const broken = await ctx.source.sql.rows('select * from no_such_table', []).catch((err: unknown) => err);
    for (const err of [timeout, conflict, broken, new Error('not the database')]) metrics.databaseFailure(err);

    const text = await metrics.registry.metrics();
    expect(sample(text, 'db_errors_total{kind="timeout"}')).toBe(1);
    expect(sample(text, 'db_errors_total{kind="error"}')).toBe(1);
    expect(sample(text, 'db_errors_total{kind="unavailable"}')).toBeUndefined();
  });
});

describe('rate-limit metrics', () => {
  it('count each refusal by the limit used up', async () => {
    const limited = await setupApp({ env: { RATE_LIMITS: 'on', RATE_LIMIT_PRINCIPAL_PER_MINUTE: '2' } });
    try {
      const admin = await actor(limited);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await send(limited, 'GET', '/api/activities', { headers: admin.headers })).status);
      }
      expect(statuses).toEqual([200, 200, 429, 429]);
      const text = await limited.metrics.registry.metrics();
      expect(sample(text, 'rate_limit_rejections_total{limit="principal"}')).toBe(2);
      expect(
        sample(text, 'http_request_duration_seconds_count{method="GET",route="/api/activities",status="429"}'),
      ).toBe(2);
    } finally {
      await limited.close();
    }
  });
});

describe('dispatch metrics', () => {
  it('count claims and outcomes by provider, and how late the oldest due activity is', async () => {
    await bootstrapDispatchProviders(ctx.source.sql);
    const admin = await actor(ctx);
    const provider = await startProvider();
    try {
      const [webhook] = await ctx.owner.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>(`select id from dispatch_provider where code = 'WEBHOOK'`);
      const configured = await send(ctx, 'POST', '/api/dispatch-configs', {
        headers: admin.headers,
        body: {
          dispatch_provider_id: webhook!.id,
          channel: 'SALESMAN',
          base_url: provider.url,
          credentials: { apiKey: 'k' },
        },
      });
      expect(configured.status).toBe(201);
      await seedReadyActivities(ctx, admin.tenantId, await seedAssignment(ctx, admin.tenantId), 2, {
        scheduledAt: new Date('2025-01-16T09:00:00.000Z'),
      });
      const clock = new TestClock();
      const metrics = new Metrics();
      const dispatcher = testDispatcher(ctx.orm, [admin.tenantId], clock, { metrics });
      metrics.watchDispatchLag(dispatcher.dueLag);

      const waited = (clock.now().getTime() - Date.parse('2025-01-16T09:00:00.000Z')) / 1000;
      const lagBefore = sample(await metrics.registry.metrics(), 'dispatch_due_lag_seconds')!;
      expect(lagBefore).toBeGreaterThan(waited - 5);
      expect(lagBefore).toBeLessThan(waited + 5);

      expect((await dispatcher.runCycle()).dispatched).toBe(2);
      const text = await metrics.registry.metrics();
      expect(sample(text, 'dispatch_claimed_total{provider="WEBHOOK"}')).toBe(2);
      expect(sample(text, 'dispatch_attempts_total{provider="WEBHOOK",outcome="dispatched"}')).toBe(2);
      expect(sample(text, 'dispatch_due_lag_seconds')).toBe(0);
    } finally {
      await provider.close();
    }
  });
});

describe('the metrics endpoint', () => {
  it('serves the process and pool metrics on its own port, behind its token', async () => {
    const metrics = new Metrics();
    metrics.watchPool(() => ctx.orm.em.getConnection().getNativeClient());
    const server = await serveMetrics(
      metrics.registry,
      { host: '127.0.0.1', port: 0, token: 'scrape-token-0123456789' },
      pino({ level: 'silent' }),
    );
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await fetch(`${base}/api/activities`)).status).toBe(404);
      const res = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer scrape-token-0123456789' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      for (const name of [
        'process_resident_memory_bytes',
        'nodejs_heap_size_used_bytes',
        'nodejs_eventloop_lag_seconds',
        'db_pool_connections{state="total"}',
        'db_pool_connections{state="idle"}',
        'db_pool_connections{state="waiting"}',
      ]) {
        expect(sample(text, name), name).toBeGreaterThanOrEqual(0);
      }
    } finally {
      server.close();
    }
  });

  /** Starts an entry point with metrics on free ports; resolves with the child and its metrics URL. */
  async function startWithMetrics(entry: string) {
    const child = spawn(process.execPath, [entry], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATABASE_URL: inject('databaseUrl'),
        JWT_SECRET: TEST_SECRET,
        CREDENTIALS_KEY: TEST_CREDENTIALS_KEY.toString('base64'),
        HOST: '127.0.0.1',
        PORT: '0',
        METRICS_PORT: '0',
        LOG_LEVEL: 'info',
        SHUTDOWN_GRACE_MS: '0',
        DISPATCH_IN_PROCESS: 'false',
        RATE_LIMITS: 'off',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const ready = entry.endsWith('main.ts') ? '"msg":"listening"' : '"msg":"dispatcher started"';
    const lines = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk;
        if (out.includes(ready))
          resolve(
            out
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l)),
          );
      });
      child.once('exit', () => reject(new Error(`${entry} exited before it was ready:\n${out}`)));
    });
    const port = lines.find((l) => l.msg === 'metrics served')!.port as number;
    const api = lines.find((l) => l.msg === 'listening')?.url as string | undefined;
    return { child, metricsUrl: `http://127.0.0.1:${port}/metrics`, api: api?.replace('localhost', '127.0.0.1') };
  }

  async function stop(child: ChildProcess) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  it('is served by the server (its requests counted) and by a worker (its dispatch metrics)', async () => {
    const [server, worker] = await Promise.all([startWithMetrics('src/main.ts'), startWithMetrics('src/worker.ts')]);
    try {
      expect((await fetch(`${server.api}/health`)).status).toBe(200);
      const serverText = await (await fetch(server.metricsUrl)).text();
      expect(sample(serverText, 'http_request_duration_seconds_count{method="GET",route="/health",status="200"}')).toBe(
        1,
      );
      const workerText = await (await fetch(worker.metricsUrl)).text();
      expect(sample(workerText, 'dispatch_due_lag_seconds')).toBeGreaterThanOrEqual(0);
      expect(sample(workerText, 'db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(0);
      expect(workerText).not.toContain('http_request_duration_seconds_count{');
    } finally {
      await Promise.all([stop(server.child), stop(worker.child)]);
    }
  });
});
