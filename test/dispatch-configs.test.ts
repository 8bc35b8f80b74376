import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDispatchProviders } from '../src/modules/dispatch/dispatch.queries.ts';
import { setupDispatchApp } from './dispatch-support.ts';
import { actor, send, type TestContext } from './harness.ts';

let ctx: TestContext;
let providers: { MOCK: string; WEBHOOK: string };

beforeAll(async () => {
  ctx = await setupDispatchApp();
  await bootstrapDispatchProviders(ctx.source.sql);
  const rows = await ctx.owner.em
    .fork()
    .getConnection()
    .execute<{ id: string; code: 'MOCK' | 'WEBHOOK' }[]>('select id, code from dispatch_provider');
  providers = Object.fromEntries(rows.map((r) => [r.code, r.id])) as typeof providers;
});
afterAll(() => ctx.close());

type Actor = Awaited<ReturnType<typeof actor>>;

const SECRET = 'sk-test-credential-0001';

function webhookBody(overrides: Record<string, unknown> = {}) {
  return {
    dispatch_provider_id: providers.WEBHOOK,
    channel: 'SALESMAN' as const,
    base_url: 'https://provider.example.com/api',
    credentials: { apiKey: SECRET },
    ...overrides,
  };
}

async function createConfig(who: Actor, body: Record<string, unknown> = webhookBody()) {
  const res = await send(ctx, 'POST', '/api/dispatch-configs', { headers: who.headers, body });
  const json = await res.json();
  expect(res.status, JSON.stringify(json)).toBe(201);
  return json as { id: string; isActive: boolean; hasCredentials: boolean };
}

