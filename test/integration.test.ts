// The integration API a partner uses with an API key: its tenant's result codes, the tasks that changed (a
// cursor that never skips a late commit), and results, through the one result engine with a partner's rules.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedCommerce, seedOperator, seedRoute } from './factories.ts';
import { actor, apiKey, send, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

/** A tenant with a commerce, an ADMIN, and a partner's key (VIEW_ACTIVITIES + SUBMIT_ACTIVITY_RESULT). */
async function partnerSetup() {
  const admin = await actor(ctx);
  const commerce = await seedCommerce(ctx, admin.tenantId, { externalId: 'store-001' });
  const route = await seedRoute(ctx, admin.tenantId);
  const operator = await seedOperator(ctx, admin.tenantId);
  const key = await apiKey(ctx, admin.tenantId, { permissions: ['VIEW_ACTIVITIES', 'SUBMIT_ACTIVITY_RESULT'] });
  const fixtures = { commerce: commerce.id, route: route.id, operator: operator.id };
  return { admin: { ...admin, fixtures }, key: key.headers, tenantId: admin.tenantId };
}

type Admin = Awaited<ReturnType<typeof partnerSetup>>['admin'];

async function createTask(admin: Admin, n: string, providerId?: string) {
  const res = await send(ctx, 'POST', '/api/activities/tasks', {
    headers: admin.headers,
    body: {
      reason: `Visit ${n}`,
      channel: 'SALESMAN',
      commerce_id: admin.fixtures.commerce,
      assigned_route_id: admin.fixtures.route,
      assigned_operator_id: admin.fixtures.operator,
      idempotency_key: `task-${n}-${crypto.randomUUID()}`,
      scheduled_at: '2025-01-16T09:00:00.000Z',
    },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  const task = (await res.json()) as { id: string };
  if (providerId) {
    await ctx.owner.em
      .fork()
      .getConnection()
      .execute('update activity set provider_activity_id = ? where id = ?', [providerId, task.id]);
  }
  return task.id;
}

interface Changes {
  data: { id: string; status: string }[];
  nextCursor: string | null;
  hasMore: boolean;
}

async function pull(key: Record<string, string>, query = ''): Promise<Changes> {
  const res = await send(ctx, 'GET', `/api/integration/activities/tasks${query}`, { headers: key });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}

/**
 * Pulls until `done` holds (at most 5 s): a change is delivered once every transaction older than it has ended,
 * anywhere in the database, and other test files run transactions of their own meanwhile.
 */
async function pullUntil(key: Record<string, string>, query: string, done: (changes: Changes) => boolean) {
  let changes = await pull(key, query);
  for (let i = 0; i < 100 && !done(changes); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    changes = await pull(key, query);
  }
  return changes;
}

describe('task result types', () => {
  it('start with the four of the Reten docs, and are administered per tenant', async () => {
    const { admin, key } = await partnerSetup();
    const codes = await (await send(ctx, 'GET', '/api/integration/task-result-type-configs', { headers: key })).json();
    expect(codes).toEqual([
      { code: 'NOT_INTERESTED', label: 'Not interested', requiresFutureScheduledAt: false },
      { code: 'NO_CONTACT', label: 'No contact', requiresFutureScheduledAt: false },
      { code: 'RESCHEDULE', label: 'Reschedule the visit', requiresFutureScheduledAt: true },
      { code: 'SALE_COMPLETED', label: 'Sale completed', requiresFutureScheduledAt: false },
    ]);
    const path = '/api/activity-config/task-result-types';
    const made = await send(ctx, 'POST', path, {
      headers: admin.headers,
      body: { code: 'ORDER_TAKEN', label: 'Order taken' },
    });
    expect(made.status).toBe(201);
    const type = await made.json();
    expect(type).toMatchObject({ code: 'ORDER_TAKEN', requiresFutureScheduledAt: false });
    const again = await send(ctx, 'POST', path, { headers: admin.headers, body: { code: 'ORDER_TAKEN', label: 'x' } });
    expect(await again.json()).toMatchObject({ status: 409, code: 'RESOURCE_CONFLICT' });
    const patched = await send(ctx, 'PATCH', `${path}/${type.id}`, {
      headers: admin.headers,
      body: { requires_future_scheduled_at: true },
    });
    expect(await patched.json()).toMatchObject({ code: 'ORDER_TAKEN', requiresFutureScheduledAt: true });
    // Another tenant neither sees nor touches it.
    const stranger = await actor(ctx);
    expect((await send(ctx, 'DELETE', `${path}/${type.id}`, { headers: stranger.headers })).status).toBe(404);
    const theirs = await (await send(ctx, 'GET', path, { headers: stranger.headers })).json();
    expect(theirs.map((t: { code: string }) => t.code)).not.toContain('ORDER_TAKEN');
    expect((await send(ctx, 'DELETE', `${path}/${type.id}`, { headers: admin.headers })).status).toBe(204);
    expect((await send(ctx, 'DELETE', `${path}/${type.id}`, { headers: admin.headers })).status).toBe(404);
  });
});

describe('the integration API takes API keys only', () => {
  it.each([
    ['GET', '/api/integration/task-result-type-configs'],
    ['GET', '/api/integration/activities/tasks'],
    ['POST', '/api/integration/activity-results/tasks'],
  ])('%s %s: a user token is 401', async (method, path) => {
    const { admin } = await partnerSetup();
    const res = await send(ctx, method, path, { headers: admin.headers, body: method === 'POST' ? {} : undefined });
    expect(res.status).toBe(401);
    expect((await res.json()).detail).toMatch(/takes an API key/);
  });

  it('a key without SUBMIT_ACTIVITY_RESULT may read but not submit (403)', async () => {
    const { tenantId } = await partnerSetup();
    const reader = await apiKey(ctx, tenantId, { permissions: ['VIEW_ACTIVITIES'] });
    expect((await send(ctx, 'GET', '/api/integration/activities/tasks', { headers: reader.headers })).status).toBe(200);
    const res = await send(ctx, 'POST', '/api/integration/activity-results/tasks', {
      headers: reader.headers,
      body: {
        provider_activity_id: 'x',
        commerce_external_id: 'store-001',
        status: 'EFFECTIVE',
        occurred_at: '2025-01-16T14:30:00.000Z',
        task_result: { result: 'SALE_COMPLETED' },
      },
    });
    expect(res.status).toBe(403);
  });
});

describe('pulling task changes', () => {
  it('delivers every task once per change, in order, and resumes after the cursor', async () => {
    const { admin, key } = await partnerSetup();
    const a = await createTask(admin, 'a');
    const b = await createTask(admin, 'b');
    // A MESSAGE is not a task: never delivered.
    const first = await pullUntil(key, '', (c) => c.data.length === 2);
    expect(first.data.map((t) => t.id)).toEqual([a, b]);
    expect(first.hasMore).toBe(false);
    const empty = await pull(key, `?cursor=${first.nextCursor}`);
    expect(empty).toEqual({ data: [], nextCursor: first.nextCursor, hasMore: false });
    // A change to a: delivered again, after the cursor, as it is now.
    await send(ctx, 'POST', `/api/activities/${a}/cancel`, { headers: admin.headers, body: { reason: 'closed' } });
    const next = await pullUntil(key, `?cursor=${first.nextCursor}`, (c) => c.data.length === 1);
    expect(next.data).toEqual([expect.objectContaining({ id: a, status: 'CANCELED' })]);
    // Pages: limit and hasMore.
    const page = await pull(key, '?limit=1');
    expect(page).toMatchObject({ hasMore: true, data: [{ id: b }] });
    expect((await pull(key, `?limit=1&cursor=${page.nextCursor}`)).data.map((t) => t.id)).toEqual([a]);
    // Filters apply to each call.
    expect((await pull(key, '?status=CANCELED')).data.map((t) => t.id)).toEqual([a]);
  });

  it('never skips a change that commits late: it waits behind it, then comes first', async () => {
    const { admin, key, tenantId } = await partnerSetup();
    const early = await createTask(admin, 'early');
    const start = await pullUntil(key, '', (c) => c.data.length === 1);
    expect(start.data.map((t) => t.id)).toEqual([early]);
    // A writer changes `early` and stays open; meanwhile another task is created and committed.
    const writer = new pg.Client({ connectionString: inject('databaseUrl') });
    await writer.connect();
    try {
      await writer.query('begin');
      await writer.query(`update activity set reason = 'changed late' where tenant_id = $1 and id = $2`, [
        tenantId,
        early,
      ]);
      const later = await createTask(admin, 'later');
      // The later task committed, but an older transaction is still open: nothing after the cursor yet.
      expect((await pull(key, `?cursor=${start.nextCursor}`)).data).toEqual([]);
      await writer.query('commit');
      const after = await pullUntil(key, `?cursor=${start.nextCursor}`, (c) => c.data.length === 2);
      expect(after.data.map((t) => t.id)).toEqual([early, later]);
    } finally {
      await writer.end();
    }
  });

  it('across concurrent creations, a partner pulling all along gets every task', async () => {
    const { admin, key } = await partnerSetup();
    const created: Promise<string>[] = [];
    for (let i = 0; i < 20; i++) created.push(createTask(admin, `c${i}`));
    const seen = new Set<string>();
    let cursor: string | null = null;
    const drain = async () => {
      const page = await pull(key, `?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      for (const task of page.data) seen.add(task.id);
      cursor = page.nextCursor;
    };
    // Pull while the creations run, and after: every task turns up (at most 500 calls).
    let finished = false;
    const all = Promise.all(created).then((ids) => {
      finished = true;
      return ids;
    });
    for (let calls = 0; calls < 500 && !(finished && seen.size === 20); calls++) await drain();
    expect([...seen].sort()).toEqual((await all).sort());
  });

  it('refuses a cursor it did not make (400)', async () => {
    const { key } = await partnerSetup();
    const res = await send(ctx, 'GET', '/api/integration/activities/tasks?cursor=nope', { headers: key });
    expect(res.status).toBe(400);
  });
});

describe('submitting results', () => {
  const submit = (key: Record<string, string>, body: object) =>
    send(ctx, 'POST', '/api/integration/activity-results/tasks', { headers: key, body });
  const result = (extra: object) => ({
    commerce_external_id: 'store-001',
    status: 'EFFECTIVE',
    occurred_at: '2025-01-16T14:30:00.000Z',
    task_result: { result: 'SALE_COMPLETED' },
    ...extra,
  });
  const statusOf = async (admin: { headers: Record<string, string> }, id: string) =>
    (await (await send(ctx, 'GET', `/api/activities/${id}`, { headers: admin.headers })).json()).status;

  it('maps EFFECTIVE to COMPLETED, NOT_EFFECTIVE to a failed task, PENDING to no change', async () => {
    const { admin, key } = await partnerSetup();
    const [done, failed, waiting] = [
      await createTask(admin, '1'),
      await createTask(admin, '2'),
      await createTask(admin, '3'),
    ];
    const made = await submit(key, result({ activity_id: done }));
    expect(made.status).toBe(201);
    expect(await made.json()).toMatchObject({ resultStatus: 'COMPLETED', source: 'RETEN_ACTIVITY' });
    expect(await statusOf(admin, done)).toBe('COMPLETED');
    await submit(key, result({ activity_id: failed, status: 'NOT_EFFECTIVE', task_result: { result: 'NO_CONTACT' } }));
    expect(await statusOf(admin, failed)).toBe('FAILED');
    await submit(key, result({ activity_id: waiting, status: 'PENDING' }));
    expect(await statusOf(admin, waiting)).toBe('READY');
  });

  it("validates the code: the tenant's codes only, and a future date where the code needs one", async () => {
    const { admin, key } = await partnerSetup();
    const id = await createTask(admin, 'codes');
    const unknown = await submit(key, result({ activity_id: id, task_result: { result: 'success' } }));
    expect(unknown.status).toBe(400);
    const problem = await unknown.json();
    expect(problem.code).toBe('UNKNOWN_RESULT_CODE');
    expect(problem.errors[0]).toMatchObject({ path: 'body.task_result.result' });
    expect(problem.errors[0].message).toContain('SALE_COMPLETED');
    for (const future of [undefined, '2020-01-01T00:00:00.000Z']) {
      const res = await submit(
        key,
        result({ activity_id: id, task_result: { result: 'RESCHEDULE', future_scheduled_at: future } }),
      );
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].path).toBe('body.task_result.future_scheduled_at');
    }
    const ok = await submit(
      key,
      result({
        activity_id: id,
        status: 'PENDING',
        task_result: { result: 'RESCHEDULE', future_scheduled_at: '2999-01-01T09:00:00.000Z' },
      }),
    );
    expect(ok.status).toBe(201);
  });

  it('404 for a task or a commerce the tenant does not have; activity_id wins over provider_activity_id', async () => {
    const { admin, key } = await partnerSetup();
    const id = await createTask(admin, 'match', 'yom-1');
    expect((await submit(key, result({ activity_id: crypto.randomUUID() }))).status).toBe(404);
    expect(await (await submit(key, result({ provider_activity_id: 'nobody' }))).json()).toMatchObject({
      code: 'ACTIVITY_NOT_FOUND',
    });
    expect(
      await (await submit(key, result({ activity_id: id, commerce_external_id: 'no-such-store' }))).json(),
    ).toMatchObject({ status: 404, code: 'COMMERCE_NOT_FOUND' });
    // Both given: activity_id decides, whatever the provider id says.
    const both = await submit(key, result({ activity_id: id, provider_activity_id: 'nobody' }));
    expect(both.status).toBe(201);
    expect((await both.json()).activityId).toBe(id);
    // Another tenant's task is unknown here.
    const other = await partnerSetup();
    expect((await submit(other.key, result({ activity_id: id }))).status).toBe(404);
  });

  it('409 over a final result unless hard_override, which replaces it', async () => {
    const { admin, key } = await partnerSetup();
    const id = await createTask(admin, 'final');
    await submit(key, result({ activity_id: id }));
    const again = await submit(key, result({ activity_id: id, occurred_at: '2025-01-16T15:00:00.000Z' }));
    expect(await again.json()).toMatchObject({ status: 409, code: 'RESULT_FINAL' });
    const forced = await submit(
      key,
      result({
        activity_id: id,
        status: 'NOT_EFFECTIVE',
        hard_override: true,
        occurred_at: '2025-01-16T15:00:00.000Z',
        task_result: { result: 'NO_CONTACT' },
      }),
    );
    expect(forced.status).toBe(200);
    expect(await forced.json()).toMatchObject({ resultStatus: 'NOT_EXECUTED', hardOverride: true });
    expect(await statusOf(admin, id)).toBe('FAILED');
  });
});

describe("a partner's quickstart, end to end", () => {
  it('key, result codes, tasks pulled by cursor while others are created, results for each', async () => {
    const { admin } = await partnerSetup();
    // 1. An ADMIN makes the partner a key.
    const made = await send(ctx, 'POST', '/api/api-keys', {
      headers: admin.headers,
      body: { name: 'YOM integration', permissions: ['VIEW_ACTIVITIES', 'SUBMIT_ACTIVITY_RESULT'] },
    });
    const key = { 'x-api-key': (await made.json()).plaintextKey as string };
    // 2. The partner checks it.
    const codes = await (await send(ctx, 'GET', '/api/integration/task-result-type-configs', { headers: key })).json();
    expect(codes.map((c: { code: string }) => c.code)).toContain('SALE_COMPLETED');
    // 3. It pulls while the tenant keeps creating tasks, resuming from its cursor each time.
    const creating = Promise.all(Array.from({ length: 12 }, (_, i) => createTask(admin, `qs${i}`)));
    const delivered = new Set<string>();
    let cursor: string | null = null;
    let finished = false;
    void creating.then(() => {
      finished = true;
    });
    for (let calls = 0; calls < 500 && !(finished && delivered.size === 12); calls++) {
      const page = await pull(key, `?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      for (const task of page.data) delivered.add(task.id);
      cursor = page.nextCursor;
    }
    expect([...delivered].sort()).toEqual((await creating).sort());
    // 4. It reports on each task; the next pull brings the completed tasks again, after its cursor.
    for (const id of delivered) {
      const res = await send(ctx, 'POST', '/api/integration/activity-results/tasks', {
        headers: key,
        body: {
          activity_id: id,
          commerce_external_id: 'store-001',
          status: 'EFFECTIVE',
          occurred_at: '2025-01-16T14:30:00.000Z',
          task_result: { result: 'SALE_COMPLETED' },
        },
      });
      expect(res.status).toBe(201);
    }
    const changed = await pullUntil(key, `?limit=50&cursor=${cursor}`, (c) => c.data.length === 12);
    expect(changed.data.map((t) => t.status)).toEqual(Array(12).fill('COMPLETED'));
  });
});
