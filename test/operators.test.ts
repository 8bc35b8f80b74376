import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor, send, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

async function operatorRows(tenantId: string) {
  return ctx.owner.em
    .fork()
    .getConnection()
    .execute<{ external_id: string; name: string }[]>(
      'select external_id, name from operator where tenant_id = ? order by external_id',
      [tenantId],
    );
}

describe('POST /api/operators', () => {
  it('creates an operator and reads it back with the name split', async () => {
    const { api } = await actor(ctx, { roles: ['FDE'] });
    const { data, response } = await api.POST('/api/operators', {
      body: {
        type: 'SALESMAN',
        name: 'Ana María Pérez',
        email: 'Ana@Example.com',
        phone: '+56912345678',
        external_id: 'S-1',
        metadata: { team: 'north' },
      },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      name: 'Ana María Pérez',
      firstName: 'Ana',
      lastName: 'María Pérez',
      email: 'ana@example.com',
      type: 'SALESMAN',
      externalId: 'S-1',
      isActive: true,
      isPlaceholder: false,
      metadata: { team: 'north' },
    });
    const read = await api.GET('/api/operators/{id}', { params: { path: { id: data?.id ?? '' } } });
    expect(read.data).toEqual(data);
  });

  it('a one-word name has no last name', async () => {
    const { api } = await actor(ctx);
    const { data } = await api.POST('/api/operators', { body: { type: 'CALLCENTER', name: 'Cher' } });
    expect(data).toMatchObject({ firstName: 'Cher', lastName: null, email: null, externalId: null });
  });

  it('409 OPERATOR_CONFLICT for a used e-mail (any case) or a duplicate type + external_id', async () => {
    const { api } = await actor(ctx);
    await api.POST('/api/operators', { body: { type: 'SALESMAN', name: 'A', email: 'a@x.com', external_id: 'S-1' } });
    const email = await api.POST('/api/operators', { body: { type: 'ACTIVATOR', name: 'B', email: 'A@X.COM' } });
    expect(email.response.status).toBe(409);
    expect(email.error?.code).toBe('OPERATOR_CONFLICT');
    const key = await api.POST('/api/operators', { body: { type: 'SALESMAN', name: 'C', external_id: 'S-1' } });
    expect(key.response.status).toBe(409);
    expect(key.error?.code).toBe('OPERATOR_CONFLICT');
    // The same external id under another type is a different operator.
    const other = await api.POST('/api/operators', { body: { type: 'ACTIVATOR', name: 'D', external_id: 'S-1' } });
    expect(other.response.status).toBe(201);
  });

  it.each([
    ['a missing type', { name: 'X' }, 'body.type'],
    ['an unknown type', { type: 'DRIVER', name: 'X' }, 'body.type'],
    ['a bad e-mail', { type: 'SALESMAN', name: 'X', email: 'nope' }, 'body.email'],
    ['an unknown field', { type: 'SALESMAN', name: 'X', first_name: 'X' }, 'body'],
  ])('400 for %s', async (_, body, path) => {
    const { headers } = await actor(ctx);
    const res = await send(ctx, 'POST', '/api/operators', { headers, body });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('401 without a token, 403 for VIEWER', async () => {
    const { tenantId } = await actor(ctx);
    const body = { type: 'SALESMAN', name: 'X' };
    expect((await send(ctx, 'POST', '/api/operators', { headers: { 'x-tenant-id': tenantId }, body })).status).toBe(
      401,
    );
    const { api } = await actor(ctx, { roles: ['VIEWER'] });
    const res = await api.POST('/api/operators', { body: { type: 'SALESMAN', name: 'X' } });
    expect(res.response.status).toBe(403);
  });
});

describe('POST /api/operators/sync', () => {
  const items = [
    { external_id: 'S-1', type: 'SALESMAN' as const, name: 'Ana Pérez', email: 'ana@x.com' },
    { external_id: 'S-1', type: 'ACTIVATOR' as const, name: 'Beto Soto' },
    { external_id: 'C-1', type: 'CALLCENTER' as const, name: 'Carla', metadata: { shift: 'am' } },
  ];

  it('creates, then updates by (type, external_id) without duplicates', async () => {
    const { api, tenantId } = await actor(ctx);
    const first = await api.POST('/api/operators/sync', { body: { items } });
    expect(first.response.status).toBe(200);
    expect(first.data).toEqual({ created: 3, updated: 0, total: 3 });
    const second = await api.POST('/api/operators/sync', {
      body: { items: [{ ...items[0], name: 'Ana María Pérez' } as (typeof items)[0], ...items.slice(1)] },
    });
    expect(second.data).toEqual({ created: 0, updated: 3, total: 3 });
    const rows = await operatorRows(tenantId);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.name)).toContain('Ana María Pérez');
  });

  it('turns a placeholder into a real operator', async () => {
    const { api } = await actor(ctx);
    const created = await api.POST('/api/operators', {
      body: { type: 'SALESMAN', name: 'S-9', external_id: 'S-9', is_placeholder: true },
    });
    expect(created.data?.isPlaceholder).toBe(true);
    await api.POST('/api/operators/sync', {
      body: { items: [{ external_id: 'S-9', type: 'SALESMAN', name: 'Real' }] },
    });
    const read = await api.GET('/api/operators/{id}', { params: { path: { id: created.data?.id ?? '' } } });
    expect(read.data).toMatchObject({ name: 'Real', isPlaceholder: false });
  });

  it('writes nothing when one item takes another operator’s e-mail (409)', async () => {
    const { api, tenantId } = await actor(ctx);
    await api.POST('/api/operators', { body: { type: 'SALESMAN', name: 'Old', email: 'taken@x.com' } });
    const res = await api.POST('/api/operators/sync', {
      body: {
        items: [
          { external_id: 'N-1', type: 'SALESMAN', name: 'New' },
          { external_id: 'N-2', type: 'SALESMAN', name: 'Thief', email: 'taken@x.com' },
        ],
      },
    });
    expect(res.response.status).toBe(409);
    expect(res.error?.code).toBe('OPERATOR_CONFLICT');
    expect((await operatorRows(tenantId)).map((r) => r.name)).toEqual(['Old']);
  });

  it.each([
    ['a duplicate key', { items: [items[0], items[0]] }, 'body.items.1.external_id'],
    [
      'a duplicate e-mail',
      { items: [items[0], { external_id: 'Z', type: 'SALESMAN', name: 'Z', email: 'ana@x.com' }] },
      'body.items.1.email',
    ],
    ['a missing type', { items: [{ external_id: 'Z', name: 'Z' }] }, 'body.items.0.type'],
    ['no items', { items: [] }, 'body.items'],
  ])('400 for %s, and nothing is written', async (_, body, path) => {
    const { headers, tenantId } = await actor(ctx);
    const res = await send(ctx, 'POST', '/api/operators/sync', { headers, body });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await operatorRows(tenantId)).toEqual([]);
  });

  it('403 for FDE and VIEWER', async () => {
    for (const role of ['FDE', 'VIEWER'] as const) {
      const { api } = await actor(ctx, { roles: [role] });
      const res = await api.POST('/api/operators/sync', { body: { items } });
      expect(res.response.status).toBe(403);
    }
  });
});

