import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor, send, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

async function count(table: string, tenantId: string): Promise<number> {
  const [row] = await ctx.owner.em
    .fork()
    .getConnection()
    .execute<{ n: number }[]>(`select count(*)::int as n from ${table} where tenant_id = ?`, [tenantId]);
  return row?.n ?? 0;
}

const fullItem = {
  external_id: 'COM-001',
  name: 'Almacén Don Pepe',
  tax_id: '76.123.456-7',
  global_external_id: 'G-1',
  metadata: { segment: 'gold', zone: 'north' },
  addresses: [
    { street: 'Av. Providencia', street_number: '1234', city: 'Santiago', country_code: 'CL', latitude: -33.4 },
    { street: 'Los Leones', is_primary: true },
  ],
  users: [
    {
      external_id: 'USR-1',
      name: 'José Luis Pérez',
      roles: ['OWNER', 'FINANCE'] as ('OWNER' | 'FINANCE')[],
      contacts: [
        { contact_type: 'WHATSAPP' as const, value: '+56912345678', is_primary: true },
        { contact_type: 'EMAIL' as const, value: 'jose@example.com' },
      ],
    },
    { external_id: 'USR-2', name: 'Cher' },
  ],
};

describe('POST /api/commerces/sync', () => {
  it('creates, then updates on a second run without duplicating rows', async () => {
    const { api, tenantId } = await actor(ctx);
    const first = await api.POST('/api/commerces/sync', {
      body: { items: [fullItem, { external_id: 'COM-002', name: 'Kiosko' }] },
    });
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({ created: 2, updated: 0, total: 2 });
    expect(first.data?.items.map((i) => [i.externalId, i.result])).toEqual([
      ['COM-001', 'CREATED'],
      ['COM-002', 'CREATED'],
    ]);

    const second = await api.POST('/api/commerces/sync', {
      body: { items: [fullItem, { external_id: 'COM-002', name: 'Kiosko' }] },
    });
    expect(second.data).toMatchObject({ created: 0, updated: 2, total: 2 });
    expect(second.data?.items.map((i) => i.id)).toEqual(first.data?.items.map((i) => i.id));
    expect(await count('commerce', tenantId)).toBe(2);
    expect(await count('commerce_address', tenantId)).toBe(2);
    expect(await count('commerce_user', tenantId)).toBe(2);
    expect(await count('commerce_contact', tenantId)).toBe(2);
  });

  it('concurrent syncs of the same new commerces make one row each', async () => {
    const { api, tenantId } = await actor(ctx);
    const body = { items: [fullItem, { external_id: 'COM-002', name: 'Kiosko' }] };
    const results = await Promise.all(Array.from({ length: 4 }, () => api.POST('/api/commerces/sync', { body })));
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200, 200]);
    expect(results.reduce((n, r) => n + (r.data?.created ?? 0), 0)).toBe(2);
    expect(await count('commerce', tenantId)).toBe(2);
    expect(await count('commerce_user', tenantId)).toBe(2);
  });

  it('stores addresses, users, roles and contacts, and splits names', async () => {
    const { api } = await actor(ctx);
    const sync = await api.POST('/api/commerces/sync', { body: { items: [fullItem] } });
    const id = sync.data?.items[0]?.id ?? '';
    const { data, response } = await api.GET('/api/commerces/{id}', { params: { path: { id } } });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      id,
      name: 'Almacén Don Pepe',
      externalId: 'COM-001',
      globalExternalId: 'G-1',
      taxId: '76.123.456-7',
      isActive: true,
      isPlaceholder: false,
      metadata: { segment: 'gold', zone: 'north' },
    });
    // The primary address comes first.
    expect(data?.addresses.map((a) => a.street)).toEqual(['Los Leones', 'Av. Providencia']);
    expect(data?.addresses[1]).toMatchObject({ streetNumber: '1234', countryCode: 'CL', latitude: -33.4, unit: null });
    const [jose, cher] = data?.users ?? [];
    expect(jose).toMatchObject({ externalId: 'USR-1', firstName: 'José', lastName: 'Luis Pérez' });
    expect(jose?.roles).toEqual([{ role: 'OWNER' }, { role: 'FINANCE' }]);
    expect(jose?.contacts.map((k) => [k.type, k.value, k.isPrimary])).toEqual([
      ['WHATSAPP', '+56912345678', true],
      ['EMAIL', 'jose@example.com', false],
    ]);
    expect(cher).toMatchObject({ firstName: 'Cher', lastName: null, roles: [], contacts: [] });
  });

  it('replaces addresses and contacts when given, keeps what is not given', async () => {
    const { api } = await actor(ctx);
    const sync = await api.POST('/api/commerces/sync', { body: { items: [fullItem] } });
    const id = sync.data?.items[0]?.id ?? '';
    await api.POST('/api/commerces/sync', {
      body: {
        items: [
          {
            external_id: 'COM-001',
            name: 'Almacén Don Pepe 2',
            addresses: [{ street: 'Nueva 1' }],
            users: [{ external_id: 'USR-1', contacts: [{ contact_type: 'PHONE', value: '+56222222222' }] }],
          },
        ],
      },
    });
    const { data } = await api.GET('/api/commerces/{id}', { params: { path: { id } } });
    expect(data).toMatchObject({ name: 'Almacén Don Pepe 2', taxId: '76.123.456-7', metadata: { segment: 'gold' } });
    expect(data?.addresses.map((a) => a.street)).toEqual(['Nueva 1']);
    expect(data?.users.map((u) => u.externalId)).toEqual(['USR-1', 'USR-2']);
    const jose = data?.users[0];
    expect(jose).toMatchObject({ firstName: 'José', roles: [{ role: 'OWNER' }, { role: 'FINANCE' }] });
    expect(jose?.contacts.map((k) => k.value)).toEqual(['+56222222222']);
  });

  it('turns a placeholder into a real commerce', async () => {
    const { api, tenantId } = await actor(ctx);
    await ctx.owner.em
      .fork()
      .getConnection()
      .execute(
        `insert into commerce (id, tenant_id, external_id, name, is_placeholder, metadata, created_at, updated_at)
         values (gen_random_uuid(), ?, 'PH-1', 'PH-1', true, '{}', now(), now())`,
        [tenantId],
      );
    const sync = await api.POST('/api/commerces/sync', { body: { items: [{ external_id: 'PH-1', name: 'Real' }] } });
    expect(sync.data?.items[0]?.result).toBe('UPDATED');
    const list = await api.GET('/api/commerces', { params: { query: { external_id: 'PH-1' } } });
    expect(list.data?.data[0]).toMatchObject({ name: 'Real', isPlaceholder: false });
  });

  it('writes nothing when one item conflicts on tax_id (409)', async () => {
    const { api, tenantId } = await actor(ctx);
    await api.POST('/api/commerces/sync', { body: { items: [{ external_id: 'A', name: 'A', tax_id: 'T-1' }] } });
    const res = await api.POST('/api/commerces/sync', {
      body: {
        items: [
          { external_id: 'B', name: 'B', users: [{ external_id: 'U', name: 'U' }] },
          { external_id: 'C', name: 'C', tax_id: 'T-1' },
        ],
      },
    });
    expect(res.response.status).toBe(409);
    expect(res.error?.code).toBe('TAX_ID_CONFLICT');
    expect(res.error?.detail).toContain('"A"');
    expect(await count('commerce', tenantId)).toBe(1);
    expect(await count('commerce_user', tenantId)).toBe(0);
  });

  it('moves a tax_id between commerces of the same batch only when the database allows it, else 409', async () => {
    const { api } = await actor(ctx);
    await api.POST('/api/commerces/sync', {
      body: { items: [{ external_id: 'A', name: 'A', tax_id: 'T-1' }] },
    });
    // B takes A's tax id while A keeps it: the unique key decides, and it is a 409, never a 500.
    const res = await api.POST('/api/commerces/sync', {
      body: {
        items: [
          { external_id: 'A', name: 'A' },
          { external_id: 'B', name: 'B', tax_id: 'T-1' },
        ],
      },
    });
    expect(res.response.status).toBe(409);
    expect(res.error?.code).toBe('TAX_ID_CONFLICT');
  });

  it.each([
    [
      'a duplicate external_id',
      { items: [fullItem, { external_id: 'COM-001', name: 'X' }] },
      'body.items.1.external_id',
    ],
    ['a duplicate tax_id', { items: [fullItem, { ...fullItem, external_id: 'X' }] }, 'body.items.1.tax_id'],
    [
      'a bad e-mail',
      {
        items: [
          {
            external_id: 'X',
            name: 'X',
            users: [{ external_id: 'U', contacts: [{ contact_type: 'EMAIL', value: 'nope' }] }],
          },
        ],
      },
      'body.items.0.users.0.contacts.0.value',
    ],
    [
      'a phone that is not E.164',
      {
        items: [
          {
            external_id: 'X',
            name: 'X',
            users: [{ external_id: 'U', contacts: [{ contact_type: 'WHATSAPP', value: '912345678' }] }],
          },
        ],
      },
      'body.items.0.users.0.contacts.0.value',
    ],
    [
      'a duplicate user external_id',
      { items: [{ external_id: 'X', name: 'X', users: [{ external_id: 'U' }, { external_id: 'U' }] }] },
      'body.items.0.users.1.external_id',
    ],
    ['an unknown field', { items: [{ external_id: 'X', name: 'X', colour: 'red' }] }, 'body.items.0'],
    ['a missing name', { items: [{ external_id: 'X' }] }, 'body.items.0.name'],
    ['no items', { items: [] }, 'body.items'],
    [
      'a bad role',
      { items: [{ external_id: 'X', name: 'X', users: [{ external_id: 'U', roles: ['BOSS'] }] }] },
      'body.items.0.users.0.roles.0',
    ],
  ])('400 for %s, and nothing is written', async (_, body, path) => {
    const { headers, tenantId } = await actor(ctx);
    const res = await send(ctx, 'POST', '/api/commerces/sync', { headers, body });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await count('commerce', tenantId)).toBe(0);
  });

  it('400 for more than 500 items', async () => {
    const { headers } = await actor(ctx);
    const items = Array.from({ length: 501 }, (_, i) => ({ external_id: `E${i}`, name: 'N' }));
    const res = await send(ctx, 'POST', '/api/commerces/sync', { headers, body: { items } });
    expect(res.status).toBe(400);
  });

  it('401 without a token, 403 for FDE and VIEWER', async () => {
    const { tenantId } = await actor(ctx);
    const body = { items: [{ external_id: 'X', name: 'X' }] };
    const anonymous = await send(ctx, 'POST', '/api/commerces/sync', { headers: { 'x-tenant-id': tenantId }, body });
    expect(anonymous.status).toBe(401);
    for (const role of ['FDE', 'VIEWER'] as const) {
      const { api } = await actor(ctx, { roles: [role] });
      const res = await api.POST('/api/commerces/sync', { body });
      expect(res.response.status).toBe(403);
      expect(res.error?.code).toBe('PERMISSION_DENIED');
    }
  });
});

