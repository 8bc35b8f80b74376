import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCommerce } from './factories.ts';
import { actor, send, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

type Actor = Awaited<ReturnType<typeof actor>>;

async function sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return ctx.owner.em.fork().getConnection().execute<T[]>(query, params);
}

async function newActivity(who: Actor, commerceId: string, providerActivityId?: string) {
  const { data, response } = await who.api.POST('/api/activities', {
    body: {
      type: 'TASK',
      reason: 'Visit',
      channel: 'SALESMAN',
      commerce_id: commerceId,
      idempotency_key: crypto.randomUUID(),
      scheduled_at: '2025-01-16T09:00:00.000Z',
    },
  });
  expect(response.status).toBe(201);
  if (providerActivityId) {
    // Dispatch is what sets a provider id; here it is set directly.
    await sql('update activity set provider_activity_id = ? where id = ?', [providerActivityId, data!.id]);
  }
  return data!;
}

function result(overrides: Record<string, unknown> = {}) {
  return {
    commerce_external_id: 'store-001',
    status: 'COMPLETED' as const,
    occurred_at: '2025-01-16T14:30:00.000Z',
    task_result: { result: 'success', comment: 'Order placed successfully', contact_type: 'OUTBOUND' as const },
    ...overrides,
  };
}

async function events(who: Actor, id: string) {
  const { data } = await who.api.GET('/api/activities/{id}/status-events', { params: { path: { id } } });
  return data!.map((e) => `${e.eventType}:${e.fromStatus ?? '-'}>${e.toStatus}${e.forced ? ':forced' : ''}`);
}

describe('seed 003: standalone, then linked by provider_activity_id, then by activity_id', () => {
  it('follows the seed example through all three', async () => {
    const admin = await actor(ctx);
    // 1. No activity has ext-123 and store-001 is unknown: standalone, with a placeholder commerce.
    const standalone = await admin.api.POST('/api/activity-results/tasks', {
      body: result({ provider_activity_id: 'ext-123' }),
    });
    expect(standalone.response.status).toBe(201);
    expect(standalone.data).toMatchObject({
      activityId: null,
      source: 'STANDALONE',
      resultStatus: 'COMPLETED',
      occurredAt: '2025-01-16T14:30:00.000Z',
      providerActivityId: 'ext-123',
      taskDetails: { result: 'success', comment: 'Order placed successfully', contactType: 'OUTBOUND' },
    });
    const [placeholder] = await sql<{ id: string; is_placeholder: boolean; name: string }>(
      'select id, is_placeholder, name from commerce where tenant_id = ? and external_id = ?',
      [admin.tenantId, 'store-001'],
    );
    expect(placeholder).toMatchObject({ id: standalone.data!.commerceId, is_placeholder: true });

    // 2. An activity now carries ext-123: the next (later) result links to it and adopts the record.
    const activity = await newActivity(admin, placeholder!.id, 'ext-123');
    const linked = await admin.api.POST('/api/activity-results/tasks', {
      body: result({ provider_activity_id: 'ext-123', occurred_at: '2025-01-16T15:00:00.000Z' }),
    });
    expect(linked.response.status).toBe(200);
    expect(linked.data).toMatchObject({ id: standalone.data!.id, activityId: activity.id, source: 'RETEN_ACTIVITY' });
    expect(await events(admin, activity.id)).toEqual(['CREATED:->READY', 'COMPLETED:READY>COMPLETED']);

    // 3. By activity_id, on another activity of a real commerce.
    const store = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-002' });
    const other = await newActivity(admin, store.id);
    const byId = await admin.api.POST('/api/activity-results/tasks', {
      body: result({ activity_id: other.id, commerce_external_id: 'store-002', status: 'NOT_EXECUTED' }),
    });
    expect(byId.response.status).toBe(201);
    expect(byId.data).toMatchObject({ activityId: other.id, source: 'RETEN_ACTIVITY', resultStatus: 'NOT_EXECUTED' });
    const { data: failed } = await admin.api.GET('/api/activities/{id}', { params: { path: { id: other.id } } });
    expect(failed?.status).toBe('FAILED');
  });
});

