// Every operation that takes an id, called by another tenant with this tenant's ids: 404, never data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/app.ts';
import { seedCommerce, seedOperator, seedRoute } from '../factories.ts';
import { actor, setupApp, type TestContext } from '../harness.ts';
import { exampleRequest, type FuzzTarget, operationsOf, toRequest } from './fuzz-engine.ts';

const operations = (await operationsOf(buildDocument())).filter((op) => op.pathParams.length > 0);

/** Which resource a path parameter names, from the path segment before it. Global resources are absent. */
const RESOURCE_BY_SEGMENT: Record<string, string> = {
  activities: 'activity',
  tasks: 'activity',
  commerces: 'commerce',
  routes: 'route',
  operators: 'operator',
  'activity-results': 'result',
  'target-users': 'targetUser',
  'target-resolution': 'targetConfig',
  'dispatch-configs': 'dispatchConfig',
};

function resourceOf(template: string, param: string): string | undefined {
  const segments = template.split('/');
  return RESOURCE_BY_SEGMENT[segments[segments.indexOf(`{${param}}`) - 1] ?? ''];
}

let ctx: TestContext;
let stranger: FuzzTarget;
const owned: Record<string, string> = {};

beforeAll(async () => {
  ctx = await setupApp();
  const owner = await actor(ctx, { roles: ['SUPER_ADMIN'] });
  const commerce = await seedCommerce(ctx, owner.tenantId, { externalId: 'store-001' });
  const route = await seedRoute(ctx, owner.tenantId);
  const operator = await seedOperator(ctx, owner.tenantId);
  await owner.api.POST('/api/routes/{id}/operators', {
    params: { path: { id: route.id } },
    body: { operator_id: operator.id },
  });
  await owner.api.POST('/api/activity-config/target-resolution', { body: { resolution_strategy: 'MANUAL' } });
  const task = await owner.api.POST('/api/activities/tasks', {
    body: {
      reason: 'Visit',
      channel: 'SALESMAN',
      commerce_id: commerce.id,
      idempotency_key: 'owned',
      assigned_route_id: route.id,
      assigned_operator_id: operator.id,
      scheduled_at: '2025-01-16T09:00:00.000Z',
    },
  });
  const activityId = task.data!.id;
  const result = await owner.api.POST('/api/activity-results/tasks', {
    body: {
      activity_id: activityId,
      commerce_external_id: 'store-001',
      status: 'PENDING',
      occurred_at: '2025-01-16T14:30:00.000Z',
      task_result: { result: 'pending' },
    },
  });
  const providers = (await owner.api.GET('/api/dispatch-providers')).data!;
  const config = await owner.api.POST('/api/dispatch-configs', {
    body: { dispatch_provider_id: providers.find((p) => p.code === 'MOCK')!.id, channel: 'SALESMAN' },
  });
  const targetConfigs = (await owner.api.GET('/api/activity-config/target-resolution')).data!;
  const targetUsers = (
    await owner.api.GET('/api/activities/{id}/target-users', { params: { path: { id: activityId } } })
  ).data!;
  Object.assign(owned, {
    activity: activityId,
    commerce: commerce.id,
    route: route.id,
    operator: operator.id,
    result: result.data!.id,
    targetUser: targetUsers[0]!.id,
    targetConfig: targetConfigs[0]!.id,
    dispatchConfig: config.data!.id,
  });
  expect(Object.values(owned).every(Boolean)).toBe(true);

  const other = await actor(ctx, { roles: ['SUPER_ADMIN'] });
  stranger = { baseUrl: 'http://tenancy.local', fetch: ctx.fetch, headers: other.headers, knownIds: [] };
});
afterAll(() => ctx.close());

const tenantOwned = operations.filter((op) => op.pathParams.every((p) => resourceOf(op.template, p.name)));

describe.each(tenantOwned.map((op) => [op.id, op] as const))('%s', (_, op) => {
  it("answers 404 to another tenant's ids and shows none of its data", async () => {
    const values = Object.fromEntries(op.pathParams.map((p) => [p.name, owned[resourceOf(op.template, p.name)!]!]));
    const response = await stranger.fetch(toRequest(stranger, exampleRequest(op, values)));
    const text = await response.text();
    expect(response.status, text).toBe(404);
    const leaked = Object.values(owned).filter((id) => !Object.values(values).includes(id) && text.includes(id));
    expect(leaked).toEqual([]);
  });
});
