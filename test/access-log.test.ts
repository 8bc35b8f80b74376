// The access log: one line per request with what an operator filters by (issue 18, point 3).
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor, send, setupApp, type TestContext } from './harness.ts';

const lines: Record<string, unknown>[] = [];
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk, _, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  }),
);

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp({ logger });
});
afterAll(() => ctx.close());

const lastRequestLine = () => lines.filter((line) => line.msg === 'request').at(-1);

describe('each request line', () => {
  it('names the route template, the tenant and the principal', async () => {
    const admin = await actor(ctx);
    const id = crypto.randomUUID();
    await send(ctx, 'GET', `/api/activities/${id}`, { headers: admin.headers });
    expect(lastRequestLine()).toMatchObject({
      method: 'GET',
      path: `/api/activities/${id}`,
      route: '/api/activities/:id',
      status: 404,
      code: 'ACTIVITY_NOT_FOUND',
      tenant: admin.tenantId,
      principal: 'test-user',
      ms: expect.any(Number),
    });
  });

  it('has no tenant or principal before authentication, and the code of the refusal', async () => {
    await send(ctx, 'GET', '/api/activities');
    const line = lastRequestLine();
    expect(line).toMatchObject({ route: '/api/activities', status: 401, code: 'UNAUTHENTICATED' });
    expect(line).not.toHaveProperty('tenant');
    expect(line).not.toHaveProperty('principal');
  });

  it('a success carries no code', async () => {
    const admin = await actor(ctx);
    await send(ctx, 'GET', '/api/activities', { headers: admin.headers });
    expect(lastRequestLine()).toMatchObject({ status: 200, route: '/api/activities', tenant: admin.tenantId });
    expect(lastRequestLine()).not.toHaveProperty('code');
  });
});
