import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCommerce, seedOperator, seedRoute } from './factories.ts';
import { actor, send, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

type Actor = Awaited<ReturnType<typeof actor>>;

function message(commerceId: string, overrides: Record<string, unknown> = {}) {
  return {
    type: 'MESSAGE' as const,
    reason: 'Monthly promotion',
    channel: 'WHATSAPP' as const,
    commerce_id: commerceId,
    idempotency_key: `msg-${crypto.randomUUID()}`,
    scheduled_at: '2025-01-16T09:00:00.000Z',
    ...overrides,
  };
}

async function createMessage(who: Actor, commerceId: string, overrides: Record<string, unknown> = {}) {
  const { data, response, error } = await who.api.POST('/api/activities', { body: message(commerceId, overrides) });
  expect(response.status, JSON.stringify(error)).toBe(201);
  return data!;
}

describe('POST /api/activities (seed 001)', () => {
  it('creates the seed example: 201 with the seed body, READY, commerce_info resolved', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId, { street: '123 Main St' });
    const { data, response } = await admin.api.POST('/api/activities', {
      body: {
        type: 'MESSAGE',
        reason: 'Monthly promotion',
        channel: 'WHATSAPP',
        commerce_id: commerce.id,
        idempotency_key: 'msg-2025-01-15-001',
        scheduled_at: '2025-01-16T09:00:00.000Z',
        attribute_keys: ['commerce_info'],
      },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      type: 'MESSAGE',
      channel: 'WHATSAPP',
      status: 'READY',
      idempotencyKey: 'msg-2025-01-15-001',
      scheduledAt: '2025-01-16T09:00:00.000Z',
      commerceAssignment: { commerceId: commerce.id },
      taskDetails: null,
    });
    const attributes = await admin.api.GET('/api/activities/{id}/attributes', { params: { path: { id: data!.id } } });
    expect(attributes.data).toEqual([
      expect.objectContaining({
        activityId: data!.id,
        value: { name: 'Main Street Store', taxId: '12345678-9', address: '123 Main St' },
        resolutionStatus: 'RESOLVED',
        resolverType: 'INTERNAL_SERVICE',
        errorMessage: null,
      }),
    ]);
  });

  it('stores every optional field and returns it from GET', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const created = await createMessage(admin, commerce.id, {
      suggested_execution_time: '2025-01-16T10:00:00.000Z',
      user_status: 'at_risk',
      score: 87,
      assignment_reason: 'Sales dropped',
      target_criteria: [{ type: 'ROLE_MATCH', config: { role: 'OWNER' }, priority: 0 }],
    });
    const { data } = await admin.api.GET('/api/activities/{id}', { params: { path: { id: created.id } } });
    expect(data).toEqual({
      ...created,
      suggestedExecutionTime: '2025-01-16T10:00:00.000Z',
      userStatus: 'at_risk',
      score: 87,
      commerceAssignment: {
        commerceId: commerce.id,
        assignmentReason: 'Sales dropped',
        commerce: { name: 'Main Street Store', externalId: commerce.externalId },
      },
      targetCriteria: [{ type: 'ROLE_MATCH', config: { role: 'OWNER' }, priority: 0 }],
    });
  });

  it('409 for a duplicate idempotency key, naming the existing activity; another tenant may reuse it', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const first = await createMessage(admin, commerce.id, { idempotency_key: 'same-key' });
    const again = await admin.api.POST('/api/activities', {
      body: message(commerce.id, { idempotency_key: 'same-key' }),
    });
    expect(again.response.status).toBe(409);
    expect(again.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_CONFLICT', activityId: first.id });

    const other = await actor(ctx);
    const otherCommerce = await seedCommerce(ctx, other.tenantId);
    await createMessage(other, otherCommerce.id, { idempotency_key: 'same-key' });
  });

  it('50 concurrent creates with one key: one 201, 49 409, one row', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const body = message(commerce.id, { idempotency_key: 'race', attribute_keys: ['commerce_info'] });
    const statuses = await Promise.all(
      Array.from({ length: 50 }, async () => (await admin.api.POST('/api/activities', { body })).response.status),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const counts = await ctx.owner.em
      .fork()
      .getConnection()
      .execute<{ activities: number; attributes: number; events: number }[]>(
        `select (select count(*)::int from activity where tenant_id = ?) as activities,
                (select count(*)::int from activity_attribute where tenant_id = ?) as attributes,
                (select count(*)::int from activity_status_event where tenant_id = ?) as events`,
        [admin.tenantId, admin.tenantId, admin.tenantId],
      );
    expect(counts[0]).toEqual({ activities: 1, attributes: 1, events: 1 });
  });

  it("404 COMMERCE_NOT_FOUND for an unknown commerce or another tenant's", async () => {
    const admin = await actor(ctx);
    const other = await actor(ctx);
    const foreign = await seedCommerce(ctx, other.tenantId);
    for (const id of [foreign.id, crypto.randomUUID()]) {
      const { response, error } = await admin.api.POST('/api/activities', { body: message(id) });
      expect(response.status).toBe(404);
      expect(error?.code).toBe('COMMERCE_NOT_FOUND');
    }
  });

  it('400 UNKNOWN_ATTRIBUTE_KEY for a key outside the catalog, and nothing is created', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const { response, error } = await admin.api.POST('/api/activities', {
      body: message(commerce.id, { attribute_keys: ['commerce_info', 'shoe_size'] }),
    });
    expect(response.status).toBe(400);
    expect(error?.code).toBe('UNKNOWN_ATTRIBUTE_KEY');
    const list = await admin.api.GET('/api/activities');
    expect(list.data?.meta.total).toBe(0);
  });

  it('caller values are RESOLVED, fallbacks are FALLBACK, and a failure leaves the activity UNRESOLVED', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId, { metadata: { promotions: [{ sku: 'A-1' }] } });
    const created = await createMessage(admin, commerce.id, {
      attribute_keys: ['promotions', 'target_contact'],
      attributes: [{ key: 'commerce_info', value: { name: 'Given' } }],
    });
    expect(created.status).toBe('UNRESOLVED');
    const { data: attributes } = await admin.api.GET('/api/activities/{id}/attributes', {
      params: { path: { id: created.id } },
    });
    const keys = (await admin.api.GET('/api/activity-config/attribute-keys')).data!;
    const byKey = (key: string) => attributes!.find((a) => a.attributeKeyId === keys.find((k) => k.key === key)!.id);
    expect(byKey('commerce_info')).toMatchObject({
      resolutionStatus: 'RESOLVED',
      resolverType: 'CALLER_PROVIDED',
      value: { name: 'Given' },
    });
    expect(byKey('promotions')).toMatchObject({ resolutionStatus: 'RESOLVED', value: [{ sku: 'A-1' }] });
    expect(byKey('target_contact')).toMatchObject({ resolutionStatus: 'FAILED', value: null, resolvedAt: null });
    expect(byKey('target_contact')?.errorMessage).toBe('No target user is resolved for this activity');

    const { data: events } = await admin.api.GET('/api/activities/{id}/status-events', {
      params: { path: { id: created.id } },
    });
    expect(events!.map((e) => [e.eventType, e.fromStatus, e.toStatus])).toEqual([
      ['CREATED', null, 'READY'],
      ['RESOLUTION_FAILED', 'READY', 'UNRESOLVED'],
    ]);
    expect(events![1]?.errorMessage).toContain('target_contact');

    const withFallback = await createMessage(admin, commerce.id, {
      attributes: [{ key: 'target_contact', fallback: '+56911111111' }],
    });
    expect(withFallback.status).toBe('READY');
    const fallback = await admin.api.GET('/api/activities/{id}/attributes', {
      params: { path: { id: withFallback.id } },
    });
    expect(fallback.data?.[0]).toMatchObject({ resolutionStatus: 'FALLBACK', value: '+56911111111' });
  });

  it('400 problems with field errors for invalid bodies', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...message(commerce.id), type: 'LETTER' }, 'body.type'],
      [{ ...message(commerce.id), commerce_id: 'nope' }, 'body.commerce_id'],
      [{ ...message(commerce.id), scheduled_at: 'tomorrow' }, 'body.scheduled_at'],
      [{ ...message(commerce.id), score: 1.5 }, 'body.score'],
      [{ ...message(commerce.id), score: 2 ** 40 }, 'body.score'],
      [{ ...message(commerce.id), reason: '' }, 'body.reason'],
      [{ ...message(commerce.id), idempotency_key: undefined }, 'body.idempotency_key'],
      [{ ...message(commerce.id), unknown_field: 1 }, 'body'],
    ];
    for (const [body, path] of cases) {
      const res = await send(ctx, 'POST', '/api/activities', { headers: admin.headers, body });
      expect(res.status, path).toBe(400);
      const problem = await res.json();
      expect(problem.code).toBe('VALIDATION_FAILED');
      expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });
});

