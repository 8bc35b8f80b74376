// The document states what the server checks: each rule below is enforced, and declared in the document so that
// a client generated from it cannot build a request the server refuses as invalid (issue 16, points 4 to 9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../src/app.ts';
import { actor, send, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
let admin: Awaited<ReturnType<typeof actor>>;
const schemas = (buildDocument().components?.schemas ?? {}) as Record<string, Record<string, unknown>>;
const property = (schema: string, name: string) =>
  ((schemas[schema]?.properties ?? {}) as Record<string, Record<string, unknown>>)[name];

beforeAll(async () => {
  ctx = await setupApp();
  admin = await actor(ctx);
});
afterAll(() => ctx.close());

describe('a task result names its activity one way or another', () => {
  it('declares "activity_id or provider_activity_id", and refuses a body with neither', async () => {
    expect(schemas.CreateTaskResultBody?.anyOf).toEqual([
      { required: ['activity_id'] },
      { required: ['provider_activity_id'] },
    ]);
    const res = await send(ctx, 'POST', '/api/activity-results/tasks', {
      headers: admin.headers,
      body: {
        commerce_external_id: 'store-001',
        status: 'COMPLETED',
        occurred_at: '2025-01-16T14:30:00.000Z',
        task_result: { result: 'success' },
      },
    });
    expect(res.status).toBe(400);
  });
});

describe('target criteria', () => {
  it('are a union on `type`: ROLE_MATCH requires `config.role` from the roles', async () => {
    expect(schemas.TargetCriterion?.discriminator).toMatchObject({ propertyName: 'type' });
    const config = (property('RoleMatchCriterion', 'config')?.properties ?? {}) as Record<string, { enum?: string[] }>;
    const role = config.role;
    expect(role?.enum).toContain('OWNER');
    expect(schemas.RoleMatchCriterion?.required).toEqual(expect.arrayContaining(['type', 'config']));
    for (const config of [undefined, {}, { role: 'BOSS' }]) {
      const res = await send(ctx, 'POST', '/api/activity-config/target-resolution', {
        headers: admin.headers,
        body: { resolution_strategy: 'UPFRONT', criteria: [{ type: 'ROLE_MATCH', config }] },
      });
      expect(res.status, JSON.stringify(config)).toBe(400);
    }
  });
});

describe('contacts', () => {
  it('check their value by their type, as the document says: E.164 for PHONE and WHATSAPP', async () => {
    expect(property('PhoneContactInput', 'value')?.pattern).toBe('^\\+[1-9][0-9]{6,14}$');
    expect(schemas.CommerceContactInput?.discriminator).toMatchObject({ propertyName: 'contact_type' });
    const sync = (contact: object) =>
      send(ctx, 'POST', '/api/commerces/sync', {
        headers: admin.headers,
        body: {
          items: [{ external_id: 'contact-rules', name: 'Shop', users: [{ external_id: 'U', contacts: [contact] }] }],
        },
      });
    expect((await sync({ contact_type: 'WHATSAPP', value: '912345678' })).status).toBe(400);
    expect((await sync({ contact_type: 'WHATSAPP', value: '+56912345678' })).status).toBe(200);
    expect((await sync({ contact_type: 'OTHER', value: 'Ask at the counter' })).status).toBe(200);
  });

  it.each(['o/b@example.com', 'x{1}@example.com', 'a#b@example.com'])(
    'accept the e-mail address %s, which the declared pattern allows',
    async (email) => {
      expect(new RegExp(property('EmailContactInput', 'value')?.pattern as string).test(email)).toBe(true);
      const res = await send(ctx, 'POST', '/api/commerces/sync', {
        headers: admin.headers,
        body: {
          items: [
            {
              external_id: `mail-${email}`,
              name: 'Shop',
              users: [{ external_id: 'U', contacts: [{ contact_type: 'EMAIL', value: email }] }],
            },
          ],
        },
      });
      expect(res.status).toBe(200);
      const operator = await send(ctx, 'POST', '/api/operators', {
        headers: admin.headers,
        body: { type: 'SALESMAN', name: 'Op', email },
      });
      expect(operator.status).toBe(201);
    },
  );
});

describe('ids', () => {
  it("any hex UUID is an id: one whose variant is not RFC 4122's is 404 when unknown, not 400", async () => {
    const odd = 'e3e70682-c209-4cac-629f-6fbed82c07cd';
    const res = await send(ctx, 'GET', `/api/activities/${odd}`, { headers: admin.headers });
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('ACTIVITY_NOT_FOUND');
    // In a body and in a query, the same.
    const result = await send(ctx, 'POST', '/api/activity-results/tasks', {
      headers: admin.headers,
      body: {
        activity_id: odd,
        commerce_external_id: 'store-001',
        status: 'COMPLETED',
        occurred_at: '2025-01-16T14:30:00.000Z',
        task_result: { result: 'success' },
      },
    });
    expect(result.status).toBe(404);
    const list = await send(ctx, 'GET', `/api/activities?commerce_id=${odd}`, { headers: admin.headers });
    expect(list.status).toBe(200);
  });
});

describe('text', () => {
  it('must not be blank nor hold NUL, which the document states as a pattern', async () => {
    const pattern = new RegExp(property('CreateTenantBody', 'name')?.pattern as string);
    expect(['Acme', '  Acme  '].map((name) => pattern.test(name))).toEqual([true, true]);
    expect(['', '   ', 'Ac\u0000me'].map((name) => pattern.test(name))).toEqual([false, false, false]);
    const res = await send(ctx, 'POST', '/api/routes', { headers: admin.headers, body: { name: '   ' } });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toMatchObject({ path: 'body.name', message: 'Must not be blank' });
  });
});

describe('PATCH bodies', () => {
  it.each(['UpdateCommerceBody', 'UpdateOperatorBody', 'UpdateRouteBody', 'UpdateDispatchConfigBody'])(
    '%s declares minProperties: 1',
    (name) => {
      expect(schemas[name]?.minProperties).toBe(1);
    },
  );
});

describe('bounds', () => {
  /** Where each response array without `maxItems` is: the unbounded collections docs/decisions.md lists. */
  function unboundedArrays(node: unknown, path: string, found: string[]): string[] {
    if (typeof node !== 'object' || node === null) return found;
    const schema = node as { type?: unknown; maxItems?: number };
    if (schema.type === 'array' && schema.maxItems === undefined) found.push(path);
    for (const [key, value] of Object.entries(node)) unboundedArrays(value, `${path}/${key}`, found);
    return found;
  }

  it('every response array has maxItems, but for the unbounded collections docs/decisions.md lists', () => {
    const document = buildDocument();
    const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.entries(item ?? {})
        .filter(([, operation]) => unboundedArrays((operation as { responses?: unknown }).responses, '', []).length)
        .map(([method]) => `${method} ${path}`),
    );
    const components = unboundedArrays(schemas, '#', []).filter((where) => !/(Body|Input|Query)\//.test(where));
    expect(operations.sort()).toEqual([
      'get /api/activities/{id}/status-events',
      'get /api/activities/{id}/target-users',
      'get /api/activity-config/target-resolution',
      'get /api/activity-config/task-result-types',
      'get /api/api-keys',
      'get /api/dispatch-configs',
      'get /api/integration/task-result-type-configs',
      'get /api/tenants',
    ]);
    expect(components.sort()).toEqual([
      '#/CommerceDetail/allOf/1/properties/users',
      '#/Me/properties/tenantIds',
      '#/RouteDetail/allOf/1/properties/operators',
    ]);
  });

  it('a problem lists at most 50 field errors, and its detail counts the rest', async () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ external_id: `bad-${i}` }));
    const res = await send(ctx, 'POST', '/api/commerces/sync', { headers: admin.headers, body: { items } });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.errors).toHaveLength(50);
    expect(problem.detail).toMatch(/; and 10 more$/);
    expect(schemas.Problem?.properties).toMatchObject({ errors: { maxItems: 50 } });
  });

  it('a timestamp is at most 35 characters (nanoseconds and an offset), as declared', async () => {
    const scheduled = property('CreateActivityBody', 'scheduled_at') ?? {};
    expect(scheduled).toMatchObject({ format: 'date-time', maxLength: 35 });
    const list = (when: string) =>
      send(ctx, 'GET', `/api/activities?scheduled_from=${encodeURIComponent(when)}`, { headers: admin.headers });
    expect((await list('2025-01-16T09:00:00.123456789+14:00')).status).toBe(200);
    expect((await list('2025-01-16T09:00:00.1234567891+14:00')).status).toBe(400);
  });
});

describe('free-form values', () => {
  it('refuse NUL at any depth, as the introduction says (a recursive schema would break common tools)', async () => {
    expect(buildDocument().info.description).toContain('No string, key or value, anywhere,\nmay contain NUL');
    const sync = (metadata: object) =>
      send(ctx, 'POST', '/api/commerces/sync', {
        headers: admin.headers,
        body: { items: [{ external_id: 'free-form', name: 'Shop', metadata }] },
      });
    expect((await sync({ zone: { tags: ['north\u0000'] } })).status).toBe(400);
    expect((await sync({ zone: { tags: ['north'] } })).status).toBe(200);
  });
});
