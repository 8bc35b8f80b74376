// CORS: pages on the configured origins may call the API; preflights are answered and cacheable (issue 18).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor, send, setupApp, type TestContext } from './harness.ts';

const APP = 'https://app.example.com';
let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp({ env: { CORS_ORIGINS: `${APP}, https://other.example.com` } });
});
afterAll(() => ctx.close());

const preflight = (origin: string, headers: Record<string, string> = {}) =>
  send(ctx, 'OPTIONS', '/api/activities/0195b4a0-0000-7000-8000-000000000001', {
    headers: {
      origin,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization, x-tenant-id',
      ...headers,
    },
  });

describe('a preflight', () => {
  it('from an allowed origin: 204, the methods and headers a page may use, kept ten minutes', async () => {
    const res = await preflight(APP);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    // The methods of this path only.
    expect(res.headers.get('access-control-allow-methods')).toBe('GET');
    expect(res.headers.get('access-control-allow-headers')).toContain('x-tenant-id');
    expect(res.headers.get('access-control-max-age')).toBe('600');
  });

  it('from another origin: 204 without Access-Control-Allow-Origin, so the browser refuses the call', async () => {
    const res = await preflight('https://evil.example.com');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is 400 without Origin, without Access-Control-Request-Method, or with a method the path does not serve', async () => {
    const cases: Record<string, string>[] = [
      { 'access-control-request-method': 'GET' },
      { origin: APP },
      { origin: APP, 'access-control-request-method': 'DELETE' },
      { origin: APP, 'access-control-request-method': 'FOO' },
      { origin: APP, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-tenant-id, é' },
    ];
    for (const headers of cases) {
      const res = await send(ctx, 'OPTIONS', '/api/activities', { headers });
      expect(await res.json(), JSON.stringify(headers)).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' });
    }
  });
});

describe('a call from a page', () => {
  it('of an allowed origin may read the answer and its request id', async () => {
    const admin = await actor(ctx);
    const res = await send(ctx, 'GET', '/api/activities', { headers: { ...admin.headers, origin: APP } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('of another origin gets no CORS header; a client without Origin, none either', async () => {
    const admin = await actor(ctx);
    const foreign = await send(ctx, 'GET', '/api/activities', {
      headers: { ...admin.headers, origin: 'https://evil.example.com' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const plain = await send(ctx, 'GET', '/api/activities', { headers: admin.headers });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
  });
});