describe('POST /api/activities/tasks (seed 004)', () => {
  it('creates the seed example with taskDetails', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const route = await seedRoute(ctx, admin.tenantId);
    const operator = await seedOperator(ctx, admin.tenantId);
    const { data, response } = await admin.api.POST('/api/activities/tasks', {
      body: {
        reason: 'Monthly visit',
        channel: 'SALESMAN',
        commerce_id: commerce.id,
        idempotency_key: 'task-2025-01-15-001',
        assigned_route_id: route.id,
        assigned_operator_id: operator.id,
        scheduled_at: '2025-01-16T09:00:00.000Z',
        attribute_keys: ['commerce_info', 'promotions'],
      },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      type: 'TASK',
      channel: 'SALESMAN',
      status: 'READY',
      taskDetails: { assignedRouteId: route.id, assignedOperatorId: operator.id },
    });
  });

  it('404 naming the missing route or operator', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const route = await seedRoute(ctx, admin.tenantId);
    const operator = await seedOperator(ctx, admin.tenantId);
    const base = {
      reason: 'Visit',
      channel: 'SALESMAN' as const,
      commerce_id: commerce.id,
      idempotency_key: 'task-x',
      assigned_route_id: route.id,
      assigned_operator_id: operator.id,
      scheduled_at: '2025-01-16T09:00:00.000Z',
    };
    const noRoute = await admin.api.POST('/api/activities/tasks', {
      body: { ...base, assigned_route_id: crypto.randomUUID() },
    });
    expect(noRoute.error?.code).toBe('ROUTE_NOT_FOUND');
    const noOperator = await admin.api.POST('/api/activities/tasks', {
      body: { ...base, assigned_operator_id: crypto.randomUUID() },
    });
    expect(noOperator.error?.code).toBe('OPERATOR_NOT_FOUND');
    expect(noOperator.response.status).toBe(404);
  });
});