describe('GET /api/operators', () => {
  async function seeded() {
    const me = await actor(ctx);
    await me.api.POST('/api/operators/sync', {
      body: {
        items: [
          { external_id: '1', type: 'SALESMAN', name: 'Íñigo Núñez', email: 'inigo@x.com' },
          { external_id: '2', type: 'CALLCENTER', name: 'Beatriz', email: 'bea@nunez.cl' },
          { external_id: '3', type: 'SALESMAN', name: 'Andrés' },
        ],
      },
    });
    return me;
  }
  const names = (data: { data: { name: string }[] } | undefined) => data?.data.map((o) => o.name);

  it('orders by name, paginates, and filters by type and is_active', async () => {
    const { api } = await seeded();
    const all = await api.GET('/api/operators');
    expect(names(all.data)).toEqual(['Andrés', 'Beatriz', 'Íñigo Núñez']);
    const page = await api.GET('/api/operators', { params: { query: { per_page: 2, page: 2 } } });
    expect(page.data?.meta).toEqual({ page: 2, limit: 2, total: 3, totalPages: 2 });
    expect(names(page.data)).toEqual(['Íñigo Núñez']);
    const salesmen = await api.GET('/api/operators', { params: { query: { type: 'SALESMAN' } } });
    expect(names(salesmen.data)).toEqual(['Andrés', 'Íñigo Núñez']);
    const andres = all.data?.data[0]?.id ?? '';
    await api.PATCH('/api/operators/{id}', { params: { path: { id: andres } }, body: { is_active: false } });
    const inactive = await api.GET('/api/operators', { params: { query: { is_active: 'false' } } });
    expect(names(inactive.data)).toEqual(['Andrés']);
  });

  it('searches name and e-mail, ignoring case and accents', async () => {
    const { api } = await seeded();
    const search = async (term: string) =>
      names((await api.GET('/api/operators', { params: { query: { search: term } } })).data);
    expect(await search('nunez')).toEqual(['Beatriz', 'Íñigo Núñez']);
    expect(await search('ANDRES')).toEqual(['Andrés']);
    expect(await search('%')).toEqual([]);
  });

  it('400 for a bad type or boolean', async () => {
    const { headers } = await actor(ctx);
    expect((await send(ctx, 'GET', '/api/operators?type=DRIVER', { headers })).status).toBe(400);
    expect((await send(ctx, 'GET', '/api/operators?is_active=TRUE', { headers })).status).toBe(400);
  });

  it('403 for VIEWER; another tenant sees none', async () => {
    const { tenantId } = await seeded();
    const viewer = await actor(ctx, { roles: ['VIEWER'], tenantId });
    expect((await viewer.api.GET('/api/operators')).response.status).toBe(403);
    const stranger = await actor(ctx);
    expect((await stranger.api.GET('/api/operators')).data?.meta.total).toBe(0);
  });
});