describe('status sync', () => {
  it.each([
    ['PENDING', 'READY', ['CREATED:->READY']],
    ['COMPLETED', 'COMPLETED', ['CREATED:->READY', 'COMPLETED:READY>COMPLETED']],
    ['TRANSFERRED', 'COMPLETED', ['CREATED:->READY', 'COMPLETED:READY>COMPLETED']],
    ['NOT_EXECUTED', 'FAILED', ['CREATED:->READY', 'FAILED:READY>FAILED']],
    ['CANCELED', 'CANCELED', ['CREATED:->READY', 'CANCELED:READY>CANCELED']],
  ] as const)('%s moves the activity to %s', async (status, activityStatus, trail) => {
    const admin = await actor(ctx);
    const store = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-001' });
    const activity = await newActivity(admin, store.id);
    const res = await admin.api.POST('/api/activity-results/tasks', {
      body: result({ activity_id: activity.id, status }),
    });
    expect(res.response.status).toBe(201);
    const { data } = await admin.api.GET('/api/activities/{id}', { params: { path: { id: activity.id } } });
    expect(data?.status).toBe(activityStatus);
    expect(await events(admin, activity.id)).toEqual(trail);
  });

  it('a forbidden change is 409 unless hard_override, which forces it and says so', async () => {
    const admin = await actor(ctx);
    const store = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-001' });
    const activity = await newActivity(admin, store.id);
    await admin.api.POST('/api/activities/{id}/cancel', { params: { path: { id: activity.id } }, body: {} });
    const refused = await admin.api.POST('/api/activity-results/tasks', { body: result({ activity_id: activity.id }) });
    expect(refused.response.status).toBe(409);
    expect(refused.error?.code).toBe('INVALID_STATUS_TRANSITION');
    expect(
      (await admin.api.GET('/api/activity-results', { params: { query: { activity_id: activity.id } } })).data?.meta
        .total,
    ).toBe(0);

    const forced = await admin.api.POST('/api/activity-results/tasks', {
      body: result({ activity_id: activity.id, hard_override: true }),
    });
    expect(forced.response.status).toBe(201);
    expect(forced.data?.hardOverride).toBe(true);
    expect(await events(admin, activity.id)).toEqual([
      'CREATED:->READY',
      'CANCELED:READY>CANCELED',
      'COMPLETED:CANCELED>COMPLETED:forced',
    ]);
  });

  it('a later result with the status the activity already has changes nothing but the result', async () => {
    const admin = await actor(ctx);
    const store = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-001' });
    const activity = await newActivity(admin, store.id);
    await admin.api.POST('/api/activity-results/tasks', { body: result({ activity_id: activity.id }) });
    const again = await admin.api.POST('/api/activity-results/tasks', {
      body: result({ activity_id: activity.id, status: 'TRANSFERRED', occurred_at: '2025-01-16T16:00:00.000Z' }),
    });
    expect(again.response.status).toBe(200);
    expect(again.data?.resultStatus).toBe('TRANSFERRED');
    expect(await events(admin, activity.id)).toEqual(['CREATED:->READY', 'COMPLETED:READY>COMPLETED']);
  });
});