describe('the provider catalog', () => {
  it('lists MOCK and WEBHOOK with a definition per channel, to any role with VIEW_ACTIVITIES', async () => {
    const viewer = await actor(ctx, { roles: ['VIEWER'] });
    const { data, response } = await viewer.api.GET('/api/dispatch-providers');
    expect(response.status).toBe(200);
    const byCode = Object.fromEntries(data!.map((p) => [p.code, p]));
    expect(byCode.MOCK).toMatchObject({ id: providers.MOCK, protocolType: 'INTERNAL', isActive: true });
    expect(byCode.WEBHOOK).toMatchObject({ id: providers.WEBHOOK, protocolType: 'REST', isActive: true });
    expect(byCode.WEBHOOK!.channelDefinitions.map((d) => d.channel)).toEqual([
      'SALESMAN',
      'CALLCENTER',
      'WHATSAPP',
      'EMAIL',
      'SMS',
      'PUSH',
    ]);
    expect(byCode.WEBHOOK!.channelDefinitions[0]!.credentialSchema).toEqual([
      { key: 'apiKey', label: 'API key', type: 'password', required: true, header: 'x-api-key' },
    ]);
    expect(byCode.MOCK!.channelDefinitions[0]!.credentialSchema).toEqual([]);
  });

  it("lists one provider's channel definitions; an unknown provider is 404", async () => {
    const viewer = await actor(ctx, { roles: ['VIEWER'] });
    const { data } = await viewer.api.GET('/api/dispatch-providers/{id}/channel-definitions', {
      params: { path: { id: providers.WEBHOOK } },
    });
    expect(data).toHaveLength(6);
    expect(data![0]).toMatchObject({ dispatchProviderId: providers.WEBHOOK, channel: 'SALESMAN' });
    const missing = await viewer.api.GET('/api/dispatch-providers/{id}/channel-definitions', {
      params: { path: { id: crypto.randomUUID() } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ code: 'DISPATCH_PROVIDER_NOT_FOUND' });
  });

  it('is bootstrapped idempotently: starting again (even concurrently) keeps one row per code and channel', async () => {
    await Promise.all([bootstrapDispatchProviders(ctx.source.sql), bootstrapDispatchProviders(ctx.source.sql)]);
    await bootstrapDispatchProviders(ctx.source.sql);
    const connection = ctx.owner.em.fork().getConnection();
    const rows = await connection.execute<{ id: string; code: string }[]>(
      "select id, code from dispatch_provider where code in ('MOCK', 'WEBHOOK') order by code",
    );
    expect(rows).toEqual([
      { id: providers.MOCK, code: 'MOCK' },
      { id: providers.WEBHOOK, code: 'WEBHOOK' },
    ]);
    const [definitions] = await connection.execute<{ n: number }[]>(
      'select count(*)::int as n from dispatch_channel_definition where dispatch_provider_id in (?, ?)',
      [providers.MOCK, providers.WEBHOOK],
    );
    expect(definitions!.n).toBe(12);
  });
});

describe('dispatch configs', () => {
  it('creates a WEBHOOK config: 201, credentials encrypted at rest and never returned', async () => {
    const admin = await actor(ctx);
    const res = await send(ctx, 'POST', '/api/dispatch-configs', {
      headers: admin.headers,
      body: webhookBody({ settings: { region: 'north' } }),
    });
    const text = await res.text();
    expect(res.status).toBe(201);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('apiKey');
    const created = JSON.parse(text);
    expect(created).toMatchObject({
      dispatchProviderId: providers.WEBHOOK,
      channel: 'SALESMAN',
      baseUrl: 'https://provider.example.com/api',
      settings: { region: 'north' },
      isActive: true,
      hasCredentials: true,
      dispatchProvider: { code: 'WEBHOOK', name: 'Generic REST webhook' },
    });
    expect(created).not.toHaveProperty('credentials');

    const list = await send(ctx, 'GET', '/api/dispatch-configs', { headers: admin.headers });
    const listed = await list.text();
    expect(listed).not.toContain(SECRET);
    expect(JSON.parse(listed)).toEqual([created]);

    const [row] = await ctx.owner.em
      .fork()
      .getConnection()
      .execute<{ credentials: string }[]>('select credentials from dispatch_config where id = ?', [created.id]);
    expect(row!.credentials).toMatch(/^v1\./);
    expect(row!.credentials).not.toContain(SECRET);
  });

  it('creates a MOCK config with no base_url and no credentials', async () => {
    const admin = await actor(ctx);
    const created = await createConfig(admin, { dispatch_provider_id: providers.MOCK, channel: 'WHATSAPP' });
    expect(created).toMatchObject({ baseUrl: null, hasCredentials: false, settings: {}, isActive: true });
  });

  it.each([
    ['no base_url for a REST provider', { base_url: undefined }, 'body.base_url'],
    ['a base_url that is not http(s)', { base_url: 'ftp://provider.example.com' }, 'body.base_url'],
    ['a base_url with user info', { base_url: 'https://user:pw@provider.example.com' }, 'body.base_url'],
    ['a base_url with a query', { base_url: 'https://provider.example.com/?token=1' }, 'body.base_url'],
    [
      'a base_url that is not a URL at all (found by the fuzzer: it was a 500)',
      { base_url: 'not-a-valid-value' },
      'body.base_url',
    ],
    ['no credentials', { credentials: undefined }, 'body.credentials.apiKey'],
    ['a missing required credential', { credentials: {} }, 'body.credentials.apiKey'],
    ['an unknown credential', { credentials: { apiKey: SECRET, token: 'x' } }, 'body.credentials.token'],
    ['a credential that is not a string', { credentials: { apiKey: 42 } }, 'body.credentials.apiKey'],
    ['an unknown channel', { channel: 'FAX' }, 'body.channel'],
    ['an unknown field', { extra: true }, 'body'],
    ['settings that are not an object', { settings: [1] }, 'body.settings'],
  ])('400 for %s', async (_, overrides, path) => {
    const admin = await actor(ctx);
    const res = await send(ctx, 'POST', '/api/dispatch-configs', {
      headers: admin.headers,
      body: webhookBody(overrides),
    });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(JSON.stringify(problem)).not.toContain(SECRET);
  });

  it('404 for a provider that is not in the catalog', async () => {
    const admin = await actor(ctx);
    const res = await send(ctx, 'POST', '/api/dispatch-configs', {
      headers: admin.headers,
      body: webhookBody({ dispatch_provider_id: crypto.randomUUID() }),
    });
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('DISPATCH_PROVIDER_NOT_FOUND');
  });

  it('409 for a second active config on a channel; inactive ones may coexist; another channel is fine', async () => {
    const admin = await actor(ctx);
    const first = await createConfig(admin);
    const second = await send(ctx, 'POST', '/api/dispatch-configs', {
      headers: admin.headers,
      body: { dispatch_provider_id: providers.MOCK, channel: 'SALESMAN' },
    });
    expect(second.status).toBe(409);
    expect((await second.json()).code).toBe('RESOURCE_CONFLICT');

    const spare = await createConfig(admin, {
      dispatch_provider_id: providers.MOCK,
      channel: 'SALESMAN',
      is_active: false,
    });
    expect(spare.isActive).toBe(false);
    await createConfig(admin, { dispatch_provider_id: providers.MOCK, channel: 'EMAIL' });

    const activate = await admin.api.PATCH('/api/dispatch-configs/{id}', {
      params: { path: { id: spare.id } },
      body: { is_active: true },
    });
    expect(activate.response.status).toBe(409);

    await admin.api.PATCH('/api/dispatch-configs/{id}', {
      params: { path: { id: first.id } },
      body: { is_active: false },
    });
    const swapped = await admin.api.PATCH('/api/dispatch-configs/{id}', {
      params: { path: { id: spare.id } },
      body: { is_active: true },
    });
    expect(swapped.response.status).toBe(200);
    expect(swapped.data!.isActive).toBe(true);
  });

  it('20 concurrent creates for one channel: one 201, nineteen 409 (the partial unique index decides)', async () => {
    const admin = await actor(ctx);
    const statuses = await Promise.all(
      Array.from(
        { length: 20 },
        async () =>
          (
            await send(ctx, 'POST', '/api/dispatch-configs', {
              headers: admin.headers,
              body: { dispatch_provider_id: providers.MOCK, channel: 'SMS' },
            })
          ).status,
      ),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
  });

  it('PATCH changes the given fields, replaces credentials as a set and re-validates them', async () => {
    const admin = await actor(ctx);
    const created = await createConfig(admin);
    const [before] = await ctx.owner.em
      .fork()
      .getConnection()
      .execute<{ credentials: string }[]>('select credentials from dispatch_config where id = ?', [created.id]);

    const res = await send(ctx, 'PATCH', `/api/dispatch-configs/${created.id}`, {
      headers: admin.headers,
      body: {
        base_url: 'http://provider.example.com/v2',
        settings: { a: 1 },
        credentials: { apiKey: 'sk-rotated-0002' },
      },
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain('sk-rotated-0002');
    expect(JSON.parse(text)).toMatchObject({
      baseUrl: 'http://provider.example.com/v2',
      settings: { a: 1 },
      hasCredentials: true,
      isActive: true,
    });
    const [after] = await ctx.owner.em
      .fork()
      .getConnection()
      .execute<{ credentials: string }[]>('select credentials from dispatch_config where id = ?', [created.id]);
    expect(after!.credentials).not.toBe(before!.credentials);

    // Invalid whatever the config: 400. Valid, but not what the stored provider needs: 409 PROVIDER_MISMATCH.
    for (const body of [{ channel: 'SMS' }, {}]) {
      const bad = await send(ctx, 'PATCH', `/api/dispatch-configs/${created.id}`, { headers: admin.headers, body });
      expect(bad.status, JSON.stringify(body)).toBe(400);
    }
    for (const [body, path] of [
      [{ base_url: null }, 'body.base_url'],
      [{ credentials: {} }, 'body.credentials.apiKey'],
      [{ credentials: { other: 'x' } }, 'body.credentials.other'],
    ] as const) {
      const bad = await send(ctx, 'PATCH', `/api/dispatch-configs/${created.id}`, { headers: admin.headers, body });
      expect(bad.status, JSON.stringify(body)).toBe(409);
      const problem = await bad.json();
      expect(problem).toMatchObject({
        code: 'PROVIDER_MISMATCH',
        errors: expect.arrayContaining([{ path, message: expect.any(String) }]),
      });
    }
    // No body at all: the body is required.
    const none = await send(ctx, 'PATCH', `/api/dispatch-configs/${created.id}`, { headers: admin.headers });
    expect(none.status).toBe(400);
  });

  it('DELETE answers 204, then 404', async () => {
    const admin = await actor(ctx);
    const created = await createConfig(admin);
    const path = { params: { path: { id: created.id } } };
    expect((await admin.api.DELETE('/api/dispatch-configs/{id}', path)).response.status).toBe(204);
    const again = await admin.api.DELETE('/api/dispatch-configs/{id}', path);
    expect(again.response.status).toBe(404);
    expect(again.error).toMatchObject({ code: 'DISPATCH_CONFIG_NOT_FOUND' });
    expect((await admin.api.GET('/api/dispatch-configs')).data).toEqual([]);
  });

  it("another tenant's config is 404 and never listed", async () => {
    const owner = await actor(ctx);
    const created = await createConfig(owner);
    const other = await actor(ctx);
    const path = { params: { path: { id: created.id } } };
    const patched = await other.api.PATCH('/api/dispatch-configs/{id}', { ...path, body: { is_active: false } });
    expect(patched.response.status).toBe(404);
    expect(patched.error).toMatchObject({ code: 'DISPATCH_CONFIG_NOT_FOUND' });
    expect((await other.api.DELETE('/api/dispatch-configs/{id}', path)).response.status).toBe(404);
    expect((await other.api.GET('/api/dispatch-configs')).data).toEqual([]);
    expect((await owner.api.GET('/api/dispatch-configs')).data).toHaveLength(1);
  });

  it('401 without a token; VIEWER and FDE may read but not write (403)', async () => {
    const admin = await actor(ctx);
    const created = await createConfig(admin);
    const anonymous = await send(ctx, 'GET', '/api/dispatch-configs', { headers: { 'x-tenant-id': admin.tenantId } });
    expect(anonymous.status).toBe(401);
    for (const role of ['VIEWER', 'FDE'] as const) {
      const who = await actor(ctx, { roles: [role], tenantId: admin.tenantId });
      expect((await who.api.GET('/api/dispatch-configs')).response.status).toBe(200);
      const writes = [
        await send(ctx, 'POST', '/api/dispatch-configs', {
          headers: who.headers,
          body: webhookBody({ channel: 'SMS' }),
        }),
        await send(ctx, 'PATCH', `/api/dispatch-configs/${created.id}`, {
          headers: who.headers,
          body: { is_active: false },
        }),
        await send(ctx, 'DELETE', `/api/dispatch-configs/${created.id}`, { headers: who.headers }),
      ];
      for (const res of writes) {
        expect(res.status).toBe(403);
        expect((await res.json()).code).toBe('PERMISSION_DENIED');
      }
    }
  });
});
