import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor, send, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

type Actor = Awaited<ReturnType<typeof actor>>;

async function newRoute({ api }: Actor, name = 'North route', external_id?: string) {
  const { data } = await api.POST('/api/routes', { body: { name, ...(external_id ? { external_id } : {}) } });
  return data?.id ?? '';
}

async function newOperator({ api }: Actor, name = 'Ana Pérez') {
  const { data } = await api.POST('/api/operators', { body: { type: 'SALESMAN', name } });
  return data?.id ?? '';
}

describe('routes', () => {
  it('creates, reads and updates a route (metadata merged)', async () => {
    const me = await actor(ctx, { roles: ['FDE'] });
    const created = await me.api.POST('/api/routes', {
      body: { name: 'North', external_id: 'R-1', description: 'Mondays', metadata: { a: 1 } },
    });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'North', externalId: 'R-1', description: 'Mondays', isActive: true });
    const id = created.data?.id ?? '';
    const updated = await me.api.PATCH('/api/routes/{id}', {
      params: { path: { id } },
      body: { name: 'North 2', description: null, metadata: { b: 2 } },
    });
    expect(updated.data).toMatchObject({
      name: 'North 2',
      externalId: 'R-1',
      description: null,
      metadata: { a: 1, b: 2 },
    });
    const read = await me.api.GET('/api/routes/{id}', { params: { path: { id } } });
    expect(read.data).toMatchObject({ id, name: 'North 2', operators: [] });
  });

  it('409 RESOURCE_CONFLICT for a duplicate external_id, on create and on update', async () => {
    const me = await actor(ctx);
    await newRoute(me, 'A', 'R-1');
    const dup = await me.api.POST('/api/routes', { body: { name: 'B', external_id: 'R-1' } });
    expect(dup.response.status).toBe(409);
    expect(dup.error?.code).toBe('RESOURCE_CONFLICT');
    const other = await newRoute(me, 'C', 'R-2');
    const patch = await me.api.PATCH('/api/routes/{id}', {
      params: { path: { id: other } },
      body: { external_id: 'R-1' },
    });
    expect(patch.response.status).toBe(409);
  });

  it('lists by name with search (accents, external id), is_active and pagination', async () => {
    const me = await actor(ctx);
    await newRoute(me, 'Ruta Peñalolén', 'PEN-1');
    await newRoute(me, 'Ruta Centro', 'CEN-1');
    const inactive = await newRoute(me, 'Antigua', 'OLD-1');
    await me.api.PATCH('/api/routes/{id}', { params: { path: { id: inactive } }, body: { is_active: false } });
    const names = async (query: Record<string, string | number>) =>
      (await me.api.GET('/api/routes', { params: { query } })).data?.data.map((r) => r.name);
    expect(await names({})).toEqual(['Antigua', 'Ruta Centro', 'Ruta Peñalolén']);
    expect(await names({ search: 'penalolen' })).toEqual(['Ruta Peñalolén']);
    expect(await names({ search: 'cen-' })).toEqual(['Ruta Centro']);
    expect(await names({ is_active: 'true' })).toEqual(['Ruta Centro', 'Ruta Peñalolén']);
    const page = await me.api.GET('/api/routes', { params: { query: { per_page: 2, page: 2 } } });
    expect(page.data?.meta).toEqual({ page: 2, limit: 2, total: 3, totalPages: 2 });
  });

  it('400 for invalid bodies and queries', async () => {
    const { headers } = await actor(ctx);
    for (const body of [{}, { name: '' }, { name: 'X', colour: 'red' }]) {
      const res = await send(ctx, 'POST', '/api/routes', { headers, body });
      expect(res.status).toBe(400);
      expect((await res.json()).errors.length).toBeGreaterThan(0);
    }
    expect((await send(ctx, 'GET', '/api/routes?is_active=no', { headers })).status).toBe(400);
  });

  it('401 without a token; 403 for VIEWER', async () => {
    const { tenantId } = await actor(ctx);
    expect((await send(ctx, 'GET', '/api/routes', { headers: { 'x-tenant-id': tenantId } })).status).toBe(401);
    const viewer = await actor(ctx, { roles: ['VIEWER'] });
    expect((await viewer.api.GET('/api/routes')).response.status).toBe(403);
    expect((await viewer.api.POST('/api/routes', { body: { name: 'X' } })).response.status).toBe(403);
  });

  it('404 for another tenant’s route', async () => {
    const owner = await actor(ctx);
    const id = await newRoute(owner, 'Mine');
    const { api } = await actor(ctx);
    const read = await api.GET('/api/routes/{id}', { params: { path: { id } } });
    expect(read.response.status).toBe(404);
    expect(read.error?.code).toBe('ROUTE_NOT_FOUND');
    const write = await api.PATCH('/api/routes/{id}', { params: { path: { id } }, body: { name: 'Theirs' } });
    expect(write.response.status).toBe(404);
    expect((await api.GET('/api/routes')).data?.meta.total).toBe(0);
  });
});