describe('final is final', () => {
  it.each([false, true])(
    'a PENDING result after a COMPLETED one is 409 RESULT_FINAL (hard_override: %s); nothing changes',
    async (hardOverride) => {
      const admin = await actor(ctx);
      const store = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-001' });
      const activity = await newActivity(admin, store.id);
      await admin.api.POST('/api/activity-results/tasks', { body: result({ activity_id: activity.id }) });
      const pending = await admin.api.POST('/api/activity-results/tasks', {
        body: result({
          activity_id: activity.id,
          status: 'PENDING',
          occurred_at: '2025-01-16T16:00:00.000Z',
          hard_override: hardOverride,
        }),
      });
      expect(pending.response.status).toBe(409);
      expect(pending.error?.code).toBe('RESULT_FINAL');
      const stored = await admin.api.GET('/api/activity-results', {
        params: { query: { activity_id: activity.id } },
      });
      expect(stored.data?.data.map((r) => r.resultStatus)).toEqual(['COMPLETED']);
      const { data } = await admin.api.GET('/api/activities/{id}', { params: { path: { id: activity.id } } });
      expect(data?.status).toBe('COMPLETED');
    },
  );

  it('a PENDING result for an activity already final without a result is 409 RESULT_FINAL, and stores nothing', async () => {
    const admin = await actor(ctx);
    const store = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-001' });
    const activity = await newActivity(admin, store.id);
    await admin.api.POST('/api/activities/{id}/cancel', { params: { path: { id: activity.id } }, body: {} });
    const pending = await admin.api.POST('/api/activity-results/tasks', {
      body: result({ activity_id: activity.id, status: 'PENDING', hard_override: true }),
    });
    expect(pending.response.status).toBe(409);
    expect(pending.error?.code).toBe('RESULT_FINAL');
    const stored = await admin.api.GET('/api/activity-results', { params: { query: { activity_id: activity.id } } });
    expect(stored.data?.meta.total).toBe(0);
  });

  it('a standalone final result is not replaced by a PENDING one', async () => {
    const admin = await actor(ctx);
    await admin.api.POST('/api/activity-results/tasks', {
      body: result({ provider_activity_id: 'final-standalone', status: 'NOT_EXECUTED' }),
    });
    const pending = await admin.api.POST('/api/activity-results/tasks', {
      body: result({
        provider_activity_id: 'final-standalone',
        status: 'PENDING',
        occurred_at: '2025-01-16T16:00:00.000Z',
      }),
    });
    expect(pending.response.status).toBe(409);
    expect(pending.error?.code).toBe('RESULT_FINAL');
  });

  it('PENDING, then a final result, then another final one with hard_override: the activity follows each', async () => {
    const admin = await actor(ctx);
    const store = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-001' });
    const activity = await newActivity(admin, store.id);
    const submit = (status: 'PENDING' | 'COMPLETED' | 'NOT_EXECUTED', hour: number, hardOverride?: boolean) =>
      admin.api.POST('/api/activity-results/tasks', {
        body: result({
          activity_id: activity.id,
          status,
          occurred_at: `2025-01-16T${hour}:00:00.000Z`,
          hard_override: hardOverride,
        }),
      });
    expect((await submit('PENDING', 10)).response.status).toBe(201);
    expect((await submit('COMPLETED', 11)).response.status).toBe(200);
    expect((await submit('NOT_EXECUTED', 12)).error?.code).toBe('INVALID_STATUS_TRANSITION');
    const forced = await submit('NOT_EXECUTED', 12, true);
    expect(forced.response.status).toBe(200);
    expect(forced.data?.resultStatus).toBe('NOT_EXECUTED');
    expect(await events(admin, activity.id)).toEqual([
      'CREATED:->READY',
      'COMPLETED:READY>COMPLETED',
      'FAILED:COMPLETED>FAILED:forced',
    ]);
  });
});