describe('GET and PATCH /api/operators/{id}', () => {
  it('merges metadata and changes the fields given', async () => {
    const { api } = await actor(ctx);
    const { data: created } = await api.POST('/api/operators', {
      body: { type: 'SALESMAN', name: 'Ana', metadata: { a: 1, b: 2 } },
    });
    const id = created?.id ?? '';
    const { data, response } = await api.PATCH('/api/operators/{id}', {
      params: { path: { id } },
      body: { name: 'Ana Pérez', phone: '+56911111111', metadata: { b: 3 } },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      firstName: 'Ana',
      lastName: 'Pérez',
      phone: '+56911111111',
      metadata: { a: 1, b: 3 },
    });
  });

  it('409 for an e-mail another operator has; 400 for an empty body', async () => {
    const { api, headers } = await actor(ctx);
    await api.POST('/api/operators', { body: { type: 'SALESMAN', name: 'A', email: 'a@x.com' } });
    const { data: b } = await api.POST('/api/operators', { body: { type: 'SALESMAN', name: 'B' } });
    const id = b?.id ?? '';
    const res = await api.PATCH('/api/operators/{id}', { params: { path: { id } }, body: { email: 'a@x.com' } });
    expect(res.response.status).toBe(409);
    expect(res.error?.code).toBe('OPERATOR_CONFLICT');
    expect((await send(ctx, 'PATCH', `/api/operators/${id}`, { headers, body: {} })).status).toBe(400);
  });

  it('404 for another tenant’s operator, and it is not changed', async () => {
    const owner = await actor(ctx);
    const { data } = await owner.api.POST('/api/operators', { body: { type: 'SALESMAN', name: 'Mine' } });
    const id = data?.id ?? '';
    const { api } = await actor(ctx);
    const read = await api.GET('/api/operators/{id}', { params: { path: { id } } });
    expect(read.response.status).toBe(404);
    expect(read.error?.code).toBe('OPERATOR_NOT_FOUND');
    const write = await api.PATCH('/api/operators/{id}', { params: { path: { id } }, body: { name: 'Theirs' } });
    expect(write.response.status).toBe(404);
    expect((await owner.api.GET('/api/operators/{id}', { params: { path: { id } } })).data?.name).toBe('Mine');
  });
});
