// Input a client can send to hurt the server or corrupt data: each is a clear 400, never a 500 or a silent change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_DEPTH } from '../src/http/json-body.ts';
import { seedCommerce } from './factories.ts';
import { actor, send, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
let admin: Awaited<ReturnType<typeof actor>>;
beforeAll(async () => {
  ctx = await setupApp();
  admin = await actor(ctx);
});
afterAll(() => ctx.close());

/** A JSON object nested `depth` levels: {"a":{"a":...{}}}. */
const nested = (depth: number) => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;

const syncBody = (metadata: string) =>
  `{"items":[{"external_id":"deep-${crypto.randomUUID()}","name":"Deep","metadata":${metadata}}]}`;

/** A raw JSON text, as a client could send it. */
const postJson = (path: string, body: string) =>
  send(ctx, 'POST', path, { headers: { ...admin.headers, 'content-type': 'application/json' }, body });

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as { code: string; errors?: { path: string; message: string }[] };
}

describe('JSON bodies', () => {
  it('a body nested 10,000 levels deep is a 400 naming where, not a 500 (no recursive walk sees it)', async () => {
    const res = await postJson('/api/commerces/sync', syncBody(nested(10_000)));
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors?.[0]?.message).toBe(`Nested deeper than ${MAX_BODY_DEPTH} levels`);
  });

  it('a free-form field deeper than 32 levels is a 400 on that field; 32 levels are stored', async () => {
    const deep = await postJson('/api/commerces/sync', syncBody(nested(33)));
    expect(deep.status).toBe(400);
    expect((await problemOf(deep)).errors?.[0]?.path).toBe('body.items.0.metadata');
    const fine = await postJson('/api/commerces/sync', syncBody(nested(32)));
    expect(fine.status).toBe(200);
  });

  it('invalid UTF-8 bytes are a 400, not stored as U+FFFD', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"items":[{"external_id":"utf8-bad","name":"Caf'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}]}'),
    ]);
    const res = await ctx.fetch(
      new Request('http://test.local/api/commerces/sync', {
        method: 'POST',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        body: bytes,
      }),
    );
    expect(res.status).toBe(400);
    expect(await problemOf(res)).toMatchObject({
      code: 'MALFORMED_JSON',
      detail: 'The request body is not valid UTF-8',
    });
    const list = await admin.api.GET('/api/commerces', { params: { query: { external_id: 'utf8-bad' } } });
    expect(list.data!.meta.total).toBe(0);
  });

  it('a lone surrogate escape is a 400 naming the field; a proper pair is stored', async () => {
    const lone = await postJson(
      '/api/commerces/sync',
      '{"items":[{"external_id":"surrogate","name":"Bad \\ud800 name"}]}',
    );
    expect(lone.status).toBe(400);
    expect((await problemOf(lone)).errors?.[0]).toMatchObject({ path: 'body.items.0.name' });
    const pair = await postJson(
      '/api/commerces/sync',
      '{"items":[{"external_id":"emoji","name":"Shop \\ud83d\\ude00"}]}',
    );
    expect(pair.status).toBe(200);
  });

  it('a key given twice in one object is a 400 (JSON.parse would keep the last silently)', async () => {
    const res = await postJson(
      '/api/commerces/sync',
      '{"items":[{"external_id":"dup","name":"First","name":"Second"}]}',
    );
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors?.[0]).toEqual({
      path: 'body.items.0.name',
      message: 'The same key appears twice in this object',
    });
    // The same name in different objects, and escaped spellings of the same key, are told apart correctly.
    const escaped = await postJson(
      '/api/commerces/sync',
      '{"items":[{"external_id":"dup2","name":"A","n\\u0061me":"B"}]}',
    );
    expect(escaped.status).toBe(400);
  });
});

describe('NUL characters', () => {
  it('are a 400 anywhere, a key of a free-form field included; the answer names the key without carrying NUL', async () => {
    const res = await postJson(
      '/api/commerces/sync',
      '{"items":[{"external_id":"nul-key","name":"Shop","metadata":{"a\\u0000b":1}}]}',
    );
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.errors?.[0]).toEqual({
      path: 'body.items.0.metadata.a\\u0000b',
      message: 'Must not contain NUL (\\u0000) characters',
    });
    // The answer itself holds no NUL character: the key's is written out.
    expect(`${problem.errors?.[0]?.path}${(problem as { detail?: string }).detail}`.includes('\u0000')).toBe(false);
  });

  // Found by Schemathesis: a validator's message quoting an unknown key carried its NUL into the answer.
  it.each([
    ['an unknown key, quoted by the validator', '{"items":[{"external_id":"q","name":"Shop","a\\u0000b":1}]}'],
    [
      'a key given twice, named in the path',
      '{"items":[{"external_id":"q","name":"Shop","a\\u0000b":1,"a\\u0000b":2}]}',
    ],
  ])('%s is written out in the answer, never carried', async (_, body) => {
    const res = await postJson('/api/commerces/sync', body);
    expect(res.status).toBe(400);
    const text = await res.text();
    // In the JSON text a NUL character is the escape `\u0000`; the key written out is `\\u0000`.
    expect(text).not.toMatch(/(?<!\\)\\u0000/);
    expect(text).toContain('a\\\\u0000b');
  });

  it('a request path holding NUL is written out in the problem instance', async () => {
    const res = await send(ctx, 'GET', '/api/activities/a%00b', { headers: admin.headers });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/(?<!\\)\\u0000/);
  });
});

describe('timestamps and query integers', () => {
  it('a year-0 timestamp is a 400 (PostgreSQL would store 1 BC and read back year 1)', async () => {
    const commerce = await seedCommerce(ctx, admin.tenantId);
    const res = await send(ctx, 'POST', '/api/activities', {
      headers: admin.headers,
      body: {
        type: 'MESSAGE',
        reason: 'Year zero',
        channel: 'WHATSAPP',
        commerce_id: commerce.id,
        idempotency_key: 'year-zero',
        scheduled_at: '0000-06-01T00:00:00.000Z',
      },
    });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors?.[0]).toMatchObject({ path: 'body.scheduled_at' });
  });

  it.each(['0x10', '1e1', '+5', ' 5', '5.0'])('page=%s is a 400: query integers are decimal digits', async (page) => {
    const res = await send(ctx, 'GET', `/api/activities?page=${encodeURIComponent(page)}`, { headers: admin.headers });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors?.[0]?.path).toBe('query.page');
  });
});

describe('the tenant header', () => {
  it('accepts a tenant id in upper case, as path and body ids are', async () => {
    const res = await send(ctx, 'GET', '/api/activities', {
      headers: { ...admin.headers, 'x-tenant-id': admin.tenantId.toUpperCase() },
    });
    expect(res.status).toBe(200);
  });
});
