// API keys: made by users, shown once, stored as a hash, acting in their tenant with a subset of their
// creator's permissions; revoked everywhere within a bounded time; marked used about once a minute.
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY_RECHECK_MS, API_KEY_TOUCH_MS } from '../src/auth/api-keys.ts';
import { actor, apiKey, createTenant, send, setupApp, type TestContext, token } from './harness.ts';

/** Every log line the app writes, to prove no key ever appears in one. */
const logLines: string[] = [];
const logger = pino(
  { level: 'debug' },
  new Writable({
    write(chunk, _, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
);

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp({ logger });
});
afterAll(() => ctx.close());

const KEY_FORMAT = /^rtn_sk_[A-Za-z0-9_-]{43}$/;

async function admin(tenantId?: string, sub = `admin-${crypto.randomUUID()}`) {
  const tenant = tenantId ?? (await createTenant(ctx));
  const bearer = await token({ roles: ['ADMIN'], tenants: [tenant], sub });
  return { tenantId: tenant, sub, headers: { authorization: `Bearer ${bearer}`, 'x-tenant-id': tenant } };
}

async function create(who: { headers: Record<string, string> }, body: object) {
  return send(ctx, 'POST', '/api/api-keys', { headers: who.headers, body });
}

const list = (headers: Record<string, string>) => send(ctx, 'GET', '/api/activities', { headers });

describe('making a key', () => {
  it('shows the key once (256 random bits, rtn_sk_), keeps only its SHA-256 and a short prefix', async () => {
    const who = await admin();
    const res = await create(who, { name: 'YOM', permissions: ['VIEW_ACTIVITIES'] });
    expect(res.status).toBe(201);
    const key = await res.json();
    expect(key.plaintextKey).toMatch(KEY_FORMAT);
    expect(key).toMatchObject({
      name: 'YOM',
      keyPrefix: key.plaintextKey.slice(0, 12),
      userId: who.sub,
      tenantId: who.tenantId,
      isActive: true,
      permissions: ['VIEW_ACTIVITIES'],
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
    });
    const rows = await ctx.owner.em
      .fork()
      .getConnection()
      .execute<Record<string, unknown>[]>('select * from api_key where id = ?', [key.id]);
    const row = rows[0]!;
    expect(Buffer.from(row.key_hash as Buffer).toString('hex')).toBe(
      createHash('sha256').update(key.plaintextKey).digest('hex'),
    );
    expect(JSON.stringify(row)).not.toContain(key.plaintextKey.slice(12));
    // Never again: not in the list, not in who-am-I.
    const listed = await send(ctx, 'GET', '/api/api-keys', { headers: who.headers });
    expect(await listed.text()).not.toContain(key.plaintextKey);
    const me = await send(ctx, 'GET', '/api/auth/me', { headers: { 'x-api-key': key.plaintextKey } });
    expect(await me.text()).not.toContain(key.plaintextKey);
  });

  it("refuses permissions its creator's roles lack (403), and counts a repeated one once", async () => {
    const who = await admin();
    const beyond = await create(who, { name: 'too much', permissions: ['VIEW_ACTIVITIES', 'CREATE_TENANT'] });
    expect(beyond.status).toBe(403);
    expect(await beyond.json()).toMatchObject({
      code: 'PERMISSION_DENIED',
      detail: expect.stringContaining('CREATE_TENANT'),
    });
    const repeated = await create(who, { name: 'twice', permissions: ['VIEW_ACTIVITIES', 'VIEW_ACTIVITIES'] });
    expect((await repeated.json()).permissions).toEqual(['VIEW_ACTIVITIES']);
  });

  it('validates the body: a name of at most 255 characters, at least one known permission', async () => {
    const who = await admin();
    for (const body of [
      { name: 'x'.repeat(256), permissions: ['VIEW_ACTIVITIES'] },
      { name: 'none', permissions: [] },
      { name: 'unknown', permissions: ['DO_ANYTHING'] },
      { permissions: ['VIEW_ACTIVITIES'] },
    ]) {
      expect((await create(who, body)).status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
  });

  it('takes a user: a key cannot make, list or revoke keys (401), and FDE and VIEWER may not (403)', async () => {
    const who = await admin();
    const key = await apiKey(ctx, who.tenantId);
    const byKey = await send(ctx, 'POST', '/api/api-keys', {
      headers: key.headers,
      body: { name: 'child', permissions: ['VIEW_ACTIVITIES'] },
    });
    expect(byKey.status).toBe(401);
    expect((await send(ctx, 'GET', '/api/api-keys', { headers: key.headers })).status).toBe(401);
    const fde = await actor(ctx, { roles: ['FDE'], tenantId: who.tenantId });
    expect((await create(fde, { name: 'fde', permissions: ['VIEW_ACTIVITIES'] })).status).toBe(403);
  });
});

describe('listing and revoking', () => {
  it("lists the caller's keys in the tenant, newest first; not another user's, not another tenant's", async () => {
    const who = await admin();
    const colleague = await admin(who.tenantId);
    const elsewhere = await admin(undefined, who.sub);
    for (const name of ['first', 'second']) await create(who, { name, permissions: ['VIEW_ACTIVITIES'] });
    await create(colleague, { name: 'colleague', permissions: ['VIEW_ACTIVITIES'] });
    await create(elsewhere, { name: 'elsewhere', permissions: ['VIEW_ACTIVITIES'] });
    const keys = await (await send(ctx, 'GET', '/api/api-keys', { headers: who.headers })).json();
    expect(keys.map((k: { name: string }) => k.name)).toEqual(['second', 'first']);
  });

  it("revokes once (200, then 400), only the creator's (403), and 404 for another tenant's key", async () => {
    const who = await admin();
    const colleague = await admin(who.tenantId);
    const stranger = await admin();
    const key = await (await create(who, { name: 'k', permissions: ['VIEW_ACTIVITIES'] })).json();
    const revoke = (headers: Record<string, string>) =>
      send(ctx, 'POST', `/api/api-keys/${key.id}/revoke`, { headers });
    expect((await revoke(colleague.headers)).status).toBe(403);
    expect((await revoke(stranger.headers)).status).toBe(404);
    const done = await revoke(who.headers);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ message: 'API key revoked successfully' });
    expect(await (await revoke(who.headers)).json()).toMatchObject({ status: 400, code: 'API_KEY_REVOKED' });
    const [listed] = await (await send(ctx, 'GET', '/api/api-keys', { headers: who.headers })).json();
    expect(listed).toMatchObject({ isActive: false, revokedAt: expect.any(String) });
  });

  it('two racing revocations: one 200, one 400; uses racing a revocation are refused once it answered', async () => {
    const who = await admin();
    const key = await apiKey(ctx, who.tenantId, { sub: who.sub });
    expect((await list(key.headers)).status).toBe(200);
    const uses = Array.from({ length: 20 }, () => list(key.headers));
    const revocations = await Promise.all(
      [1, 2].map(() => send(ctx, 'POST', `/api/api-keys/${key.id}/revoke`, { headers: who.headers })),
    );
    expect(revocations.map((r) => r.status).sort()).toEqual([200, 400]);
    // Before the answer, a use may still pass; none fails otherwise than 200 or 401.
    for (const status of (await Promise.all(uses)).map((r) => r.status)) expect([200, 401]).toContain(status);
    const after = await list(key.headers);
    expect(after.status).toBe(401);
    expect((await after.json()).detail).toBe('The API key has been revoked');
  });
});

describe('authenticating with x-api-key', () => {
  it('acts in its own tenant without x-tenant-id; another tenant in the header is 403', async () => {
    const who = await admin();
    const key = await apiKey(ctx, who.tenantId, { permissions: ['VIEW_ACTIVITIES'] });
    expect((await list(key.headers)).status).toBe(200);
    expect((await list({ ...key.headers, 'x-tenant-id': who.tenantId.toUpperCase() })).status).toBe(200);
    const other = await createTenant(ctx);
    const foreign = await list({ ...key.headers, 'x-tenant-id': other });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ code: 'TENANT_ACCESS_DENIED' });
  });

  it('holds only its permissions: 403 for the others', async () => {
    const who = await admin();
    const key = await apiKey(ctx, who.tenantId, { permissions: ['VIEW_ACTIVITIES'] });
    const denied = await send(ctx, 'POST', '/api/routes', { headers: key.headers, body: { name: 'R' } });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ code: 'PERMISSION_DENIED' });
  });

  it('401 for a malformed, unknown, expired key, and for a key beside a token', async () => {
    const who = await admin();
    const expired = await apiKey(ctx, who.tenantId, { expiresAt: '2020-01-01T00:00:00.000Z' });
    const cases: [Record<string, string>, string][] = [
      [{ 'x-api-key': 'rtn_sk_nope' }, 'The API key is malformed'],
      [{ 'x-api-key': `rtn_sk_${'B'.repeat(43)}` }, 'The API key is not known'],
      [expired.headers, 'The API key has expired'],
      [
        { ...expired.headers, authorization: who.headers.authorization },
        'Send one credential: a token or an API key, not both',
      ],
    ];
    for (const [headers, detail] of cases) {
      const res = await list(headers);
      expect(res.status, detail).toBe(401);
      expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED', detail });
    }
  });

  it('no key, and no part of one, is ever written to a log line', async () => {
    const who = await admin();
    const key = await apiKey(ctx, who.tenantId);
    await list(key.headers);
    await list({ 'x-api-key': `${key.key.slice(0, -1)}x` });
    const secret = key.key.slice(12);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.filter((line) => line.includes(secret))).toEqual([]);
  });
});

