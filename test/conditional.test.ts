// Conditional GETs of single resources (issue 18, point 8): a weak ETag, 304 while it is current.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCommerce, seedOperator, seedRoute } from './factories.ts';
import { actor, send, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

const ETAG = /^W\/"[A-Za-z0-9_-]{27}"$/;

describe('conditional GETs', () => {
  it('answer 304 with no body while the ETag is current, and a new ETag once the resource changes', async () => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const created = await send(ctx, 'POST', '/api/activities', {
      headers: admin.headers,
      body: {
        type: 'MESSAGE',
        reason: 'Monthly promotion',
        channel: 'WHATSAPP',
        commerce_id: commerce.id,
        idempotency_key: 'etag-1',
        scheduled_at: '2025-01-16T09:00:00.000Z',
      },
    });
    const { id } = (await created.json()) as { id: string };
    const path = `/api/activities/${id}`;

    const first = await send(ctx, 'GET', path, { headers: admin.headers });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(ETAG);
    // The same representation, the same validator.
    expect((await send(ctx, 'GET', path, { headers: admin.headers })).headers.get('etag')).toBe(etag);

    for (const ifNoneMatch of [etag, etag.slice(2), `W/"other", ${etag}`, '*']) {
      const again = await send(ctx, 'GET', path, { headers: { ...admin.headers, 'if-none-match': ifNoneMatch } });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe('');
    }
    const stale = await send(ctx, 'GET', path, { headers: { ...admin.headers, 'if-none-match': 'W/"not-it"' } });
    expect(stale.status).toBe(200);
    // What the document states of the header is what is checked: at most 1,024 characters of visible ASCII.
    for (const invalid of [`${'W/"x", '.repeat(150)}${etag}`, 'W/"caf\u00e9"']) {
      const refused = await send(ctx, 'GET', path, { headers: { ...admin.headers, 'if-none-match': invalid } });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'header.if-none-match' }],
      });
    }

    const canceled = await send(ctx, 'POST', `${path}/cancel`, { headers: admin.headers, body: {} });
    expect(canceled.status).toBe(200);
    const changed = await send(ctx, 'GET', path, { headers: { ...admin.headers, 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toMatch(ETAG);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.json()).toMatchObject({ id, status: 'CANCELED' });
  });

  it('cover every single-resource read, and another tenant still gets 404, not 304', async () => {
    const admin = await actor(ctx);
    const stranger = await actor(ctx);
    const [commerce, route, operator] = await Promise.all([
      seedCommerce(ctx, admin.tenantId),
      seedRoute(ctx, admin.tenantId),
      seedOperator(ctx, admin.tenantId),
    ]);
    for (const path of [`/api/commerces/${commerce.id}`, `/api/routes/${route.id}`, `/api/operators/${operator.id}`]) {
      const first = await send(ctx, 'GET', path, { headers: admin.headers });
      const etag = first.headers.get('etag')!;
      expect(etag, path).toMatch(ETAG);
      const again = await send(ctx, 'GET', path, { headers: { ...admin.headers, 'if-none-match': etag } });
      expect(again.status, path).toBe(304);
      const foreign = await send(ctx, 'GET', path, { headers: { ...stranger.headers, 'if-none-match': '*' } });
      expect(foreign.status, path).toBe(404);
    }
  });
});
