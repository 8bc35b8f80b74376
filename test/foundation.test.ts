import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../src/auth/tokens.ts';
import { bootstrapAttributeKeys } from '../src/modules/activity-config/activity-config.queries.ts';
import { actor, createTenant, send, setupApp, TEST_SECRET, type TestContext, token } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

const KEYS_PATH = '/api/activity-config/attribute-keys';

describe('probes', () => {
  it('answers /health without touching anything', async () => {
    const res = await send(ctx, 'GET', '/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready when the database answers', async () => {
    const res = await send(ctx, 'GET', '/ready');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', database: 'ok' });
  });

  it('echoes a caller request id and makes one otherwise', async () => {
    const given = await send(ctx, 'GET', '/health', { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await send(ctx, 'GET', '/health', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('authentication', () => {
  it('401 without a token', async () => {
    const res = await send(ctx, 'GET', KEYS_PATH, { headers: { 'x-tenant-id': await createTenant(ctx) } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', title: 'Unauthorized' });
  });

  it.each([
    ['a malformed header', 'Token abc'],
    ['a malformed token', 'Bearer not.a.jwt'],
  ])('401 with %s', async (_, authorization) => {
    const res = await send(ctx, 'GET', KEYS_PATH, {
      headers: { authorization, 'x-tenant-id': await createTenant(ctx) },
    });
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('UNAUTHENTICATED');
  });

  it('401 for an expired token and for a wrong signature', async () => {
    const tenantId = await createTenant(ctx);
    const expired = await signToken(TEST_SECRET, { subject: 's', roles: ['ADMIN'], tenantIds: [tenantId], ttl: '-1m' });
    const forged = await token({ tenants: [tenantId], secret: 'another-secret-that-is-long-enough-0123456789' });
    for (const [bearer, detail] of [
      [expired, 'The token has expired'],
      [forged, 'The token signature is invalid'],
    ] as const) {
      const res = await send(ctx, 'GET', KEYS_PATH, {
        headers: { authorization: `Bearer ${bearer}`, 'x-tenant-id': tenantId },
      });
      expect(res.status).toBe(401);
      expect((await res.json()).detail).toBe(detail);
    }
  });

  it('401 for a token without roles', async () => {
    const { SignJWT } = await import('jose');
    const bearer = await new SignJWT({ tenants: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(TEST_SECRET));
    const res = await send(ctx, 'GET', '/api/tenants', { headers: { authorization: `Bearer ${bearer}` } });
    expect(res.status).toBe(401);
  });
});

describe('tenancy and permissions', () => {
  it('403 when the token does not list the tenant', async () => {
    const mine = await createTenant(ctx);
    const other = await createTenant(ctx);
    const bearer = await token({ roles: ['ADMIN'], tenants: [mine] });
    const res = await send(ctx, 'GET', KEYS_PATH, {
      headers: { authorization: `Bearer ${bearer}`, 'x-tenant-id': other },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('TENANT_ACCESS_DENIED');
  });

  it('400 for a missing or malformed x-tenant-id', async () => {
    const bearer = await token();
    const missing = await send(ctx, 'GET', KEYS_PATH, { headers: { authorization: `Bearer ${bearer}` } });
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors).toEqual([{ path: 'header.x-tenant-id', message: 'Required' }]);
    const malformed = await send(ctx, 'GET', KEYS_PATH, {
      headers: { authorization: `Bearer ${bearer}`, 'x-tenant-id': 'nope' },
    });
    expect(malformed.status).toBe(400);
  });

  it('404 for a tenant that does not exist, even for SUPER_ADMIN', async () => {
    const bearer = await token({ roles: ['SUPER_ADMIN'] });
    const res = await send(ctx, 'GET', KEYS_PATH, {
      headers: { authorization: `Bearer ${bearer}`, 'x-tenant-id': '00000000-0000-4000-8000-000000000000' },
    });
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('TENANT_NOT_FOUND');
  });

  it('a VIEWER reads the attribute keys', async () => {
    const { api } = await actor(ctx, { roles: ['VIEWER'] });
    const { data, response } = await api.GET('/api/activity-config/attribute-keys');
    expect(response.status).toBe(200);
    expect(data?.map((k) => k.key)).toEqual(['commerce_info', 'promotions', 'target_contact']);
  });

  it('403 for a role without the permission', async () => {
    const { api } = await actor(ctx, { roles: ['VIEWER'] });
    const { error, response } = await api.POST('/api/tenants', { body: { name: 'X', slug: 'x' } });
    expect(response.status).toBe(403);
    expect(error?.code).toBe('PERMISSION_DENIED');
  });
});

describe('attribute key catalog', () => {
  it('bootstraps idempotently: running it again leaves one row per key', async () => {
    await bootstrapAttributeKeys(ctx.source.sql);
    await bootstrapAttributeKeys(ctx.source.sql);
    const rows = await ctx.owner.em
      .fork()
      .getConnection()
      .execute<{ key: string; n: number }[]>('select key, count(*)::int as n from attribute_key group by key');
    expect(rows.length).toBe(3);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });
});

describe('tenants', () => {
  it('SUPER_ADMIN creates a tenant and sees it listed; a duplicate slug is 409', async () => {
    const bearer = await token({ roles: ['SUPER_ADMIN'] });
    const slug = `acme-${Date.now()}`;
    const headers = { authorization: `Bearer ${bearer}` };
    const created = await send(ctx, 'POST', '/api/tenants', { headers, body: { name: 'Acme', slug } });
    expect(created.status).toBe(201);
    const tenant = await created.json();
    expect(tenant).toMatchObject({ name: 'Acme', slug });
    const list = await (await send(ctx, 'GET', '/api/tenants', { headers })).json();
    expect(list.map((t: { id: string }) => t.id)).toContain(tenant.id);
    const again = await send(ctx, 'POST', '/api/tenants', { headers, body: { name: 'Other', slug } });
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('TENANT_SLUG_CONFLICT');
  });

  it('an ADMIN lists only the tenants in its token', async () => {
    const { api, tenantId } = await actor(ctx, { roles: ['ADMIN'] });
    const { data } = await api.GET('/api/tenants');
    expect(data?.map((t) => t.id)).toEqual([tenantId]);
  });

  it('400 with field errors for an invalid body', async () => {
    const bearer = await token({ roles: ['SUPER_ADMIN'] });
    const res = await send(ctx, 'POST', '/api/tenants', {
      headers: { authorization: `Bearer ${bearer}` },
      body: { name: '', slug: 'Not A Slug', extra: true },
    });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body', 'body.name', 'body.slug']);
  });
});

describe('protocol errors are problems', () => {
  const superAdmin = async () => ({ authorization: `Bearer ${await token({ roles: ['SUPER_ADMIN'] })}` });

  it('404 for an unknown endpoint', async () => {
    const res = await send(ctx, 'GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('ENDPOINT_NOT_FOUND');
  });

  it('405 with Allow for a known path and a wrong method', async () => {
    const res = await send(ctx, 'DELETE', '/api/tenants');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, GET');
    expect((await res.json()).code).toBe('METHOD_NOT_ALLOWED');
  });

  it('400 for malformed JSON', async () => {
    const res = await send(ctx, 'POST', '/api/tenants', {
      headers: { ...(await superAdmin()), 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('MALFORMED_JSON');
  });

  it('415 for a body that is not JSON', async () => {
    const res = await send(ctx, 'POST', '/api/tenants', {
      headers: { ...(await superAdmin()), 'content-type': 'text/plain' },
      body: 'name=x',
    });
    expect(res.status).toBe(415);
    expect((await res.json()).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('413 for a body over the limit', async () => {
    const res = await send(ctx, 'POST', '/api/tenants', {
      headers: { ...(await superAdmin()), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10), slug: 'big' }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('never sends a stack trace', async () => {
    const res = await send(ctx, 'POST', '/api/tenants', {
      headers: { ...(await superAdmin()), 'content-type': 'application/json' },
      body: '[',
    });
    expect(await res.text()).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('answers as a browser or a proxy sees them', () => {
  it('carry security headers: nothing to load or frame for the API, the reference page its own assets only', async () => {
    const api = await ctx.app.request('/health');
    const expected = {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    };
    for (const [name, value] of Object.entries(expected)) expect(api.headers.get(name), name).toBe(value);
    // Problems too, with their request id.
    const problem = await ctx.app.request('/api/nowhere');
    expect(problem.status).toBe(404);
    expect(problem.headers.get('x-content-type-options')).toBe('nosniff');
    expect(problem.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const page = await ctx.app.request('/docs');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('are compressed when the client accepts gzip, and only then', async () => {
    const admin = await actor(ctx);
    const headers = { ...admin.headers, 'accept-encoding': 'gzip' };
    const zipped = await ctx.app.request('/openapi.json', { headers });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const text = await new Response(zipped.body!.pipeThrough(new DecompressionStream('gzip'))).text();
    expect(JSON.parse(text).openapi).toBe('3.1.0');
    const plain = await ctx.app.request('/openapi.json');
    expect(plain.headers.get('content-encoding')).toBeNull();
  });
});
