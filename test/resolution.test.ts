import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../packages/client/src/index.ts';
import { TestClock, testDispatcher } from './dispatch-support.ts';
import { actor, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
type Actor = Awaited<ReturnType<typeof actor>>;

// A real HTTP client hook on loopback; each test sets how it answers.
let hook: Server;
let hookUrl: string;
let answer: (body: string, req: IncomingMessage, res: ServerResponse) => void;
const received: { body: string; timestamp: string; signature: string }[] = [];

beforeAll(async () => {
  ctx = await setupApp();
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({
        body,
        timestamp: String(req.headers['x-reten-timestamp']),
        signature: String(req.headers['x-reten-signature']),
      });
      answer(body, req, res);
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const address = hook.address();
  hookUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`;
});
afterAll(async () => {
  hook.closeAllConnections();
  await new Promise((resolve) => hook.close(resolve));
  await ctx.close();
});

const SECRET = 'whsec_0123456789abcdef';

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** A commerce with three users, synced through the API: Ana owns it (phone), Bob is its rep (WhatsApp), Carl is an admin (e-mail). */
async function commerceWithUsers(who: Actor, externalId = `store-${crypto.randomUUID().slice(0, 8)}`) {
  const { response } = await who.api.POST('/api/commerces/sync', {
    body: {
      items: [
        {
          external_id: externalId,
          name: 'Almacén Central',
          users: [
            {
              external_id: 'ana',
              name: 'Ana Owner',
              roles: ['OWNER'],
              contacts: [{ contact_type: 'PHONE', value: '+56911111111' }],
            },
            {
              external_id: 'bob',
              name: 'Bob Rep',
              roles: ['COMMERCE_REP'],
              contacts: [{ contact_type: 'WHATSAPP', value: '+56922222222' }],
            },
            {
              external_id: 'carl',
              name: 'Carl Admin',
              roles: ['ADMIN'],
              contacts: [{ contact_type: 'EMAIL', value: 'carl@example.com' }],
            },
          ],
        },
      ],
    },
  });
  expect(response.status).toBe(200);
  const list = await who.api.GET('/api/commerces', { params: { query: { external_id: externalId } } });
  const id = list.data!.data[0]!.id;
  const detail = await who.api.GET('/api/commerces/{id}', { params: { path: { id } } });
  const user = (name: string) => detail.data!.users.find((u) => u.firstName === name)!.id;
  return { id, externalId, ana: user('Ana'), bob: user('Bob'), carl: user('Carl') };
}

async function create(who: Actor, commerceId: string, fields: Record<string, unknown> = {}) {
  const { data, response, error } = await who.api.POST('/api/activities', {
    body: {
      type: 'MESSAGE',
      reason: 'Promo',
      channel: 'WHATSAPP',
      commerce_id: commerceId,
      idempotency_key: crypto.randomUUID(),
      scheduled_at: '2025-01-16T09:00:00.000Z',
      ...fields,
    },
  });
  expect(response.status, JSON.stringify(error)).toBe(201);
  return data!;
}

async function attributes(who: Actor, id: string) {
  const keys = (await who.api.GET('/api/activity-config/attribute-keys')).data!;
  const { data } = await who.api.GET('/api/activities/{id}/attributes', { params: { path: { id } } });
  return Object.fromEntries(data!.map((a) => [keys.find((k) => k.id === a.attributeKeyId)!.key, a]));
}

async function targets(who: Actor, id: string) {
  return (await who.api.GET('/api/activities/{id}/target-users', { params: { path: { id } } })).data!;
}

/** An attribute-key id, which the document lists (an enum of the catalog's ids). */
type KeyId = components['schemas']['UpsertAttributePolicyBody']['attribute_key_id'];

async function keyId(who: Actor, key: string): Promise<KeyId> {
  return (await who.api.GET('/api/activity-config/attribute-keys')).data!.find((k) => k.key === key)!.id as KeyId;
}

async function policy(
  who: Actor,
  key: string,
  strategy: 'UPFRONT' | 'ON_DISPATCH' | 'CALLER_PROVIDED',
  resolverType: 'INTERNAL_SERVICE' | 'CLIENT_HOOK' = 'INTERNAL_SERVICE',
) {
  const { response } = await who.api.POST('/api/activity-config/attribute-policies', {
    body: { attribute_key_id: await keyId(who, key), strategy, resolver_type: resolverType },
  });
  expect(response.status).toBe(200);
}

describe('attribute policies', () => {
  it('upserts one policy per key, visible to viewers and to nobody else', async () => {
    const admin = await actor(ctx);
    await policy(admin, 'promotions', 'UPFRONT');
    await policy(admin, 'promotions', 'ON_DISPATCH');
    const { data } = await admin.api.GET('/api/activity-config/attribute-policies');
    expect(data).toEqual([
      expect.objectContaining({ strategy: 'ON_DISPATCH', attributeKey: { key: 'promotions', label: 'Promotions' } }),
    ]);

    const viewer = await actor(ctx, { roles: ['VIEWER'], tenantId: admin.tenantId });
    expect((await viewer.api.GET('/api/activity-config/attribute-policies')).data).toHaveLength(1);
    const denied = await viewer.api.POST('/api/activity-config/attribute-policies', {
      body: {
        attribute_key_id: await keyId(admin, 'promotions'),
        strategy: 'UPFRONT',
        resolver_type: 'INTERNAL_SERVICE',
      },
    });
    expect(denied.response.status).toBe(403);
    const stranger = await actor(ctx);
    expect((await stranger.api.GET('/api/activity-config/attribute-policies')).data).toEqual([]);
  });

  it('400 for a key outside the catalog', async () => {
    const admin = await actor(ctx);
    const { response, error } = await admin.api.POST('/api/activity-config/attribute-policies', {
      // Outside the document's enum, as a client not built from it may send.
      body: { attribute_key_id: crypto.randomUUID() as KeyId, strategy: 'UPFRONT', resolver_type: 'INTERNAL_SERVICE' },
    });
    expect(response.status).toBe(400);
    expect(error?.code).toBe('UNKNOWN_ATTRIBUTE_KEY');
  });

  it('ON_DISPATCH leaves the attribute PENDING and the activity READY', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    await policy(admin, 'promotions', 'ON_DISPATCH');
    const activity = await create(admin, store.id, { attribute_keys: ['promotions'] });
    expect(activity.status).toBe('READY');
    expect((await attributes(admin, activity.id)).promotions).toMatchObject({
      resolutionStatus: 'PENDING',
      value: null,
      resolverType: null,
    });
  });

  it('CALLER_PROVIDED needs a value: FALLBACK with a fallback, FAILED (UNRESOLVED) without', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    await policy(admin, 'commerce_info', 'CALLER_PROVIDED');
    const missing = await create(admin, store.id, { attribute_keys: ['commerce_info'] });
    expect(missing.status).toBe('UNRESOLVED');
    expect((await attributes(admin, missing.id)).commerce_info).toMatchObject({
      resolutionStatus: 'FAILED',
      resolverType: 'CALLER_PROVIDED',
    });
    const fallback = await create(admin, store.id, {
      attributes: [{ key: 'commerce_info', fallback: { name: 'n/a' } }],
    });
    expect((await attributes(admin, fallback.id)).commerce_info).toMatchObject({
      resolutionStatus: 'FALLBACK',
      value: { name: 'n/a' },
    });
    const given = await create(admin, store.id, { attributes: [{ key: 'commerce_info', value: { name: 'Given' } }] });
    expect((await attributes(admin, given.id)).commerce_info).toMatchObject({
      resolutionStatus: 'RESOLVED',
      resolverType: 'CALLER_PROVIDED',
    });
  });
});

describe('client hook', () => {
  async function withHook(timeoutMs = 2000) {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    const put = await admin.api.PUT('/api/activity-config/client-hook', {
      body: { url: hookUrl, secret: SECRET, timeout_ms: timeoutMs },
    });
    expect(put.response.status).toBe(200);
    await policy(admin, 'promotions', 'UPFRONT', 'CLIENT_HOOK');
    return { admin, store };
  }

  it('is stored without ever returning its secret', async () => {
    const { admin } = await withHook();
    const { data } = await admin.api.GET('/api/activity-config/client-hook');
    expect(data).toMatchObject({ url: hookUrl, timeoutMs: 2000, hasSecret: true });
    expect(JSON.stringify(data)).not.toContain(SECRET);
    const rows = await ctx.owner.em
      .fork()
      .getConnection()
      .execute<{ secret_envelope: string }[]>('select secret_envelope from client_hook where tenant_id = ?', [
        admin.tenantId,
      ]);
    expect(rows[0]!.secret_envelope).not.toContain(SECRET);
    const stranger = await actor(ctx);
    expect((await stranger.api.GET('/api/activity-config/client-hook')).response.status).toBe(404);
  });

  it('resolves with a signed request and the `value` of a 2xx answer', async () => {
    const { admin, store } = await withHook();
    answer = (_, __, res) => json(res, 200, { value: [{ sku: 'P-1', discount: 0.15 }] });
    received.length = 0;
    const activity = await create(admin, store.id, { attribute_keys: ['promotions'] });
    expect(activity.status).toBe('READY');
    expect((await attributes(admin, activity.id)).promotions).toMatchObject({
      resolutionStatus: 'RESOLVED',
      resolverType: 'CLIENT_HOOK',
      value: [{ sku: 'P-1', discount: 0.15 }],
    });
    const [call] = received;
    const expected = `sha256=${createHmac('sha256', SECRET).update(`${call!.timestamp}.${call!.body}`).digest('hex')}`;
    expect(call!.signature).toBe(expected);
    expect(JSON.parse(call!.body)).toMatchObject({
      key: 'promotions',
      activity: { channel: 'WHATSAPP' },
      commerce: { id: store.id },
    });
  });

  it.each([
    ['a 500', (res: ServerResponse) => json(res, 500, { error: 'down' }), 'answered 500'],
    [
      'malformed JSON',
      (res: ServerResponse) => res.writeHead(200, { 'content-type': 'application/json' }).end('{nope'),
      'malformed JSON',
    ],
    ['no value', (res: ServerResponse) => json(res, 200, { result: 1 }), 'no "value"'],
    [
      'a redirect',
      (res: ServerResponse) => res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end(),
      'answered 302',
    ],
  ])('fails the attribute with the reason on %s', async (_, reply, reason) => {
    const { admin, store } = await withHook();
    answer = (__, ___, res) => reply(res);
    const activity = await create(admin, store.id, { attribute_keys: ['promotions'] });
    expect(activity.status).toBe('UNRESOLVED');
    const promotions = (await attributes(admin, activity.id)).promotions;
    expect(promotions).toMatchObject({ resolutionStatus: 'FAILED', resolverType: 'CLIENT_HOOK' });
    expect(promotions?.errorMessage).toContain(reason);
  });

  it('fails on a timeout, and a retry after the hook recovers makes the activity READY', async () => {
    const { admin, store } = await withHook(200);
    answer = (_, __, res) => setTimeout(() => json(res, 200, { value: 'late' }), 1000);
    const activity = await create(admin, store.id, { attribute_keys: ['promotions'] });
    expect((await attributes(admin, activity.id)).promotions?.errorMessage).toContain('did not answer within 200 ms');

    answer = (_, __, res) => json(res, 200, { value: ['recovered'] });
    const retried = await admin.api.PATCH('/api/activities/{id}/retry-resolution', {
      params: { path: { id: activity.id } },
    });
    expect(retried.data?.status).toBe('READY');
    expect((await attributes(admin, activity.id)).promotions).toMatchObject({
      resolutionStatus: 'RESOLVED',
      value: ['recovered'],
    });
  });
});

describe('target users', () => {
  async function config(who: Actor, body: Record<string, unknown>) {
    const { response, data, error } = await who.api.POST('/api/activity-config/target-resolution', {
      body: body as never,
    });
    expect(response.status, JSON.stringify(error)).toBe(201);
    return data!;
  }

  it('without a config or target_criteria an activity has no target user', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    const activity = await create(admin, store.id);
    expect(await targets(admin, activity.id)).toEqual([]);
  });

  it('matches criteria by priority, needing a contact of the channel, then falls back to the rep and the owner', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    await config(admin, {
      resolution_strategy: 'ON_CREATION',
      criteria: [{ type: 'ROLE_MATCH', config: { role: 'ADMIN' } }],
    });

    const email = await create(admin, store.id, { channel: 'EMAIL' });
    expect(await targets(admin, email.id)).toEqual([
      expect.objectContaining({
        commerceUserId: store.carl,
        resolutionStatus: 'RESOLVED',
        resolutionStrategy: 'ON_CREATION',
        lockReason: 'CRITERIA_MATCH',
        commerceUser: { firstName: 'Carl', lastName: 'Admin' },
      }),
    ]);
    const whatsapp = await create(admin, store.id, { channel: 'WHATSAPP' });
    expect((await targets(admin, whatsapp.id))[0]).toMatchObject({
      commerceUserId: store.bob,
      lockReason: 'FALLBACK_COMMERCE_REP',
    });
    const sms = await create(admin, store.id, { channel: 'SMS' });
    expect((await targets(admin, sms.id))[0]).toMatchObject({
      commerceUserId: store.ana,
      lockReason: 'FALLBACK_OWNER',
    });
  });

  it('target_criteria on the activity overrides the config, and target_contact follows the target', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    await config(admin, { resolution_strategy: 'MANUAL' });
    const activity = await create(admin, store.id, {
      channel: 'WHATSAPP',
      target_criteria: [{ type: 'ROLE_MATCH', config: { role: 'COMMERCE_REP' } }],
      attribute_keys: ['target_contact'],
    });
    expect((await targets(admin, activity.id))[0]).toMatchObject({
      commerceUserId: store.bob,
      lockReason: 'CRITERIA_MATCH',
    });
    expect((await attributes(admin, activity.id)).target_contact).toMatchObject({
      resolutionStatus: 'RESOLVED',
      value: { commerceUserId: store.bob, type: 'WHATSAPP', value: '+56922222222' },
    });
  });

  it('LAST_CONTACTED_SAME_CHANNEL picks whom the last dispatched activity on that channel addressed', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    const first = await create(admin, store.id, {
      channel: 'WHATSAPP',
      target_criteria: [{ type: 'ROLE_MATCH', config: { role: 'COMMERCE_REP' } }],
    });
    await ctx.owner.em
      .fork()
      .getConnection()
      .execute(`update activity set status = 'DISPATCHED' where id = ?`, [first.id]);
    await config(admin, {
      resolution_strategy: 'ON_CREATION',
      fallback_to_commerce_rep: false,
      criteria: [{ type: 'LAST_CONTACTED_SAME_CHANNEL' }],
    });
    const next = await create(admin, store.id, { channel: 'WHATSAPP' });
    expect((await targets(admin, next.id))[0]).toMatchObject({
      commerceUserId: store.bob,
      lockReason: 'CRITERIA_MATCH',
    });
    const otherChannel = await create(admin, store.id, { channel: 'EMAIL' });
    expect((await targets(admin, otherChannel.id))[0]).toMatchObject({ resolutionStatus: 'FAILED' });
  });

  it('keeps priorities unique among active configs', async () => {
    const admin = await actor(ctx);
    await config(admin, { resolution_strategy: 'ON_CREATION', priority: 1 });
    const clash = await admin.api.POST('/api/activity-config/target-resolution', {
      body: { resolution_strategy: 'MANUAL', priority: 1 },
    });
    expect(clash.response.status).toBe(409);
    const inactive = await config(admin, { resolution_strategy: 'MANUAL', priority: 1, is_active: false });
    const reactivate = await admin.api.PATCH('/api/activity-config/target-resolution/{id}', {
      params: { path: { id: inactive.id } },
      body: { is_active: true },
    });
    expect(reactivate.response.status).toBe(409);
    const removed = await admin.api.DELETE('/api/activity-config/target-resolution/{id}', {
      params: { path: { id: inactive.id } },
    });
    expect(removed.response.status).toBe(204);
    expect((await admin.api.GET('/api/activity-config/target-resolution')).data).toHaveLength(1);
  });

  it('MANUAL leaves the target PENDING; a manual assignment locks it', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    const other = await commerceWithUsers(admin);
    await config(admin, { resolution_strategy: 'MANUAL' });
    const activity = await create(admin, store.id);
    const [target] = await targets(admin, activity.id);
    expect(target).toMatchObject({ resolutionStatus: 'PENDING', resolutionStrategy: 'MANUAL', commerceUserId: null });
    const path = { params: { path: { id: activity.id, targetUserId: target!.id } } };

    const wrong = await admin.api.PATCH('/api/activities/{id}/target-users/{targetUserId}/resolve', {
      ...path,
      body: { commerce_user_id: other.ana },
    });
    expect(wrong.error?.code).toBe('COMMERCE_USER_NOT_FOUND');
    const assigned = await admin.api.PATCH('/api/activities/{id}/target-users/{targetUserId}/resolve', {
      ...path,
      body: { commerce_user_id: store.ana },
    });
    expect(assigned.data).toMatchObject({
      commerceUserId: store.ana,
      resolutionStatus: 'LOCKED',
      lockReason: 'MANUAL_ASSIGNMENT',
    });
    expect(assigned.data?.lockedAt).toBeTruthy();
    const again = await admin.api.PATCH('/api/activities/{id}/target-users/{targetUserId}/resolve', {
      ...path,
      body: { commerce_user_id: store.bob },
    });
    expect(again.response.status).toBe(409);
    expect(again.error?.code).toBe('TARGET_USER_LOCKED');
  });
});

describe('retry-resolution', () => {
  it('stays UNRESOLVED while the cause remains, becomes READY once fixed, and refuses a READY activity', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    const cfg = await admin.api.POST('/api/activity-config/target-resolution', {
      body: {
        resolution_strategy: 'ON_CREATION',
        fallback_to_commerce_rep: false,
        fallback_to_owner: false,
        criteria: [{ type: 'ROLE_MATCH', config: { role: 'FINANCE' } }],
      },
    });
    const activity = await create(admin, store.id, { channel: 'SMS' });
    expect(activity.status).toBe('UNRESOLVED');
    const path = { params: { path: { id: activity.id } } };

    const stillFailing = await admin.api.PATCH('/api/activities/{id}/retry-resolution', path);
    expect(stillFailing.data?.status).toBe('UNRESOLVED');
    await admin.api.PATCH('/api/activity-config/target-resolution/{id}', {
      params: { path: { id: cfg.data!.id } },
      body: { fallback_to_owner: true },
    });
    const fixed = await admin.api.PATCH('/api/activities/{id}/retry-resolution', path);
    expect(fixed.data?.status).toBe('READY');
    expect((await targets(admin, activity.id))[0]).toMatchObject({
      commerceUserId: store.ana,
      lockReason: 'FALLBACK_OWNER',
    });

    const { data: events } = await admin.api.GET('/api/activities/{id}/status-events', path);
    expect(events!.map((e) => `${e.eventType}:${e.fromStatus ?? '-'}>${e.toStatus}`)).toEqual([
      'CREATED:->READY',
      'RESOLUTION_FAILED:READY>UNRESOLVED',
      'RESOLUTION_RETRY_FAILED:UNRESOLVED>UNRESOLVED',
      'RESOLUTION_RETRY_SUCCESS:UNRESOLVED>READY',
    ]);
    expect(events![2]?.errorMessage).toContain('target user');

    const refused = await admin.api.PATCH('/api/activities/{id}/retry-resolution', path);
    expect(refused.response.status).toBe(400);
    expect(refused.error?.code).toBe('INVALID_ACTIVITY_STATE');
  });

  it('two concurrent retries never both transition', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    const activity = await create(admin, store.id, { attribute_keys: ['target_contact'] });
    expect(activity.status).toBe('UNRESOLVED');
    // Fix the cause: a target for the activity, assigned directly.
    await ctx.owner.em
      .fork()
      .getConnection()
      .execute(
        `insert into activity_target_user (id, tenant_id, activity_id, commerce_user_id, resolution_status, resolution_strategy, lock_reason, resolved_at, locked_at, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, 'LOCKED', 'MANUAL', 'MANUAL_ASSIGNMENT', now(), now(), now(), now())`,
        [admin.tenantId, activity.id, store.bob],
      );
    const statuses = await Promise.all(
      [1, 2, 3].map(
        async () =>
          (await admin.api.PATCH('/api/activities/{id}/retry-resolution', { params: { path: { id: activity.id } } }))
            .response.status,
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(2);
    const { data: events } = await admin.api.GET('/api/activities/{id}/status-events', {
      params: { path: { id: activity.id } },
    });
    expect(events!.filter((e) => e.eventType === 'RESOLUTION_RETRY_SUCCESS')).toHaveLength(1);
  });
});

describe('resolution at dispatch', () => {
  async function task(who: Actor, commerceId: string, fields: Record<string, unknown> = {}) {
    const route = await who.api.POST('/api/routes', { body: { name: 'R' } });
    const operator = await who.api.POST('/api/operators', { body: { type: 'SALESMAN', name: 'Op' } });
    const { data, response } = await who.api.POST('/api/activities/tasks', {
      body: {
        reason: 'Visit',
        channel: 'SALESMAN',
        commerce_id: commerceId,
        idempotency_key: crypto.randomUUID(),
        assigned_route_id: route.data!.id,
        assigned_operator_id: operator.data!.id,
        scheduled_at: '2025-01-16T09:00:00.000Z',
        ...fields,
      },
    });
    expect(response.status).toBe(201);
    return data!;
  }

  async function mockConfig(who: Actor) {
    const providers = (await who.api.GET('/api/dispatch-providers')).data!;
    const mock = providers.find((p) => p.code === 'MOCK')!;
    const { response } = await who.api.POST('/api/dispatch-configs', {
      body: { dispatch_provider_id: mock.id, channel: 'SALESMAN' },
    });
    expect(response.status).toBe(201);
  }

  it('resolves ON_DISPATCH attributes and targets when the activity is sent', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    await policy(admin, 'promotions', 'ON_DISPATCH');
    await admin.api.POST('/api/activity-config/target-resolution', {
      body: { resolution_strategy: 'ON_DISPATCH', criteria: [{ type: 'ROLE_MATCH', config: { role: 'OWNER' } }] },
    });
    const activity = await task(admin, store.id, { attribute_keys: ['promotions'] });
    expect(activity.status).toBe('READY');
    expect((await targets(admin, activity.id))[0]).toMatchObject({
      resolutionStatus: 'PENDING',
      resolutionStrategy: 'ON_DISPATCH',
    });

    await mockConfig(admin);
    const sent = await admin.api.POST('/api/activities/tasks/{id}/dispatch', { params: { path: { id: activity.id } } });
    expect(sent.response.status).toBe(204);
    expect((await attributes(admin, activity.id)).promotions).toMatchObject({
      resolutionStatus: 'RESOLVED',
      value: [],
    });
    expect((await targets(admin, activity.id))[0]).toMatchObject({
      resolutionStatus: 'RESOLVED',
      commerceUserId: store.ana,
    });
  });

  async function trail(who: Actor, id: string) {
    const { data } = await who.api.GET('/api/activities/{id}/status-events', { params: { path: { id } } });
    return data!.map(
      (e) => `${e.eventType}:${e.fromStatus ?? '-'}>${e.toStatus}${e.errorCode ? `:${e.errorCode}` : ''}`,
    );
  }

  it('a resolution failure at manual dispatch is 409 RESOLUTION_FAILED: UNRESOLVED, no attempt used', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    await policy(admin, 'promotions', 'ON_DISPATCH', 'CLIENT_HOOK');
    const activity = await task(admin, store.id, { attribute_keys: ['promotions'] });
    await mockConfig(admin);
    const sent = await admin.api.POST('/api/activities/tasks/{id}/dispatch', { params: { path: { id: activity.id } } });
    expect(sent.response.status).toBe(409);
    expect(sent.error).toMatchObject({ code: 'RESOLUTION_FAILED' });
    expect(sent.error?.detail).toContain('No client hook is configured');
    const { data } = await admin.api.GET('/api/activities/{id}', { params: { path: { id: activity.id } } });
    expect(data).toMatchObject({ status: 'UNRESOLVED', dispatchAttemptCount: 0 });
    expect(await trail(admin, activity.id)).toEqual([
      'CREATED:->READY',
      'DISPATCH_ATTEMPT:READY>READY',
      'RESOLUTION_FAILED:READY>UNRESOLVED:RESOLUTION_FAILED',
    ]);
  });

  it('a resolution failure met by the dispatcher makes the activity UNRESOLVED once, not FAILED after retries', async () => {
    const admin = await actor(ctx);
    const store = await commerceWithUsers(admin);
    await policy(admin, 'promotions', 'ON_DISPATCH', 'CLIENT_HOOK');
    const activity = await task(admin, store.id, { attribute_keys: ['promotions'] });
    await mockConfig(admin);
    const time = new TestClock();
    time.advance(60_000);
    const dispatcher = testDispatcher(ctx.orm, [admin.tenantId], time);
    expect(await dispatcher.runCycle()).toMatchObject({ attempts: 1, dispatched: 0 });
    // Later cycles find nothing due: an UNRESOLVED activity waits for retry-resolution or an assignment.
    time.advance(10 * 60_000);
    expect((await dispatcher.runCycle()).attempts).toBe(0);
    const { data } = await admin.api.GET('/api/activities/{id}', { params: { path: { id: activity.id } } });
    expect(data).toMatchObject({ status: 'UNRESOLVED', dispatchAttemptCount: 0 });
    expect((await trail(admin, activity.id)).at(-1)).toBe('RESOLUTION_FAILED:READY>UNRESOLVED:RESOLUTION_FAILED');
  });
});
