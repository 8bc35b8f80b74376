// Rate limits per tenant, per principal and per address failing authentication, shared by every instance
// through PostgreSQL, with the IETF RateLimit fields and 429 problems.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor, apiKey, createTenant, send, setupApp, type TestContext, token } from './harness.ts';

const LIMITS = {
  RATE_LIMITS: 'on',
  RATE_LIMIT_PRINCIPAL_PER_MINUTE: '5',
  RATE_LIMIT_TENANT_PER_MINUTE: '8',
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '3',
  TRUST_PROXY_HOPS: '1',
};

let first: TestContext;
let second: TestContext;
beforeAll(async () => {
  // Two instances of the server on one database: the limits are theirs together.
  [first, second] = await Promise.all([setupApp({ env: LIMITS }), setupApp({ env: LIMITS })]);
});
afterAll(async () => {
  await first.close();
  await second.close();
});

/** A principal of its own (the store is shared by the whole test run) acting in `tenantId`. */
async function principal(tenantId: string) {
  const bearer = await token({ roles: ['ADMIN'], tenants: [tenantId], sub: `rl-${crypto.randomUUID()}` });
  return { authorization: `Bearer ${bearer}`, 'x-tenant-id': tenantId };
}

const list = (ctx: TestContext, headers: Record<string, string>) => send(ctx, 'GET', '/api/activities', { headers });

describe('rate limits', () => {
  it('count a principal across instances: the 6th request in a minute is 429 with Retry-After and the limits', async () => {
    const headers = await principal(await createTenant(first));
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await list(i % 2 ? second : first, headers));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(answers[0]!.headers.get('ratelimit-policy')).toBe('"tenant";q=8;w=60, "principal";q=5;w=60');
    expect(answers[4]!.headers.get('ratelimit')).toMatch(/^"tenant";r=3;t=\d+, "principal";r=0;t=\d+$/);
    const limited = answers[5]!;
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('ratelimit')).toMatch(/"principal";r=0/);
    expect(await limited.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  });

  it('count a tenant over all its principals', async () => {
    const tenantId = await createTenant(first);
    const [a, b] = [await principal(tenantId), await principal(tenantId)];
    const statuses = [];
    for (let i = 0; i < 9; i++) statuses.push((await list(first, i % 2 ? b : a)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    // Another tenant is not affected.
    expect((await list(first, await principal(await createTenant(first)))).status).toBe(200);
  });

  it('count each API key as its own principal: its 6th request is 429, its creator is not affected', async () => {
    const tenantId = await createTenant(first);
    const key = await apiKey(first, tenantId, { sub: `rl-${crypto.randomUUID()}` });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await list(i % 2 ? second : first, key.headers)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    // The key's creation (one request) and the key's five leave the tenant's quota of 8 with two.
    expect((await list(first, await principal(tenantId))).status).toBe(200);
  });

  it('refuse an address that failed authentication too often, before checking its tokens; others pass', async () => {
    const tenantId = await createTenant(first);
    const forged = { authorization: `Bearer ${await token({ secret: 'x'.repeat(40), tenants: [tenantId] })}` };
    const from = (address: string, headers: Record<string, string>) =>
      list(first, { ...headers, 'x-tenant-id': tenantId, 'x-forwarded-for': address });
    const attacker = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await from(attacker, forged)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    // Refused unchecked: even a valid token from that address waits for the window to end.
    const valid = await principal(tenantId);
    expect((await from(attacker, valid)).status).toBe(429);
    expect((await from('198.51.100.7', valid)).status).toBe(200);
  });

  it('are declared on every secured operation of the document', async () => {
    const admin = await actor(first);
    const doc = await (await send(first, 'GET', '/openapi.json', { headers: admin.headers })).json();
    for (const [path, item] of Object.entries(
      doc.paths as Record<
        string,
        Record<string, { security?: unknown[]; responses: Record<string, { headers?: object }> }>
      >,
    )) {
      for (const [method, op] of Object.entries(item)) {
        if (!op.security?.length) continue;
        expect(op.responses['429']?.headers, `${method} ${path}`).toHaveProperty('Retry-After');
      }
    }
  });
});