describe('the temporal guard', () => {
  it.each([
    ['equal', '2025-01-16T14:30:00.000Z'],
    ['older', '2025-01-16T14:29:59.999Z'],
  ])('an %s occurred_at is 409 STALE_RESULT and changes nothing', async (_, occurredAt) => {
    const admin = await actor(ctx);
    const store = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-001' });
    const activity = await newActivity(admin, store.id);
    const first = await admin.api.POST('/api/activity-results/tasks', {
      body: result({ activity_id: activity.id, status: 'PENDING' }),
    });
    const stale = await admin.api.POST('/api/activity-results/tasks', {
      body: result({ activity_id: activity.id, occurred_at: occurredAt }),
    });
    expect(stale.response.status).toBe(409);
    expect(stale.error?.code).toBe('STALE_RESULT');
    const stored = await admin.api.GET('/api/activity-results/{id}', { params: { path: { id: first.data!.id } } });
    expect(stored.data).toEqual(first.data);
    expect(await events(admin, activity.id)).toEqual(['CREATED:->READY']);
  });

  it('serializes racing submissions: one record, the newest accepted result stands', async () => {
    const admin = await actor(ctx);
    const store = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-001' });
    const activity = await newActivity(admin, store.id);
    const times = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2025, 0, 16, 14, i)).toISOString());
    const answers = await Promise.all(
      times.map(async (occurred_at) => {
        const { response } = await admin.api.POST('/api/activity-results/tasks', {
          body: result({ activity_id: activity.id, status: 'PENDING', occurred_at }),
        });
        return { occurred_at, status: response.status };
      }),
    );
    expect(answers.every((a) => [200, 201, 409].includes(a.status))).toBe(true);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const accepted = answers
      .filter((a) => a.status !== 409)
      .map((a) => a.occurred_at)
      .sort();
    const rows = await sql<{ occurred: string }>(
      `select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred from activity_result where activity_id = ?`,
      [activity.id],
    );
    expect(rows).toEqual([{ occurred: accepted.at(-1) }]);
    expect(accepted.at(-1)).toBe(times.at(-1));
  });
});

describe('placeholders and payloads', () => {
  it('creates one placeholder commerce when standalone results race on a new external id', async () => {
    const admin = await actor(ctx);
    const statuses = await Promise.all(
      Array.from(
        { length: 8 },
        async (_, i) =>
          (
            await admin.api.POST('/api/activity-results/tasks', {
              body: result({ provider_activity_id: `p-${i}`, commerce_external_id: 'brand-new' }),
            })
          ).response.status,
      ),
    );
    expect(statuses).toEqual(Array(8).fill(201));
    const rows = await sql('select id from commerce where tenant_id = ? and external_id = ?', [
      admin.tenantId,
      'brand-new',
    ]);
    expect(rows).toHaveLength(1);
  });

  it('stores raw_payload and task_result.payload exactly as given', async () => {
    const admin = await actor(ctx);
    const raw = { source: 'yom', nested: { list: [1, 'two', null, { three: true }] }, text: 'ñandú ✓' };
    const payload = { orderId: 'SO-1001', lines: [{ sku: 'A', qty: 2.5 }] };
    const { data } = await admin.api.POST('/api/activity-results/tasks', {
      body: result({
        provider_activity_id: 'p-payload',
        raw_payload: raw,
        task_result: { result: 'success', payload, future_scheduled_at: '2025-02-01T09:00:00-03:00' },
      }),
    });
    expect(data?.rawPayload).toEqual(raw);
    expect(data?.taskDetails.payload).toEqual(payload);
    expect(data?.taskDetails.futureScheduledAt).toBe('2025-02-01T12:00:00.000Z');
  });
});