describe('GET /api/activities (seed 000)', () => {
  async function fixture() {
    const admin = await actor(ctx);
    const store = await seedCommerce(ctx, admin.tenantId, { name: 'Almacén Don Pepe', externalId: 'ext-pepe' });
    const other = await seedCommerce(ctx, admin.tenantId, { name: 'Kiosko Sur', externalId: 'ext-sur', taxId: null });
    const route = await seedRoute(ctx, admin.tenantId);
    const operator = await seedOperator(ctx, admin.tenantId);
    const a = await createMessage(admin, store.id, {
      reason: 'Promoción de verano',
      scheduled_at: '2025-01-10T09:00:00.000Z',
    });
    const b = await createMessage(admin, other.id, {
      channel: 'EMAIL',
      scheduled_at: '2025-01-12T09:00:00.000Z',
      idempotency_key: 'Key_100%',
    });
    const { data: c } = await admin.api.POST('/api/activities/tasks', {
      body: {
        reason: 'Visit',
        channel: 'SALESMAN',
        commerce_id: other.id,
        idempotency_key: 'task-1',
        assigned_route_id: route.id,
        assigned_operator_id: operator.id,
        scheduled_at: '2025-01-11T09:00:00.000Z',
      },
    });
    await admin.api.POST('/api/activities/{id}/cancel', { params: { path: { id: b.id } }, body: {} });
    return { admin, store, other, a, b, c: c! };
  }

  it('lists in scheduledAt order with the envelope of seed 000', async () => {
    const { admin, a, b, c, store } = await fixture();
    const { data } = await admin.api.GET('/api/activities');
    expect(data?.data.map((x) => x.id)).toEqual([a.id, c.id, b.id]);
    expect(data?.meta).toEqual({ page: 1, limit: 25, total: 3, totalPages: 1 });
    expect(data?.data[0]).toMatchObject({
      commerceAssignment: { commerceId: store.id, commerce: { name: 'Almacén Don Pepe' } },
    });
  });

  it('filters by status, type, channel, commerce and an inclusive schedule window', async () => {
    const { admin, a, b, c, store } = await fixture();
    const ids = async (query: Record<string, string>) =>
      (await admin.api.GET('/api/activities', { params: { query } })).data?.data.map((x) => x.id);
    expect(await ids({ status: 'READY', type: 'TASK' })).toEqual([c.id]);
    expect(await ids({ status: 'CANCELED' })).toEqual([b.id]);
    expect(await ids({ channel: 'WHATSAPP' })).toEqual([a.id]);
    expect(await ids({ commerce_id: store.id })).toEqual([a.id]);
    expect(await ids({ scheduled_from: '2025-01-11T09:00:00.000Z', scheduled_to: '2025-01-12T09:00:00.000Z' })).toEqual(
      [c.id, b.id],
    );
    expect(await ids({ scheduled_from: '2025-01-11T10:00:00+01:00' })).toEqual([c.id, b.id]);
  });

  it('searches reason, idempotency key, commerce name and external id, ignoring case and accents', async () => {
    const { admin, a, b, c } = await fixture();
    const ids = async (search: string) =>
      (await admin.api.GET('/api/activities', { params: { query: { search } } })).data?.data.map((x) => x.id);
    expect(await ids('PROMOCION')).toEqual([a.id]);
    expect(await ids('almacen')).toEqual([a.id]);
    expect(await ids('EXT-SUR')).toEqual([c.id, b.id]);
    expect(await ids('key_100%')).toEqual([b.id]);
    expect(await ids('_')).toEqual([b.id]);
    expect(await ids('nothing like this')).toEqual([]);
  });

  it('paginates with per_page or its alias limit; a page past the end is empty with the right meta', async () => {
    const { admin, a, b, c } = await fixture();
    const page = async (query: Record<string, string>) =>
      (await admin.api.GET('/api/activities', { params: { query } })).data;
    expect(await page({ per_page: '2' })).toMatchObject({ meta: { page: 1, limit: 2, total: 3, totalPages: 2 } });
    expect((await page({ limit: '2', page: '2' }))?.data.map((x) => x.id)).toEqual([b.id]);
    expect((await page({ per_page: '1', page: '2' }))?.data.map((x) => x.id)).toEqual([c.id]);
    expect(await page({ page: '9' })).toEqual({ data: [], meta: { page: 9, limit: 25, total: 3, totalPages: 1 } });
    void a;
  });

  it.each([
    ['per_page=0', 'query.per_page'],
    ['per_page=101', 'query.per_page'],
    ['limit=101', 'query.limit'],
    ['page=0', 'query.page'],
    ['page=abc', 'query.page'],
    ['status=DONE', 'query.status'],
    ['type=LETTER', 'query.type'],
    ['scheduled_from=2025-13-01', 'query.scheduled_from'],
    ['commerce_id=123', 'query.commerce_id'],
  ])('400 for %s', async (query, path) => {
    const admin = await actor(ctx);
    const res = await send(ctx, 'GET', `/api/activities?${query}`, { headers: admin.headers });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it("never shows another tenant's activities", async () => {
    const { a } = await fixture();
    const stranger = await actor(ctx);
    const { data } = await stranger.api.GET('/api/activities');
    expect(data?.meta.total).toBe(0);
    for (const path of [
      '/api/activities/{id}',
      '/api/activities/{id}/status-events',
      '/api/activities/{id}/attributes',
    ] as const) {
      const { response, error } = await stranger.api.GET(path, { params: { path: { id: a.id } } });
      expect(response.status).toBe(404);
      expect(error?.code).toBe('ACTIVITY_NOT_FOUND');
    }
    const cancel = await stranger.api.POST('/api/activities/{id}/cancel', { params: { path: { id: a.id } }, body: {} });
    expect(cancel.response.status).toBe(404);
  });
});

describe('cancel', () => {
  it('cancels with a reason, records the event, and refuses a second time', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const created = await createMessage(admin, commerce.id);
    const path = { params: { path: { id: created.id } } };
    const canceled = await admin.api.POST('/api/activities/{id}/cancel', { ...path, body: { reason: 'Closed' } });
    expect(canceled.data?.status).toBe('CANCELED');
    const { data: events } = await admin.api.GET('/api/activities/{id}/status-events', path);
    expect(events?.at(-1)).toMatchObject({
      eventType: 'CANCELED',
      fromStatus: 'READY',
      toStatus: 'CANCELED',
      reason: 'Closed',
    });
    const again = await admin.api.POST('/api/activities/{id}/cancel', { ...path, body: {} });
    expect(again.response.status).toBe(409);
    expect(again.error?.code).toBe('INVALID_STATUS_TRANSITION');
  });

  it('takes no body at all', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const created = await createMessage(admin, commerce.id);
    const res = await send(ctx, 'POST', `/api/activities/${created.id}/cancel`, { headers: admin.headers });
    expect(res.status).toBe(200);
  });

  it('cancels an UNRESOLVED activity', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const created = await createMessage(admin, commerce.id, { attribute_keys: ['target_contact'] });
    const res = await admin.api.POST('/api/activities/{id}/cancel', { params: { path: { id: created.id } }, body: {} });
    expect(res.data?.status).toBe('CANCELED');
  });
});