describe('GET /api/commerces', () => {
  async function seeded() {
    const me = await actor(ctx);
    await me.api.POST('/api/commerces/sync', {
      body: {
        items: [
          { external_id: 'C-3', name: 'Almacén Sur' },
          { external_id: 'C-1', name: 'Botillería 100%', global_external_id: 'G-1' },
          { external_id: 'C-2', name: 'almacen norte' },
          { external_id: 'ZZ-ALMA', name: 'Zapatería' },
        ],
      },
    });
    return me;
  }

  it('orders by name and paginates with meta', async () => {
    const { api } = await seeded();
    const page1 = await api.GET('/api/commerces', { params: { query: { per_page: 3 } } });
    expect(page1.response.status).toBe(200);
    expect(page1.data?.meta).toEqual({ page: 1, limit: 3, total: 4, totalPages: 2 });
    const page2 = await api.GET('/api/commerces', { params: { query: { limit: 3, page: 2 } } });
    const names = [...(page1.data?.data ?? []), ...(page2.data?.data ?? [])].map((c) => c.name);
    expect(names).toHaveLength(4);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
    expect(page1.data?.data[0]).toMatchObject({ externalId: expect.any(String), metadata: {}, isActive: true });
    const beyond = await api.GET('/api/commerces', { params: { query: { page: 9 } } });
    expect(beyond.data).toEqual({ data: [], meta: { page: 9, limit: 25, total: 4, totalPages: 1 } });
  });

  it('searches name and external id, ignoring case and accents', async () => {
    const { api } = await seeded();
    const search = async (term: string) =>
      (await api.GET('/api/commerces', { params: { query: { search: term } } })).data?.data.map((c) => c.externalId);
    expect((await search('Almacen'))?.sort()).toEqual(['C-2', 'C-3']);
    expect((await search('ALMACÉN'))?.sort()).toEqual(['C-2', 'C-3']);
    expect(await search('zz-al')).toEqual(['ZZ-ALMA']);
    // % and _ are literal characters, not wildcards.
    expect(await search('100%')).toEqual(['C-1']);
    expect(await search('_')).toEqual([]);
  });

  it('filters by external ids, is_active and is_placeholder', async () => {
    const { api } = await seeded();
    const ids = async (query: Record<string, string>) =>
      (await api.GET('/api/commerces', { params: { query } })).data?.data.map((c) => c.externalId);
    expect(await ids({ external_id: 'C-2' })).toEqual(['C-2']);
    expect(await ids({ global_external_id: 'G-1' })).toEqual(['C-1']);
    expect(await ids({ is_placeholder: 'true' })).toEqual([]);
    const target = (await api.GET('/api/commerces', { params: { query: { external_id: 'C-3' } } })).data?.data[0];
    await api.PATCH('/api/commerces/{id}', { params: { path: { id: target?.id ?? '' } }, body: { is_active: false } });
    expect(await ids({ is_active: 'false' })).toEqual(['C-3']);
    expect(await ids({ is_active: 'true' })).toHaveLength(3);
  });

  it.each([
    ['is_active=yes', 'query.is_active'],
    ['is_placeholder=1', 'query.is_placeholder'],
    ['per_page=101', 'query.per_page'],
    ['page=0', 'query.page'],
  ])('400 for %s', async (qs, path) => {
    const { headers } = await actor(ctx);
    const res = await send(ctx, 'GET', `/api/commerces?${qs}`, { headers });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.map((e: { path: string }) => e.path)).toEqual([path]);
  });

  it('FDE may list, VIEWER may not; no token is 401', async () => {
    const fde = await actor(ctx, { roles: ['FDE'] });
    expect((await fde.api.GET('/api/commerces')).response.status).toBe(200);
    const viewer = await actor(ctx, { roles: ['VIEWER'] });
    expect((await viewer.api.GET('/api/commerces')).response.status).toBe(403);
    const res = await send(ctx, 'GET', '/api/commerces', { headers: { 'x-tenant-id': fde.tenantId } });
    expect(res.status).toBe(401);
  });

  it('never lists another tenant’s commerces', async () => {
    await seeded();
    const { api } = await actor(ctx);
    const { data } = await api.GET('/api/commerces', { params: { query: { search: 'almacen' } } });
    expect(data?.meta.total).toBe(0);
  });
});

