// Calls on a tenant's behalf (dispatch providers, client hooks) go to public hosts only: checked when a
// destination is saved and again when connecting, whatever the name resolves to by then.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excerpt } from '../src/modules/dispatch/providers.ts';
import { destinationRefusal, guardedFetch, refusal } from '../src/net/outbound.ts';
import {
  seedAssignment,
  seedReadyActivities,
  setupDispatchApp,
  startProvider,
  TestClock,
  testDispatcher,
} from './dispatch-support.ts';
import { actor, send, setupApp, type TestContext } from './harness.ts';

const strict = { allowed: [] };

describe('the outbound policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['192.168.0.10', 'private'],
    ['172.16.5.4', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['fd00::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
  ])('refuses %s (%s)', (address, range) => {
    expect(refusal(strict, 'host', address)).toBe(
      `host resolves to ${address}, a ${range} address: only public hosts are allowed`,
    );
  });

  it('lets public addresses through, and what the allowlist names (a host, an address or a range)', () => {
    expect(refusal(strict, 'host', '93.184.215.14')).toBeNull();
    expect(refusal(strict, 'host', '2606:2800:21f:cb07:6820:80da:af6b:8b2c')).toBeNull();
    expect(refusal({ allowed: ['127.0.0.1'] }, 'host', '127.0.0.1')).toBeNull();
    expect(refusal({ allowed: ['10.0.0.0/8'] }, 'host', '10.9.8.7')).toBeNull();
    expect(refusal({ allowed: ['provider.internal'] }, 'provider.internal', '10.9.8.7')).toBeNull();
    expect(refusal({ allowed: ['10.0.0.0/8'] }, 'host', '192.168.1.1')).not.toBeNull();
  });

  it('checks a saved destination by what its name resolves to; a name that does not resolve is left to connect time', async () => {
    expect(await destinationRefusal(strict, 'http://localhost:8080/hooks')).toMatch(/loopback address/);
    expect(await destinationRefusal(strict, 'http://[::1]/hooks')).toMatch(/loopback address/);
    expect(await destinationRefusal(strict, 'https://provider.invalid/api')).toBeNull();
  });

  it('checks the address the socket is about to use, for names and for bare addresses', async () => {
    const server = await startProvider();
    try {
      const port = new URL(server.url).port;
      for (const url of [`http://localhost:${port}/x`, `http://127.0.0.1:${port}/x`]) {
        const failure = await guardedFetch(strict)(url).catch((err: Error) => err);
        expect(failure).toBeInstanceOf(TypeError);
        expect(String((failure as Error).cause)).toMatch(/loopback address: only public hosts are allowed/);
      }
      expect(server.requests).toHaveLength(0);
      const allowed = await guardedFetch({ allowed: ['localhost', '127.0.0.1'] })(`http://localhost:${port}/x`, {
        method: 'POST',
        body: '{}',
      });
      expect(allowed.status).toBe(201);
    } finally {
      await server.close();
    }
  });

  it('keeps of a provider answer a short excerpt without control characters', () => {
    const text = excerpt(`${'secret internal page '.repeat(50)}\u0000\u001b[31m\u202e`);
    expect(text.length).toBeLessThanOrEqual(201);
    expect(text).not.toMatch(/[\p{C}]/u);
  });
});

describe('saving a destination through the API, with no host allowed', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await setupApp({ env: { OUTBOUND_ALLOWED_HOSTS: '' } });
  });
  afterAll(() => ctx.close());

  it.each([
    'http://127.0.0.1:9/x',
    'http://169.254.169.254/latest/meta-data',
    'http://localhost:8080',
    'http://[::1]/',
  ])('a dispatch config with base_url %s is a 400 on base_url', async (baseUrl) => {
    const admin = await actor(ctx);
    const providers = (await admin.api.GET('/api/dispatch-providers')).data!;
    const res = await send(ctx, 'POST', '/api/dispatch-configs', {
      headers: admin.headers,
      body: {
        dispatch_provider_id: providers.find((p) => p.code === 'WEBHOOK')!.id,
        channel: 'WHATSAPP',
        base_url: baseUrl,
        credentials: { apiKey: 'sk-test' },
      },
    });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.errors).toEqual([
      { path: 'body.base_url', message: expect.stringMatching(/only public hosts are allowed/) },
    ]);
  });

  it('a client hook at a private address is a 400 on url', async () => {
    const admin = await actor(ctx);
    const res = await send(ctx, 'PUT', '/api/activity-config/client-hook', {
      headers: admin.headers,
      body: { url: 'http://10.0.0.5/hook', secret: 'whsec_0123456789abcdef', timeout_ms: 2000 },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toMatchObject({ path: 'body.url' });
  });
});

describe('a destination that turns private after it was saved', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await setupDispatchApp();
  });
  afterAll(() => ctx.close());

  it('is refused when connecting: DISPATCH_FAILED says why, and nothing reaches the host', async () => {
    const admin = await actor(ctx);
    const server = await startProvider();
    try {
      // Saved while allowed (as a name that later resolves elsewhere would be), sent under the strict policy.
      const providers = (await admin.api.GET('/api/dispatch-providers')).data!;
      await admin.api.POST('/api/dispatch-configs', {
        body: {
          dispatch_provider_id: providers.find((p) => p.code === 'WEBHOOK')!.id,
          channel: 'SALESMAN',
          base_url: server.url,
          credentials: { apiKey: 'sk-test-credential' },
        },
      });
      const [id] = await seedReadyActivities(ctx, admin.tenantId, await seedAssignment(ctx, admin.tenantId), 1);
      const clock = new TestClock();
      clock.advance(60_000);
      const dispatcher = testDispatcher(ctx.orm, [admin.tenantId], clock, { env: { OUTBOUND_ALLOWED_HOSTS: '' } });
      expect(await dispatcher.runCycle()).toMatchObject({ attempts: 1, failedAttempts: 1 });
      expect(server.requests).toHaveLength(0);
      const events = (await admin.api.GET('/api/activities/{id}/status-events', { params: { path: { id: id! } } }))
        .data!;
      expect(events.at(-1)).toMatchObject({
        eventType: 'DISPATCH_FAILED',
        errorCode: 'PROVIDER_UNREACHABLE',
        errorMessage: expect.stringMatching(/127\.0\.0\.1, a loopback address: only public hosts are allowed/),
      });
    } finally {
      await server.close();
    }
  });
});
