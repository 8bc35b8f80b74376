// Prometheus metrics (issue 18, point 1): what they count, by route template, and where they are served.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metrics, serveMetrics } from '../src/observability/metrics.ts';
import {
  configureWebhook,
  seedAssignment,
  seedReadyActivities,
  startProvider,
  TestClock,
  testDispatcher,
} from './dispatch-support.ts';
import { actor, send, setupApp, type TestContext } from './harness.ts';
import { startProcess } from './processes.ts';

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
    const admin = await actor(ctx);
    const provider = await startProvider();
    try {
      await configureWebhook(ctx, admin, provider.url);
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

  it('is served by the server (its requests counted) and by a worker (its dispatch metrics)', async () => {
    const [server, worker] = [
      startProcess('src/main.ts', { METRICS_PORT: '0' }),
      startProcess('src/worker.ts', { METRICS_PORT: '0' }),
    ];
    const metricsOf = async (started: typeof server) =>
      (await fetch(`http://127.0.0.1:${(await started.line('metrics served')).port}/metrics`)).text();
    try {
      expect((await fetch(`${await server.url()}/health`)).status).toBe(200);
      const serverText = await metricsOf(server);
      expect(sample(serverText, 'http_request_duration_seconds_count{method="GET",route="/health",status="200"}')).toBe(
        1,
      );
      await worker.line('dispatcher started');
      const workerText = await metricsOf(worker);
      expect(sample(workerText, 'dispatch_due_lag_seconds')).toBeGreaterThanOrEqual(0);
      expect(sample(workerText, 'db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(0);
      expect(workerText).not.toContain('http_request_duration_seconds_count{');
    } finally {
      await Promise.all([server.stop(), worker.stop()]);
    }
  });
});