describe('permissions', () => {
  it('a VIEWER reads but cannot create or cancel; an FDE creates but cannot cancel', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const created = await createMessage(admin, commerce.id);
    const viewer = await actor(ctx, { roles: ['VIEWER'], tenantId: admin.tenantId });
    const fde = await actor(ctx, { roles: ['FDE'], tenantId: admin.tenantId });
    expect(
      (await viewer.api.GET('/api/activities/{id}', { params: { path: { id: created.id } } })).response.status,
    ).toBe(200);
    expect((await viewer.api.POST('/api/activities', { body: message(commerce.id) })).response.status).toBe(403);
    expect((await fde.api.POST('/api/activities', { body: message(commerce.id) })).response.status).toBe(201);
    const cancel = await fde.api.POST('/api/activities/{id}/cancel', {
      params: { path: { id: created.id } },
      body: {},
    });
    expect(cancel.response.status).toBe(403);
  });

  it('401 without a token on every activities operation', async () => {
    const id = crypto.randomUUID();
    for (const [method, path] of [
      ['POST', '/api/activities'],
      ['POST', '/api/activities/tasks'],
      ['GET', '/api/activities'],
      ['GET', `/api/activities/${id}`],
      ['GET', `/api/activities/${id}/status-events`],
      ['GET', `/api/activities/${id}/attributes`],
      ['POST', `/api/activities/${id}/cancel`],
    ]) {
      const res = await send(ctx, method!, path!, { body: method === 'POST' ? {} : undefined });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });
});