describe('route operators', () => {
  it('links idempotently, updates the role, shows the links, and unlinks', async () => {
    const me = await actor(ctx);
    const id = await newRoute(me);
    const ana = await newOperator(me, 'Ana Pérez');
    const beto = await newOperator(me, 'Beto Soto');

    const link = await me.api.POST('/api/routes/{id}/operators', {
      params: { path: { id } },
      body: { operator_id: beto },
    });
    expect(link.response.status).toBe(201);
    expect(link.data).toEqual({ routeId: id, operatorId: beto, role: 'MEMBER', isActive: true });
    await me.api.POST('/api/routes/{id}/operators', {
      params: { path: { id } },
      body: { operator_id: ana, role: 'LEAD' },
    });
    // Again without a role: the link is kept as it is, not duplicated or demoted.
    const again = await me.api.POST('/api/routes/{id}/operators', {
      params: { path: { id } },
      body: { operator_id: ana },
    });
    expect(again.data?.role).toBe('LEAD');
    const promoted = await me.api.POST('/api/routes/{id}/operators', {
      params: { path: { id } },
      body: { operator_id: beto, role: 'LEAD' },
    });
    expect(promoted.data?.role).toBe('LEAD');

    const read = await me.api.GET('/api/routes/{id}', { params: { path: { id } } });
    expect(read.data?.operators).toEqual([
      { operatorId: ana, role: 'LEAD', isActive: true, operator: { name: 'Ana Pérez', type: 'SALESMAN' } },
      { operatorId: beto, role: 'LEAD', isActive: true, operator: { name: 'Beto Soto', type: 'SALESMAN' } },
    ]);

    const removed = await me.api.DELETE('/api/routes/{id}/operators/{operatorId}', {
      params: { path: { id, operatorId: ana } },
    });
    expect(removed.response.status).toBe(204);
    const after = await me.api.GET('/api/routes/{id}', { params: { path: { id } } });
    expect(after.data?.operators.map((o) => o.operatorId)).toEqual([beto]);
    const twice = await me.api.DELETE('/api/routes/{id}/operators/{operatorId}', {
      params: { path: { id, operatorId: ana } },
    });
    expect(twice.response.status).toBe(404);
    expect(twice.error?.code).toBe('OPERATOR_NOT_FOUND');
  });

  it('concurrent links of the same operator make one link', async () => {
    const me = await actor(ctx);
    const id = await newRoute(me);
    const ana = await newOperator(me);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        me.api.POST('/api/routes/{id}/operators', { params: { path: { id } }, body: { operator_id: ana } }),
      ),
    );
    expect(results.map((r) => r.response.status)).toEqual([201, 201, 201, 201, 201]);
    const read = await me.api.GET('/api/routes/{id}', { params: { path: { id } } });
    expect(read.data?.operators).toHaveLength(1);
  });

  it('404 for an unknown route, or an operator or route of another tenant', async () => {
    const me = await actor(ctx);
    const stranger = await actor(ctx);
    const id = await newRoute(me);
    const theirOperator = await newOperator(stranger);
    const theirRoute = await newRoute(stranger);
    const mine = await newOperator(me);

    const foreignOperator = await me.api.POST('/api/routes/{id}/operators', {
      params: { path: { id } },
      body: { operator_id: theirOperator },
    });
    expect(foreignOperator.response.status).toBe(404);
    expect(foreignOperator.error?.code).toBe('OPERATOR_NOT_FOUND');
    const foreignRoute = await me.api.POST('/api/routes/{id}/operators', {
      params: { path: { id: theirRoute } },
      body: { operator_id: mine },
    });
    expect(foreignRoute.response.status).toBe(404);
    expect(foreignRoute.error?.code).toBe('ROUTE_NOT_FOUND');
    const unknown = await me.api.POST('/api/routes/{id}/operators', {
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
      body: { operator_id: mine },
    });
    expect(unknown.error?.code).toBe('ROUTE_NOT_FOUND');
    const unlink = await me.api.DELETE('/api/routes/{id}/operators/{operatorId}', {
      params: { path: { id: theirRoute, operatorId: mine } },
    });
    expect(unlink.response.status).toBe(404);
  });

  it('another tenant cannot unlink my operators', async () => {
    const me = await actor(ctx);
    const id = await newRoute(me);
    const ana = await newOperator(me);
    await me.api.POST('/api/routes/{id}/operators', { params: { path: { id } }, body: { operator_id: ana } });
    const { api } = await actor(ctx);
    const res = await api.DELETE('/api/routes/{id}/operators/{operatorId}', {
      params: { path: { id, operatorId: ana } },
    });
    expect(res.response.status).toBe(404);
    expect(res.error?.code).toBe('ROUTE_NOT_FOUND');
    const read = await me.api.GET('/api/routes/{id}', { params: { path: { id } } });
    expect(read.data?.operators).toHaveLength(1);
  });

  it('400 for a camelCase operatorId, a bad role or a bad path id; 403 for VIEWER', async () => {
    const me = await actor(ctx);
    const id = await newRoute(me);
    const ana = await newOperator(me);
    for (const body of [{ operatorId: ana }, { operator_id: ana, role: 'BOSS' }, { operator_id: 'x' }]) {
      const res = await send(ctx, 'POST', `/api/routes/${id}/operators`, { headers: me.headers, body });
      expect(res.status).toBe(400);
    }
    const badPath = await send(ctx, 'DELETE', `/api/routes/${id}/operators/nope`, { headers: me.headers });
    expect(badPath.status).toBe(400);
    const viewer = await actor(ctx, { roles: ['VIEWER'], tenantId: me.tenantId });
    const res = await viewer.api.POST('/api/routes/{id}/operators', {
      params: { path: { id } },
      body: { operator_id: ana },
    });
    expect(res.response.status).toBe(403);
  });
});
