// The app behind real sockets: what only a Node HTTP server shows (keep-alive connections, Node's own early
// rejections, a deploy's SIGTERM).
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listen } from '../src/http/server.ts';
import { seedCommerce } from './factories.ts';
import { actor, createTenant, setupApp, type TestContext, token } from './harness.ts';
import { startProcess } from './processes.ts';

let ctx: TestContext;
let server: ReturnType<typeof listen>;
let base: string;
beforeAll(async () => {
  ctx = await setupApp();
  server = listen(ctx.app, { host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await ctx.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One request through `agent` (whose keep-alive sockets the next request reuses). A `chunked` body is sent in
 * two writes, so Node sends it with `Transfer-Encoding: chunked` and no declared length.
 */
function call(
  agent: Agent,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer,
  chunked = false,
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(`${base}${path}`, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    if (body && chunked) {
      req.write(body.subarray(0, body.length >> 1));
      req.end(body.subarray(body.length >> 1));
    } else {
      req.end(body);
    }
  });
}

describe('an early answer to a large body', () => {
  it.each([
    ['413 to a 1.2 MB body', 1_200_000, {}],
    ['401 to a 600 KB body without a token', 600_000, { auth: false }],
    ['404 to a 600 KB body for an unknown tenant', 600_000, { tenant: 'unknown' }],
  ])("%s closes the connection, so the client's next request does not fail", async (_, size, how) => {
    const admin = await actor(ctx);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (!('auth' in how)) headers.authorization = admin.headers.authorization;
    headers['x-tenant-id'] = 'tenant' in how ? crypto.randomUUID() : admin.tenantId;
    if ('tenant' in how) headers.authorization = `Bearer ${await token({ roles: ['SUPER_ADMIN'] })}`;
    const body = Buffer.from(`{"items":[{"external_id":"x","name":"${'a'.repeat(size)}"}]}`);
    try {
      const first = await call(agent, 'POST', '/api/commerces/sync', headers, body);
      expect(first.status).toBe(size > 1_048_576 ? 413 : 'auth' in how ? 401 : 404);
      expect(first.headers['content-type']).toBe('application/problem+json');
      expect(first.headers.connection).toBe('close');
      const next = await call(agent, 'GET', '/health');
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('a chunked body, whose length no header declares, is counted as it arrives: 413 over the limit', async () => {
    const admin = await actor(ctx);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const headers = { ...admin.headers, 'content-type': 'application/json' };
    const body = (size: number) =>
      Buffer.from(`{"items":[{"external_id":"chunked-${size}","name":"${'a'.repeat(size)}"}]}`);
    try {
      const large = await call(agent, 'POST', '/api/commerces/sync', headers, body(1_200_000), true);
      expect(large.status).toBe(413);
      expect(JSON.parse(large.body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      const small = await call(agent, 'POST', '/api/commerces/sync', headers, body(100), true);
      expect(small.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('a body that was read leaves the connection open for the next request', async () => {
    const admin = await actor(ctx);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const headers = { ...admin.headers, 'content-type': 'application/json' };
    try {
      const invalid = await call(agent, 'POST', '/api/commerces/sync', headers, Buffer.from('{"items":"no"}'));
      expect(invalid.status).toBe(400);
      expect(invalid.headers.connection).toBe('keep-alive');
    } finally {
      agent.destroy();
    }
  });
});

/** The raw bytes a server answers to what a socket sends. */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { port } = server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString()));
    socket.on('error', reject);
  });
}

describe("Node's own early rejections are problem+json", () => {
  it('431 for headers larger than the server accepts', async () => {
    const answer = await raw(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(answer).toContain('content-type: application/problem+json');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 431,
      code: 'HEADERS_TOO_LARGE',
    });
  });

  it('400 for a malformed request line', async () => {
    const answer = await raw('GET /health NOT-HTTP\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 'MALFORMED_REQUEST' });
  });
});

describe('a deploy (SIGTERM) under load', () => {
  it('loses no request: 20 keep-alive clients and a slow request in flight all get their answers', async () => {
    const tenantId = await createTenant(ctx);
    const bearer = await token({ roles: ['ADMIN'], tenants: [tenantId] });
    const headers = { authorization: `Bearer ${bearer}`, 'x-tenant-id': tenantId, 'content-type': 'application/json' };
    const admin = await actor(ctx, { tenantId });
    const commerce = await seedCommerce(ctx, tenantId);
    const slowOne = await admin.api.POST('/api/activities', {
      body: {
        type: 'MESSAGE',
        reason: 'Held by a lock',
        channel: 'WHATSAPP',
        commerce_id: commerce.id,
        idempotency_key: 'slow',
        scheduled_at: '2025-01-16T09:00:00.000Z',
      },
    });

    const server = startProcess('src/main.ts', {
      SHUTDOWN_GRACE_MS: '500',
      SHUTDOWN_TIMEOUT_MS: '5000',
      // One principal sends everything here: a faster machine would reach its quota (a 429 is not a lost request).
      RATE_LIMITS: 'off',
    });
    const url = await server.url();

    const tally = { ok: 0, refused: 0, failed: [] as string[] };
    /** One keep-alive client sending until the server refuses its connection (after the grace period). */
    async function client() {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        for (;;) {
          try {
            const res = await fetchVia(agent, `${url}/api/activities?per_page=5`, headers);
            if (res.status === 200) tally.ok++;
            else tally.failed.push(`status ${res.status}`);
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code === 'ECONNREFUSED') {
              tally.refused++;
              return;
            }
            tally.failed.push(String(err));
            return;
          }
        }
      } finally {
        agent.destroy();
      }
    }
    const clients = Array.from({ length: 20 }, client);

    // A request in flight at SIGTERM: its cancel waits for a row lock held here.
    const blocker = new pg.Client({ connectionString: inject('databaseUrl') });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('select 1 from activity where id = $1 for update', [slowOne.data!.id]);
    const slow = fetchVia(new Agent(), `${url}/api/activities/${slowOne.data!.id}/cancel`, headers, '{}');
    await new Promise((resolve) => setTimeout(resolve, 500));

    const exited = server.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ready = await fetchVia(new Agent(), `${url}/ready`, {});
    setTimeout(() => void blocker.query('rollback').then(() => blocker.end()), 1_000);

    await Promise.all(clients);
    expect((await slow).status).toBe(200);
    expect(await exited).toBe(0);
    expect(ready.status).toBe(503);
    expect(tally.failed).toEqual([]);
    expect(tally.ok).toBeGreaterThan(100);
  }, 30_000);
});

/** A request through `agent`, as `fetch` would answer it but on node:http (whose keep-alive sockets we control). */
function fetchVia(agent: Agent, url: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number }>((resolve, reject) => {
    const req = request(url, { method: body === undefined ? 'GET' : 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode! }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
