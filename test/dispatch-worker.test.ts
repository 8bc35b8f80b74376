import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOrm } from '../src/db/orm.ts';
import { activeConfigs, bootstrapDispatchProviders } from '../src/modules/dispatch/dispatch.queries.ts';
import { startDispatchWorker } from '../src/modules/dispatch/dispatcher.ts';
import {
  captureLogger,
  type Provider,
  seedAssignment,
  seedReadyActivities,
  setupDispatchApp,
  startProvider,
  TestClock,
  testDispatcher,
} from './dispatch-support.ts';
import { actor, send, type TestContext } from './harness.ts';

let ctx: TestContext;
let providerIds: { MOCK: string; WEBHOOK: string };
const servers: Provider[] = [];

beforeAll(async () => {
  ctx = await setupDispatchApp();
  await bootstrapDispatchProviders(ctx.source.sql);
  const rows = await ctx.owner.em
    .fork()
    .getConnection()
    .execute<{ id: string; code: 'MOCK' | 'WEBHOOK' }[]>('select id, code from dispatch_provider');
  providerIds = Object.fromEntries(rows.map((r) => [r.code, r.id])) as typeof providerIds;
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => ctx.close());

type Actor = Awaited<ReturnType<typeof actor>>;

const SECRET = 'sk-live-do-not-leak-7f3a9c';

async function provider(...args: Parameters<typeof startProvider>) {
  const server = await startProvider(...args);
  servers.push(server);
  return server;
}

async function webhookConfig(who: Actor, baseUrl: string, channel = 'SALESMAN') {
  const res = await send(ctx, 'POST', '/api/dispatch-configs', {
    headers: who.headers,
    body: { dispatch_provider_id: providerIds.WEBHOOK, channel, base_url: baseUrl, credentials: { apiKey: SECRET } },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
}

/** A tenant with a WEBHOOK config pointing at a fresh provider server, and its activities' assignment. */
async function tenantWithWebhook(reply?: Parameters<typeof startProvider>[0]) {
  const admin = await actor(ctx);
  const server = await provider(reply);
  await webhookConfig(admin, server.url);
  const assignment = await seedAssignment(ctx, admin.tenantId);
  return { admin, server, assignment };
}

async function activityOf(who: Actor, id: string) {
  const { data } = await who.api.GET('/api/activities/{id}', { params: { path: { id } } });
  return data!;
}

async function eventsOf(who: Actor, id: string) {
  const { data } = await who.api.GET('/api/activities/{id}/status-events', { params: { path: { id } } });
  return data!.map((e) => ({ type: e.eventType, from: e.fromStatus, to: e.toStatus, errorCode: e.errorCode }));
}

/** A clock a minute ahead of the wall clock, so dispatch events sort after the CREATED ones. */
function clock() {
  const c = new TestClock();
  c.advance(60_000);
  return c;
}

describe('the dispatcher', () => {
  it('sends a due READY activity to the webhook with its commerce, attributes and credentials; stores the id', async () => {
    const { admin, server, assignment } = await tenantWithWebhook(() => ({ status: 201, body: { id: 'prov-123' } }));
    const commerce = assignment.commerceId;
    const created = await admin.api.POST('/api/activities', {
      body: {
        type: 'MESSAGE',
        reason: 'Monthly promotion',
        channel: 'SALESMAN',
        commerce_id: commerce,
        idempotency_key: 'dispatch-payload',
        scheduled_at: '2025-01-16T09:00:00.000Z',
        attribute_keys: ['commerce_info'],
      },
    });
    expect(created.data!.status).toBe('READY');
    const id = created.data!.id;
    const time = clock();

    const report = await testDispatcher(ctx.orm, [admin.tenantId], time).runCycle();
    expect(report).toEqual({ attempts: 1, dispatched: 1, failedAttempts: 0, more: false });

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/hooks/activities');
    expect(request!.headers['x-api-key']).toBe(SECRET);
    expect(request!.headers['idempotency-key']).toBe(id);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.body).toMatchObject({
      tenantId: admin.tenantId,
      attempt: 1,
      activity: { id, type: 'MESSAGE', status: 'READY', channel: 'SALESMAN', reason: 'Monthly promotion' },
      commerce: { id: commerce, name: 'Main Street Store' },
      attributes: { commerce_info: { name: 'Main Street Store', taxId: '12345678-9', address: '123 Main St' } },
    });

    expect(await activityOf(admin, id)).toMatchObject({
      status: 'DISPATCHED',
      providerActivityId: 'prov-123',
      dispatchAttemptCount: 1,
    });
    expect(await eventsOf(admin, id)).toEqual([
      { type: 'CREATED', from: null, to: 'READY', errorCode: null },
      { type: 'DISPATCH_ATTEMPT', from: 'READY', to: 'READY', errorCode: null },
      { type: 'DISPATCH_SUCCESS', from: 'READY', to: 'DISPATCHED', errorCode: null },
    ]);
    expect((await testDispatcher(ctx.orm, [admin.tenantId], time).runCycle()).attempts).toBe(0);
  });

  it('takes `providerActivityId` from the reply, or stores none when the reply has no id', async () => {
    const replies = [{ providerActivityId: 'p-42', id: 'ignored' }, undefined];
    const { admin, server, assignment } = await tenantWithWebhook(() => ({ status: 200, body: replies.shift() }));
    const [first, second] = await seedReadyActivities(ctx, admin.tenantId, assignment, 2);
    await testDispatcher(ctx.orm, [admin.tenantId], clock(), { concurrency: 1 }).runCycle();
    expect(server.requests.map((r) => r.body.activity.id)).toEqual([first, second]);
    expect(await activityOf(admin, first!)).toMatchObject({ status: 'DISPATCHED', providerActivityId: 'p-42' });
    expect(await activityOf(admin, second!)).toMatchObject({ status: 'DISPATCHED', providerActivityId: null });
  });

  it('MOCK always succeeds with a new provider id and calls nobody', async () => {
    const admin = await actor(ctx);
    await admin.api.POST('/api/dispatch-configs', {
      body: { dispatch_provider_id: providerIds.MOCK, channel: 'WHATSAPP' },
    });
    const ids = await seedReadyActivities(ctx, admin.tenantId, await seedAssignment(ctx, admin.tenantId), 3, {
      type: 'MESSAGE',
      channel: 'WHATSAPP',
    });
    expect((await testDispatcher(ctx.orm, [admin.tenantId], clock()).runCycle()).dispatched).toBe(3);
    const stored = await Promise.all(ids.map((id) => activityOf(admin, id)));
    expect(stored.map((a) => a.status)).toEqual(['DISPATCHED', 'DISPATCHED', 'DISPATCHED']);
    expect(new Set(stored.map((a) => a.providerActivityId)).size).toBe(3);
    for (const a of stored) expect(a.providerActivityId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps of an error answer a short excerpt, with a credential it echoes removed before the cut', async () => {
    // The credential starts 10 characters before where the excerpt ends.
    const { admin, assignment } = await tenantWithWebhook(() => ({ status: 500, body: `${'x'.repeat(188)}${SECRET}` }));
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    await testDispatcher(ctx.orm, [admin.tenantId], clock()).runCycle();
    const events = await admin.api.GET('/api/activities/{id}/status-events', { params: { path: { id: id! } } });
    const message = events.data!.at(-1)!.errorMessage!;
    expect(message).toBe(`The provider answered HTTP 500: "${'x'.repeat(188)}[REDACTED]"`);
    expect(message).not.toContain(SECRET.slice(0, 6));
  });

  it('retries a 500 on the next cycle after the 30 s backoff, not before', async () => {
    let calls = 0;
    const { admin, server, assignment } = await tenantWithWebhook(() =>
      ++calls === 1 ? { status: 500, body: { error: 'boom' } } : { status: 201, body: { id: 'second-time' } },
    );
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    const time = clock();
    const dispatcher = testDispatcher(ctx.orm, [admin.tenantId], time);

    expect(await dispatcher.runCycle()).toMatchObject({ attempts: 1, dispatched: 0, failedAttempts: 1 });
    expect(await activityOf(admin, id!)).toMatchObject({ status: 'READY', dispatchAttemptCount: 1 });
    const failed = await admin.api.GET('/api/activities/{id}/status-events', { params: { path: { id: id! } } });
    expect(failed.data!.at(-1)).toMatchObject({
      eventType: 'DISPATCH_FAILED',
      errorCode: 'PROVIDER_HTTP_ERROR',
      errorMessage: 'The provider answered HTTP 500: {"error":"boom"}',
    });

    expect((await dispatcher.runCycle()).attempts).toBe(0);
    time.advance(29_000);
    expect((await dispatcher.runCycle()).attempts).toBe(0);
    time.advance(1_000);
    expect(await dispatcher.runCycle()).toMatchObject({ attempts: 1, dispatched: 1 });

    expect(server.requests.map((r) => r.body.attempt)).toEqual([1, 2]);
    expect(await activityOf(admin, id!)).toMatchObject({
      status: 'DISPATCHED',
      providerActivityId: 'second-time',
      dispatchAttemptCount: 2,
    });
    expect((await eventsOf(admin, id!)).map((e) => e.type)).toEqual([
      'CREATED',
      'DISPATCH_ATTEMPT',
      'DISPATCH_FAILED',
      'DISPATCH_ATTEMPT',
      'DISPATCH_SUCCESS',
    ]);
  });

  it('counts a provider slower than the timeout as a failed attempt (PROVIDER_TIMEOUT)', async () => {
    const { admin, assignment } = await tenantWithWebhook(() => ({ status: 201, delayMs: 1_500 }));
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    const started = performance.now();
    const report = await testDispatcher(ctx.orm, [admin.tenantId], clock(), { timeoutMs: 200 }).runCycle();
    expect(performance.now() - started).toBeLessThan(1_400);
    expect(report).toMatchObject({ attempts: 1, failedAttempts: 1 });
    const events = await admin.api.GET('/api/activities/{id}/status-events', { params: { path: { id: id! } } });
    expect(events.data!.at(-1)).toMatchObject({
      eventType: 'DISPATCH_FAILED',
      errorCode: 'PROVIDER_TIMEOUT',
      errorMessage: 'The provider did not answer within 200 ms',
    });
  });

  it('counts an unreachable provider as a failed attempt (PROVIDER_UNREACHABLE)', async () => {
    const admin = await actor(ctx);
    const gone = await startProvider();
    await gone.close();
    await webhookConfig(admin, gone.url);
    const [id] = await seedReadyActivities(ctx, admin.tenantId, await seedAssignment(ctx, admin.tenantId), 1);
    await testDispatcher(ctx.orm, [admin.tenantId], clock()).runCycle();
    expect((await eventsOf(admin, id!)).at(-1)).toMatchObject({
      type: 'DISPATCH_FAILED',
      errorCode: 'PROVIDER_UNREACHABLE',
    });
  });

  it('three failures: FAILED, with every attempt and failure in the status events', async () => {
    const { admin, server, assignment } = await tenantWithWebhook(() => ({ status: 503 }));
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    const time = clock();
    const dispatcher = testDispatcher(ctx.orm, [admin.tenantId], time);

    await dispatcher.runCycle();
    time.advance(30_000);
    await dispatcher.runCycle();
    time.advance(119_000);
    expect((await dispatcher.runCycle()).attempts).toBe(0);
    time.advance(1_000);
    await dispatcher.runCycle();
    time.advance(3_600_000);
    expect((await dispatcher.runCycle()).attempts).toBe(0);

    expect(server.requests).toHaveLength(3);
    expect(await activityOf(admin, id!)).toMatchObject({ status: 'FAILED', dispatchAttemptCount: 3 });
    const { data: events } = await admin.api.GET('/api/activities/{id}/status-events', {
      params: { path: { id: id! } },
    });
    expect(events!.map((e) => [e.eventType, e.toStatus, e.errorCode])).toEqual([
      ['CREATED', 'READY', null],
      ['DISPATCH_ATTEMPT', 'READY', null],
      ['DISPATCH_FAILED', 'READY', 'PROVIDER_HTTP_ERROR'],
      ['DISPATCH_ATTEMPT', 'READY', null],
      ['DISPATCH_FAILED', 'READY', 'PROVIDER_HTTP_ERROR'],
      ['DISPATCH_ATTEMPT', 'READY', null],
      ['DISPATCH_FAILED', 'READY', 'PROVIDER_HTTP_ERROR'],
      ['FAILED', 'FAILED', 'DISPATCH_ATTEMPTS_EXHAUSTED'],
    ]);
    expect(events!.filter((e) => e.eventType === 'DISPATCH_ATTEMPT').map((e) => e.reason)).toEqual([
      'Attempt 1 of 3 via WEBHOOK',
      'Attempt 2 of 3 via WEBHOOK',
      'Attempt 3 of 3 via WEBHOOK',
    ]);
    expect(events!.at(-1)!.errorMessage).toBe(
      'All 3 dispatch attempts failed; the last one: PROVIDER_HTTP_ERROR: The provider answered HTTP 503',
    );
  });

  it('leaves alone activities not yet due, of a channel without an active config, or not READY', async () => {
    const { admin, server, assignment } = await tenantWithWebhook();
    const time = clock();
    const future = new Date(time.now().getTime() + 3_600_000);
    const [later] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1, { scheduledAt: future });
    const [otherChannel] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1, {
      type: 'MESSAGE',
      channel: 'EMAIL',
    });
    const [canceled] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    await admin.api.POST('/api/activities/{id}/cancel', { params: { path: { id: canceled! } }, body: {} });
    const dispatcher = testDispatcher(ctx.orm, [admin.tenantId], time);

    expect((await dispatcher.runCycle()).attempts).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(await activityOf(admin, otherChannel!)).toMatchObject({ status: 'READY', dispatchAttemptCount: 0 });
    expect(await eventsOf(admin, otherChannel!)).toHaveLength(1);

    time.advance(3_600_000);
    expect(await dispatcher.runCycle()).toMatchObject({ attempts: 1, dispatched: 1 });
    expect(server.requests.map((r) => r.body.activity.id)).toEqual([later]);
  });

  it('a tenant without any active config is never queried: a deactivated config stops dispatch', async () => {
    const { admin, server, assignment } = await tenantWithWebhook();
    const [config] = (await admin.api.GET('/api/dispatch-configs')).data!;
    await admin.api.PATCH('/api/dispatch-configs/{id}', {
      params: { path: { id: config!.id } },
      body: { is_active: false },
    });
    await seedReadyActivities(ctx, admin.tenantId, assignment, 5);
    expect(await activeConfigs(ctx.source.sql, { tenantIds: [admin.tenantId] })).toEqual([]);
    expect((await testDispatcher(ctx.orm, [admin.tenantId], clock()).runCycle()).attempts).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it('two dispatchers racing over 200 due activities send each exactly once', async () => {
    const { admin, server, assignment } = await tenantWithWebhook((request) => ({
      status: 201,
      body: { id: `p-${request.body.activity.id}` },
      delayMs: Math.floor(Math.random() * 5),
    }));
    const ids = await seedReadyActivities(ctx, admin.tenantId, assignment, 200);
    const time = clock();
    const orms = await Promise.all([1, 2].map(() => createOrm({ url: inject('databaseUrl'), poolMax: 6 })));
    try {
      const attempts = await Promise.all(
        orms.map(async (orm) => {
          const dispatcher = testDispatcher(orm, [admin.tenantId], time, { batchSize: 40, concurrency: 8 });
          let total = 0;
          for (;;) {
            const report = await dispatcher.runCycle();
            total += report.attempts;
            if (report.attempts === 0) return total;
          }
        }),
      );
      expect(attempts[0]! + attempts[1]!).toBe(200);
    } finally {
      await Promise.all(orms.map((orm) => orm.close()));
    }
    const counts = server.counts();
    expect(counts.size).toBe(200);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const rows = await ctx.owner.em
      .fork()
      .getConnection()
      .execute<{ status: string; attempts: number; events: number; n: number }[]>(
        `select a.status, a.dispatch_attempt_count as attempts,
           (select count(*)::int from activity_status_event e where e.activity_id = a.id) as events, count(*)::int as n
         from activity a where a.tenant_id = ? group by 1, 2, 3`,
        [admin.tenantId],
      );
    expect(rows).toEqual([{ status: 'DISPATCHED', attempts: 1, events: 3, n: 200 }]);
    const stored = await activityOf(admin, ids[0]!);
    expect(stored.providerActivityId).toBe(`p-${ids[0]}`);
  });

  it('a worker killed after its claim leaves the activity to others once the lease expires; its late record is ignored', async () => {
    const { admin, server, assignment } = await tenantWithWebhook(() => ({ status: 201, body: { id: 'by-survivor' } }));
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    const time = clock();
    const killed = testDispatcher(ctx.orm, [admin.tenantId], time);
    const survivor = testDispatcher(ctx.orm, [admin.tenantId], time);
    const [config] = await activeConfigs(ctx.source.sql, { tenantIds: [admin.tenantId] });

    const { claims } = await killed.claimDue(config!, 10);
    expect(claims).toEqual([expect.objectContaining({ activityId: id, attempt: 1 })]);
    expect((await survivor.runCycle()).attempts).toBe(0);
    time.advance(59_000);
    expect((await survivor.runCycle()).attempts).toBe(0);
    time.advance(1_000);
    expect(await survivor.runCycle()).toMatchObject({ attempts: 1, dispatched: 1 });
    expect(server.requests).toHaveLength(1);

    expect(await killed.record(claims[0]!, { ok: true, providerActivityId: 'by-zombie' })).toBe('STALE');
    expect(await activityOf(admin, id!)).toMatchObject({
      status: 'DISPATCHED',
      providerActivityId: 'by-survivor',
      dispatchAttemptCount: 2,
    });
    expect((await eventsOf(admin, id!)).map((e) => e.type)).toEqual([
      'CREATED',
      'DISPATCH_ATTEMPT',
      'DISPATCH_ATTEMPT',
      'DISPATCH_SUCCESS',
    ]);
  });

  it('a worker killed during the last attempt: the activity FAILS when its lease expires, it is not sent a 4th time', async () => {
    const { admin, server, assignment } = await tenantWithWebhook(() => ({ status: 500 }));
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    const time = clock();
    const dispatcher = testDispatcher(ctx.orm, [admin.tenantId], time);
    const [config] = await activeConfigs(ctx.source.sql, { tenantIds: [admin.tenantId] });
    await dispatcher.runCycle();
    time.advance(30_000);
    await dispatcher.runCycle();
    time.advance(120_000);
    expect((await dispatcher.claimDue(config!, 10)).claims).toHaveLength(1);
    time.advance(60_000);
    expect(await dispatcher.runCycle()).toMatchObject({ attempts: 0 });
    expect(server.requests).toHaveLength(2);
    expect(await activityOf(admin, id!)).toMatchObject({ status: 'FAILED', dispatchAttemptCount: 3 });
    expect((await eventsOf(admin, id!)).at(-1)).toMatchObject({
      type: 'FAILED',
      errorCode: 'DISPATCH_ATTEMPTS_EXHAUSTED',
    });
  });

  it('an activity canceled while its provider call is in flight stays CANCELED', async () => {
    const { admin, assignment } = await tenantWithWebhook();
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    const dispatcher = testDispatcher(ctx.orm, [admin.tenantId], clock());
    const [config] = await activeConfigs(ctx.source.sql, { tenantIds: [admin.tenantId] });
    const { claims } = await dispatcher.claimDue(config!, 1);
    await admin.api.POST('/api/activities/{id}/cancel', { params: { path: { id: id! } }, body: {} });
    expect(await dispatcher.complete(claims[0]!, config!)).toMatchObject({ recorded: 'STALE' });
    expect(await activityOf(admin, id!)).toMatchObject({ status: 'CANCELED' });
  });

  it('runs as a loop that picks work up by itself and stops cleanly', async () => {
    const { admin, server, assignment } = await tenantWithWebhook();
    await seedReadyActivities(ctx, admin.tenantId, assignment, 3);
    const { logger } = captureLogger();
    const dispatcher = testDispatcher(ctx.orm, [admin.tenantId], new TestClock(), { batchSize: 2, concurrency: 1 });
    const worker = startDispatchWorker(dispatcher, 20, logger);
    try {
      await expect.poll(() => server.requests.length, { timeout: 5_000 }).toBe(3);
    } finally {
      await worker.stop();
    }
    const { data } = await admin.api.GET('/api/activities', { params: { query: { status: 'DISPATCHED' } } });
    expect(data!.meta.total).toBe(3);
  });

  it('stopped mid-send (a deploy), finishes the sends it claimed and claims no more', async () => {
    const { admin, server, assignment } = await tenantWithWebhook(() => ({ status: 201, delayMs: 400 }));
    await seedReadyActivities(ctx, admin.tenantId, assignment, 4);
    const { logger } = captureLogger();
    const dispatcher = testDispatcher(ctx.orm, [admin.tenantId], new TestClock(), { batchSize: 4, concurrency: 2 });
    const worker = startDispatchWorker(dispatcher, 20, logger);
    await expect.poll(() => server.requests.length, { timeout: 5_000 }).toBe(2);
    await worker.stop();
    // The two sends in flight were recorded; the two activities not yet claimed wait for the next worker.
    const count = async (status: 'DISPATCHED' | 'READY') =>
      (await admin.api.GET('/api/activities', { params: { query: { status } } })).data!.meta.total;
    expect(server.requests).toHaveLength(2);
    expect(await count('DISPATCHED')).toBe(2);
    expect(await count('READY')).toBe(2);
  });
});

describe('POST /api/activities/tasks/{id}/dispatch', () => {
  it('dispatches a READY task now, even before its scheduled time: 204, DISPATCHED', async () => {
    const { admin, server, assignment } = await tenantWithWebhook(() => ({ status: 201, body: { id: 'manual-1' } }));
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1, {
      scheduledAt: new Date(Date.now() + 86_400_000),
    });
    const res = await send(ctx, 'POST', `/api/activities/tasks/${id}/dispatch`, { headers: admin.headers });
    expect(res.status).toBe(204);
    expect(server.requests).toHaveLength(1);
    expect(await activityOf(admin, id!)).toMatchObject({ status: 'DISPATCHED', providerActivityId: 'manual-1' });
    const { data: events } = await admin.api.GET('/api/activities/{id}/status-events', {
      params: { path: { id: id! } },
    });
    expect(events!.map((e) => e.eventType)).toEqual(['CREATED', 'DISPATCH_ATTEMPT', 'DISPATCH_SUCCESS']);
    expect(events![1]!.reason).toBe('Manual attempt 1 of 3 via WEBHOOK');

    const again = await send(ctx, 'POST', `/api/activities/tasks/${id}/dispatch`, { headers: admin.headers });
    expect(again.status).toBe(400);
    expect((await again.json()).code).toBe('INVALID_ACTIVITY_STATE');
  });

  it('400 for a MESSAGE', async () => {
    const admin = await actor(ctx);
    await admin.api.POST('/api/dispatch-configs', { body: { dispatch_provider_id: providerIds.MOCK, channel: 'SMS' } });
    const [id] = await seedReadyActivities(ctx, admin.tenantId, await seedAssignment(ctx, admin.tenantId), 1, {
      type: 'MESSAGE',
      channel: 'SMS',
    });
    const res = await send(ctx, 'POST', `/api/activities/tasks/${id}/dispatch`, { headers: admin.headers });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('INVALID_ACTIVITY_STATE');
  });

  it("404 for an unknown task, another tenant's task, and a channel without an active config", async () => {
    const { admin, assignment } = await tenantWithWebhook();
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    const [noConfig] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1, { channel: 'CALLCENTER' });
    const other = await actor(ctx);
    await webhookConfig(other, 'http://127.0.0.1:9/hooks');
    const cases: [Record<string, string>, string, string][] = [
      [admin.headers, crypto.randomUUID(), 'ACTIVITY_NOT_FOUND'],
      [other.headers, id!, 'ACTIVITY_NOT_FOUND'],
      [admin.headers, noConfig!, 'DISPATCH_CONFIG_NOT_FOUND'],
    ];
    for (const [headers, target, code] of cases) {
      const res = await send(ctx, 'POST', `/api/activities/tasks/${target}/dispatch`, { headers });
      expect(res.status).toBe(404);
      expect((await res.json()).code).toBe(code);
    }
    expect(await activityOf(admin, id!)).toMatchObject({ status: 'READY', dispatchAttemptCount: 0 });
  });

  it('502 PROVIDER_FAILED when the provider fails: DISPATCH_FAILED recorded, the dispatcher retries after the backoff', async () => {
    let calls = 0;
    const { admin, server, assignment } = await tenantWithWebhook(() =>
      ++calls === 1 ? { status: 500 } : { status: 201, body: { id: 'retried' } },
    );
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    const res = await send(ctx, 'POST', `/api/activities/tasks/${id}/dispatch`, { headers: admin.headers });
    expect(res.status).toBe(502);
    const problem = await res.json();
    expect(problem).toMatchObject({ status: 502, code: 'PROVIDER_FAILED', title: 'Bad Gateway' });
    expect(problem.detail).toContain('HTTP 500');
    expect(problem.detail).toContain('retries it after the backoff');
    expect(await activityOf(admin, id!)).toMatchObject({ status: 'READY', dispatchAttemptCount: 1 });

    const time = new TestClock();
    const dispatcher = testDispatcher(ctx.orm, [admin.tenantId], time);
    expect((await dispatcher.runCycle()).attempts).toBe(0);
    time.advance(31_000);
    expect(await dispatcher.runCycle()).toMatchObject({ dispatched: 1 });
    expect(server.requests).toHaveLength(2);
    expect((await eventsOf(admin, id!)).map((e) => e.type)).toEqual([
      'CREATED',
      'DISPATCH_ATTEMPT',
      'DISPATCH_FAILED',
      'DISPATCH_ATTEMPT',
      'DISPATCH_SUCCESS',
    ]);
  });

  it('409 while a worker holds the task', async () => {
    const { admin, server, assignment } = await tenantWithWebhook();
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    const [config] = await activeConfigs(ctx.source.sql, { tenantIds: [admin.tenantId] });
    await testDispatcher(ctx.orm, [admin.tenantId], new TestClock()).claimDue(config!, 1);
    const res = await send(ctx, 'POST', `/api/activities/tasks/${id}/dispatch`, { headers: admin.headers });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('DISPATCH_IN_PROGRESS');
    expect(server.requests).toHaveLength(0);
  });

  it('401 without a token; 403 for roles without DISPATCH_ACTIVITY (FDE, VIEWER)', async () => {
    const { admin, assignment } = await tenantWithWebhook();
    const [id] = await seedReadyActivities(ctx, admin.tenantId, assignment, 1);
    const path = `/api/activities/tasks/${id}/dispatch`;
    expect((await send(ctx, 'POST', path, { headers: { 'x-tenant-id': admin.tenantId } })).status).toBe(401);
    for (const role of ['FDE', 'VIEWER'] as const) {
      const who = await actor(ctx, { roles: [role], tenantId: admin.tenantId });
      const res = await send(ctx, 'POST', path, { headers: who.headers });
      expect(res.status).toBe(403);
    }
    expect(await activityOf(admin, id!)).toMatchObject({ status: 'READY', dispatchAttemptCount: 0 });
  });
});

describe('credentials never leave the server', () => {
  it('not in any response, status event or log line, even when the provider echoes them back', async () => {
    const { logger, lines } = captureLogger();
    const logged = await setupDispatchApp({ logger });
    try {
      const admin = await actor(logged);
      const server = await provider((request) => ({
        status: 500,
        body: { error: `invalid key ${request.headers['x-api-key']}` },
      }));
      const bodies: string[] = [];
      const call = async (method: string, path: string, body?: object) => {
        const res = await send(logged, method, path, { headers: admin.headers, body });
        bodies.push(await res.text());
        return res;
      };
      const created = await call('POST', '/api/dispatch-configs', {
        dispatch_provider_id: providerIds.WEBHOOK,
        channel: 'SALESMAN',
        base_url: server.url,
        credentials: { apiKey: SECRET },
      });
      const { id: configId } = JSON.parse(bodies[0]!);
      expect(created.status).toBe(201);
      await call('GET', '/api/dispatch-configs');
      await call('PATCH', `/api/dispatch-configs/${configId}`, { credentials: { apiKey: SECRET } });
      await call('POST', '/api/dispatch-configs', {
        dispatch_provider_id: providerIds.WEBHOOK,
        channel: 'SMS',
        base_url: server.url,
        credentials: { apiKey: SECRET, extra: SECRET },
      });

      const [id] = await seedReadyActivities(logged, admin.tenantId, await seedAssignment(logged, admin.tenantId), 1);
      expect((await call('POST', `/api/activities/tasks/${id}/dispatch`)).status).toBe(502);
      const time = new TestClock();
      time.advance(31_000);
      await testDispatcher(logged.orm, [admin.tenantId], time, { logger }).runCycle();
      await call('GET', `/api/activities/${id}/status-events`);
      await call('GET', `/api/activities/${id}`);

      expect(server.requests).toHaveLength(2);
      expect(server.requests.every((r) => r.headers['x-api-key'] === SECRET)).toBe(true);
      const events = JSON.parse(bodies.at(-2)!) as { eventType: string; errorMessage: string | null }[];
      expect(events.filter((e) => e.eventType === 'DISPATCH_FAILED').map((e) => e.errorMessage)).toEqual([
        'The provider answered HTTP 500: {"error":"invalid key [REDACTED]"}',
        'The provider answered HTTP 500: {"error":"invalid key [REDACTED]"}',
      ]);
      expect(lines.length).toBeGreaterThan(5);
      expect(lines.some((line) => line.includes('dispatch attempt'))).toBe(true);
      for (const text of [...bodies, ...lines]) expect(text).not.toContain(SECRET);
    } finally {
      await logged.close();
    }
  });
});