describe('who am I', () => {
  it('tells a user from a key', async () => {
    const who = await admin();
    const user = await (
      await send(ctx, 'GET', '/api/auth/me', { headers: { authorization: who.headers.authorization } })
    ).json();
    expect(user).toMatchObject({
      id: who.sub,
      kind: 'USER',
      tenantIds: [who.tenantId],
      roles: ['ADMIN'],
      apiKey: null,
    });
    expect(user.permissions).toContain('MANAGE_API_KEYS');
    const key = await apiKey(ctx, who.tenantId, { permissions: ['VIEW_ACTIVITIES'], sub: who.sub });
    const me = await (await send(ctx, 'GET', '/api/auth/me', { headers: key.headers })).json();
    expect(me).toMatchObject({
      id: `api-key:${key.id}`,
      kind: 'API_KEY',
      tenantIds: [who.tenantId],
      roles: [],
      permissions: ['VIEW_ACTIVITIES'],
      apiKey: { id: key.id, keyPrefix: key.key.slice(0, 12), expiresAt: null, userId: who.sub },
    });
  });
});

describe('across instances, and over time', () => {
  let clock = Date.now();
  let other: TestContext;
  beforeAll(async () => {
    other = await setupApp({ now: () => new Date(clock) });
  });
  afterAll(() => other.close());

  it(`a key revoked on one instance is refused on another within ${API_KEY_RECHECK_MS} ms`, async () => {
    const who = await admin();
    const key = await apiKey(ctx, who.tenantId, { sub: who.sub });
    const onOther = () => send(other, 'GET', '/api/activities', { headers: key.headers });
    expect((await onOther()).status).toBe(200);
    await send(ctx, 'POST', `/api/api-keys/${key.id}/revoke`, { headers: who.headers });
    clock += API_KEY_RECHECK_MS - 1000;
    expect((await onOther()).status).toBe(200);
    clock += 2000;
    expect((await onOther()).status).toBe(401);
  });

  it('marks a key used at its first use, then at most once a minute', async () => {
    const who = await admin();
    const key = await apiKey(ctx, who.tenantId, { sub: who.sub });
    const lastUsed = async () => {
      const rows = await ctx.owner.em
        .fork()
        .getConnection()
        .execute<{ at: string | null }[]>(`select last_used_at::text as at from api_key where id = ?`, [key.id]);
      return rows[0]!.at;
    };
    const settled = async (previous: string | null) => {
      for (let i = 0; i < 250 && (await lastUsed()) === previous; i++) await new Promise((r) => setTimeout(r, 20));
      return lastUsed();
    };
    await send(other, 'GET', '/api/activities', { headers: key.headers });
    const first = await settled(null);
    expect(first).not.toBeNull();
    clock += 10_000;
    await send(other, 'GET', '/api/activities', { headers: key.headers });
    await new Promise((r) => setTimeout(r, 200));
    expect(await lastUsed()).toBe(first);
    clock += API_KEY_TOUCH_MS;
    await send(other, 'GET', '/api/activities', { headers: key.headers });
    expect(await settled(first)).not.toBe(first);
  });
});