describe('GET and PATCH /api/commerces/{id}', () => {
  async function oneCommerce() {
    const me = await actor(ctx);
    const sync = await me.api.POST('/api/commerces/sync', {
      body: { items: [{ external_id: 'C-1', name: 'Uno', tax_id: 'T-1', metadata: { a: 1, b: 2 } }] },
    });
    return { ...me, id: sync.data?.items[0]?.id ?? '' };
  }

  it('merges metadata and changes only the fields given', async () => {
    const { api, id } = await oneCommerce();
    const { data, response } = await api.PATCH('/api/commerces/{id}', {
      params: { path: { id } },
      body: { name: 'Uno SpA', metadata: { b: 3, c: 4 } },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ id, name: 'Uno SpA', taxId: 'T-1', metadata: { a: 1, b: 3, c: 4 } });
    const cleared = await api.PATCH('/api/commerces/{id}', { params: { path: { id } }, body: { tax_id: null } });
    expect(cleared.data?.taxId).toBeNull();
  });

  it('409 TAX_ID_CONFLICT for a tax_id another commerce holds', async () => {
    const { api, id } = await oneCommerce();
    await api.POST('/api/commerces/sync', { body: { items: [{ external_id: 'C-2', name: 'Dos', tax_id: 'T-2' }] } });
    const res = await api.PATCH('/api/commerces/{id}', { params: { path: { id } }, body: { tax_id: 'T-2' } });
    expect(res.response.status).toBe(409);
    expect(res.error?.code).toBe('TAX_ID_CONFLICT');
  });

  it.each([
    ['an empty body', {}],
    ['an unknown field', { external_id: 'X' }],
    ['a wrong type', { is_active: 'yes' }],
  ])('400 for %s', async (_, body) => {
    const { headers, id } = await oneCommerce();
    const res = await send(ctx, 'PATCH', `/api/commerces/${id}`, { headers, body });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.length).toBeGreaterThan(0);
  });

  it('404 for another tenant’s commerce, on read and on write, and nothing changes', async () => {
    const { id, api: owner } = await oneCommerce();
    const { api } = await actor(ctx);
    const read = await api.GET('/api/commerces/{id}', { params: { path: { id } } });
    expect(read.response.status).toBe(404);
    expect(read.error?.code).toBe('COMMERCE_NOT_FOUND');
    expect(JSON.stringify(read.error)).not.toContain('Uno');
    const write = await api.PATCH('/api/commerces/{id}', { params: { path: { id } }, body: { name: 'Hacked' } });
    expect(write.response.status).toBe(404);
    expect((await owner.GET('/api/commerces/{id}', { params: { path: { id } } })).data?.name).toBe('Uno');
  });

  it('400 for an id that is not a UUID; 403 for VIEWER', async () => {
    const { headers } = await actor(ctx);
    const res = await send(ctx, 'GET', '/api/commerces/not-a-uuid', { headers });
    expect(res.status).toBe(400);
    const { id, tenantId } = await oneCommerce();
    const viewer = await actor(ctx, { roles: ['VIEWER'], tenantId });
    expect((await viewer.api.GET('/api/commerces/{id}', { params: { path: { id } } })).response.status).toBe(403);
  });
});