describe('errors', () => {
  it('400 for invalid bodies', async () => {
    const admin = await actor(ctx);
    const cases: [Record<string, unknown>, string][] = [
      [result(), 'body.activity_id'],
      [result({ provider_activity_id: 'x', status: 'DONE' }), 'body.status'],
      [result({ provider_activity_id: 'x', task_result: {} }), 'body.task_result.result'],
      [
        result({ provider_activity_id: 'x', task_result: { result: 'ok', future_scheduled_at: 'soon' } }),
        'body.task_result.future_scheduled_at',
      ],
      [result({ provider_activity_id: 'x', occurred_at: '2025-01-16' }), 'body.occurred_at'],
      [result({ provider_activity_id: 'x', raw_payload: [1, 2] }), 'body.raw_payload'],
      [result({ provider_activity_id: 'x', commerce_external_id: undefined }), 'body.commerce_external_id'],
      [result({ provider_activity_id: 'x', task_result: { result: 'ok\u0000' } }), 'body.task_result.result'],
    ];
    for (const [body, path] of cases) {
      const res = await send(ctx, 'POST', '/api/activity-results/tasks', { headers: admin.headers, body });
      expect(res.status, path).toBe(400);
      expect((await res.json()).errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it("400 COMMERCE_MISMATCH when the commerce is not the activity's", async () => {
    const admin = await actor(ctx);
    const store = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-001' });
    const activity = await newActivity(admin, store.id);
    const res = await admin.api.POST('/api/activity-results/tasks', {
      body: result({ activity_id: activity.id, commerce_external_id: 'store-999' }),
    });
    expect(res.response.status).toBe(400);
    expect(res.error?.code).toBe('COMMERCE_MISMATCH');
  });

  it("404 for an unknown activity_id or another tenant's, and results stay private", async () => {
    const admin = await actor(ctx);
    const other = await actor(ctx);
    const store = await seedCommerce(ctx, other.tenantId, { externalId: 'store-001' });
    const foreign = await newActivity(other, store.id);
    for (const id of [foreign.id, crypto.randomUUID()]) {
      const res = await admin.api.POST('/api/activity-results/tasks', { body: result({ activity_id: id }) });
      expect(res.response.status).toBe(404);
      expect(res.error?.code).toBe('ACTIVITY_NOT_FOUND');
    }
    const mine = await other.api.POST('/api/activity-results/tasks', { body: result({ activity_id: foreign.id }) });
    const peek = await admin.api.GET('/api/activity-results/{id}', { params: { path: { id: mine.data!.id } } });
    expect(peek.response.status).toBe(404);
    expect(peek.error?.code).toBe('RESULT_NOT_FOUND');
    expect((await admin.api.GET('/api/activity-results')).data?.meta.total).toBe(0);
  });

  it('401 without a token, 403 for a VIEWER', async () => {
    const res = await send(ctx, 'POST', '/api/activity-results/tasks', { body: result({ provider_activity_id: 'x' }) });
    expect(res.status).toBe(401);
    const viewer = await actor(ctx, { roles: ['VIEWER'] });
    const denied = await viewer.api.POST('/api/activity-results/tasks', {
      body: result({ provider_activity_id: 'x' }),
    });
    expect(denied.response.status).toBe(403);
    expect((await viewer.api.GET('/api/activity-results')).response.status).toBe(200);
  });
});

describe('reading results back', () => {
  it('filters by activity, provider id, commerce, status, source and occurred window', async () => {
    const admin = await actor(ctx);
    const store = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-001' });
    const activity = await newActivity(admin, store.id);
    const linked = await admin.api.POST('/api/activity-results/tasks', {
      body: result({ activity_id: activity.id, status: 'PENDING', occurred_at: '2025-01-10T10:00:00.000Z' }),
    });
    const alone = await admin.api.POST('/api/activity-results/tasks', {
      body: result({
        provider_activity_id: 'solo',
        commerce_external_id: 'other-store',
        occurred_at: '2025-01-20T10:00:00.000Z',
      }),
    });
    const ids = async (query: Record<string, string>) =>
      (await admin.api.GET('/api/activity-results', { params: { query } })).data?.data.map((r) => r.id);
    expect(await ids({})).toEqual([alone.data!.id, linked.data!.id]);
    expect(await ids({ activity_id: activity.id })).toEqual([linked.data!.id]);
    expect(await ids({ provider_activity_id: 'solo' })).toEqual([alone.data!.id]);
    expect(await ids({ commerce_id: store.id })).toEqual([linked.data!.id]);
    expect(await ids({ status: 'COMPLETED' })).toEqual([alone.data!.id]);
    expect(await ids({ source: 'RETEN_ACTIVITY' })).toEqual([linked.data!.id]);
    expect(await ids({ occurred_from: '2025-01-10T10:00:00.000Z', occurred_to: '2025-01-15T00:00:00.000Z' })).toEqual([
      linked.data!.id,
    ]);
  });
});
