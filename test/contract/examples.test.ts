// Every documented example, replayed against the app with the example ids seeded: each must get its
// documented success status. Then the OpenAPI links of create operations are followed, as a stateful
// fuzzer would, and what a canceled resource answers is checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/app.ts';
import { tenantEm } from '../../src/db/tenant-owned.ts';
import { EXAMPLE_IDS } from '../../src/http/examples.ts';
import {
  ActivityAttributeEntity,
  ActivityEntity,
  ActivityTargetUserEntity,
} from '../../src/modules/activities/activity.entity.ts';
import {
  ClientHookEntity,
  TargetResolutionConfigEntity,
} from '../../src/modules/activity-config/activity-config.entity.ts';
import { sealHookSecret } from '../../src/modules/activity-config/client-hook-secret.ts';
import { ActivityResultEntity } from '../../src/modules/activity-results/activity-result.entity.ts';
import { ApiKeyEntity } from '../../src/modules/api-keys/api-key.entity.ts';
import { apiKeyExample } from '../../src/modules/api-keys/api-keys.schemas.ts';
import { CommerceEntity, CommerceUserEntity } from '../../src/modules/commerces/commerce.entity.ts';
import { DispatchConfigEntity } from '../../src/modules/dispatch/dispatch.entity.ts';
import { DISPATCH_EXAMPLE_IDS } from '../../src/modules/dispatch/dispatch.schemas.ts';
import { OperatorEntity } from '../../src/modules/operators/operator.entity.ts';
import { RouteEntity } from '../../src/modules/routes/route.entity.ts';
import { TaskResultTypeEntity } from '../../src/modules/task-result-types/task-result-type.entity.ts';
import { taskResultTypeExample } from '../../src/modules/task-result-types/task-result-types.schemas.ts';
import { apiKey, createTenant, setupApp, TEST_CREDENTIALS_KEY, type TestContext, token } from '../harness.ts';
import { exampleRequest, type FuzzTarget, type Operation, operationsOf, toRequest } from './fuzz-engine.ts';

const document = buildDocument();
const operations = await operationsOf(document);

/** Reads first, then writes, then what ends a resource's life (cancel, delete). */
function phase(op: Operation): number {
  if (op.method === 'GET') return 0;
  if (op.method === 'DELETE' || op.id.startsWith('cancel')) return 2;
  return 1;
}
const ordered = [...operations].sort((a, b) => phase(a) - phase(b));

let ctx: TestContext;
let target: FuzzTarget;
const created = new Map<string, Record<string, unknown>>();

async function seedExamples(tenantId: string) {
  const em = tenantEm(ctx.orm, tenantId);
  const tenant = tenantId;
  const commerce = em.create(CommerceEntity, {
    id: EXAMPLE_IDS.commerce,
    tenant,
    externalId: 'store-001',
    name: 'Main Street Store',
    metadata: {},
  });
  em.create(RouteEntity, { id: EXAMPLE_IDS.route, tenant, name: 'North route', metadata: {} });
  em.create(OperatorEntity, { id: EXAMPLE_IDS.operator, tenant, type: 'SALESMAN', name: 'Ana Pérez', metadata: {} });
  const activity = em.create(ActivityEntity, {
    id: EXAMPLE_IDS.activity,
    tenant,
    type: 'TASK',
    channel: 'SALESMAN',
    status: 'READY',
    reason: 'Monthly visit',
    idempotencyKey: 'example-activity',
    scheduledAt: new Date('2025-01-16T09:00:00.000Z'),
    commerce,
    assignedRoute: EXAMPLE_IDS.route,
    assignedOperator: EXAMPLE_IDS.operator,
  });
  // A task a partner reports on (the integration API's example), with no result yet.
  em.create(ActivityEntity, {
    id: EXAMPLE_IDS.partnerTask,
    tenant,
    type: 'TASK',
    channel: 'SALESMAN',
    status: 'DISPATCHED',
    reason: 'Visit given to a partner',
    idempotencyKey: 'example-partner-task',
    scheduledAt: new Date('2025-01-16T09:00:00.000Z'),
    commerce,
  });
  em.create(ActivityResultEntity, {
    id: EXAMPLE_IDS.result,
    tenant,
    activity,
    commerce,
    source: 'RETEN_ACTIVITY',
    resultStatus: 'PENDING',
    occurredAt: new Date('2025-01-16T14:00:00.000Z'),
    resultCode: 'success',
  });
  em.create(CommerceUserEntity, {
    id: EXAMPLE_IDS.commerceUser,
    tenant,
    commerce,
    firstName: 'María',
    lastName: 'González',
    roles: ['OWNER'],
  });
  em.create(ActivityTargetUserEntity, {
    id: EXAMPLE_IDS.targetUser,
    tenant,
    activity,
    resolutionStatus: 'PENDING',
    resolutionStrategy: 'MANUAL',
  });
  // An UNRESOLVED activity whose failed attribute resolves on retry.
  const unresolved = em.create(ActivityEntity, {
    id: EXAMPLE_IDS.unresolvedActivity,
    tenant,
    type: 'MESSAGE',
    channel: 'WHATSAPP',
    status: 'UNRESOLVED',
    reason: 'Monthly promotion',
    idempotencyKey: 'example-unresolved',
    scheduledAt: new Date('2025-01-16T09:00:00.000Z'),
    commerce,
  });
  em.create(ActivityAttributeEntity, {
    tenant,
    activity: unresolved,
    attributeKey: 'ab0e8400-e29b-41d4-a716-446655440000',
    value: null,
    resolutionStatus: 'FAILED',
    errorMessage: 'A resolver was down',
  });
  em.create(TargetResolutionConfigEntity, {
    id: EXAMPLE_IDS.targetResolutionConfig,
    tenant,
    resolutionStrategy: 'MANUAL',
    priority: 5,
    isActive: false,
    criteria: [],
  });
  // A MOCK config, so the example task dispatches without a network.
  em.create(DispatchConfigEntity, {
    id: DISPATCH_EXAMPLE_IDS.config,
    tenant,
    dispatchProvider: DISPATCH_EXAMPLE_IDS.mockProvider,
    channel: 'SALESMAN',
    settings: {},
  });
  em.create(ClientHookEntity, {
    tenant,
    url: 'https://hooks.example.com/reten/attributes',
    secretEnvelope: sealHookSecret(TEST_CREDENTIALS_KEY, tenantId, 'whsec_5f2b8c1d9e0a4b7c'),
  });
  // What the API-key and task-result-type examples name (the example token's subject made the key).
  em.create(ApiKeyEntity, {
    id: apiKeyExample.id,
    tenant,
    createdBy: 'test-user',
    name: apiKeyExample.name,
    keyPrefix: apiKeyExample.keyPrefix,
    keyHash: Buffer.alloc(32, 1),
    permissions: apiKeyExample.permissions,
  });
  em.create(TaskResultTypeEntity, { id: taskResultTypeExample.id, tenant, code: 'EXAMPLE_CODE', label: 'Example' });
  await em.flush();
}

beforeAll(async () => {
  ctx = await setupApp();
  const tenantId = await createTenant(ctx);
  await seedExamples(tenantId);
  const bearer = await token({ roles: ['SUPER_ADMIN'], tenants: [tenantId] });
  target = {
    baseUrl: 'http://examples.local',
    fetch: ctx.fetch,
    headers: { authorization: `Bearer ${bearer}`, 'x-tenant-id': tenantId },
    keyHeaders: (await apiKey(ctx, tenantId)).headers,
    knownIds: [],
  };
});
afterAll(() => ctx.close());

/** 201 where an operation may create (a first submission does), else its lowest 2xx. */
function successStatus(op: Operation): number {
  const success = op.statuses.filter((s) => s.startsWith('2')).map(Number);
  return success.includes(201) ? 201 : Math.min(...success);
}

describe('documented examples', () => {
  it.each(ordered.map((op) => [op.id, op] as const))(
    '%s: its example gets its documented success status',
    async (_, op) => {
      const response = await target.fetch(toRequest(target, exampleRequest(op)));
      const text = await response.text();
      expect(response.status, text).toBe(successStatus(op));
      if (response.status === 201) created.set(op.id, JSON.parse(text));
    },
  );
});

interface Link {
  operationId: string;
  parameters: Record<string, string>;
}

describe('links from create operations', () => {
  const withLinks = operations.flatMap((op) =>
    Object.entries((op.raw.responses as Record<string, { links?: Record<string, Link> }>)['201']?.links ?? {}).map(
      ([name, link]) => ({ from: op.id, name, link }),
    ),
  );
  const byPhase = [...withLinks].sort(
    (a, b) =>
      phase(operations.find((o) => o.id === a.link.operationId)!) -
      phase(operations.find((o) => o.id === b.link.operationId)!),
  );

  it.each(byPhase.map((l) => [`${l.from} -> ${l.name}`, l] as const))(
    '%s works right after creation',
    async (_, { from, link }) => {
      const source = created.get(from);
      expect(source, `${from} created nothing`).toBeDefined();
      const targetOp = operations.find((o) => o.id === link.operationId)!;
      const values = Object.fromEntries(
        Object.entries(link.parameters).map(([name, expression]) => [
          name,
          String(source![expression.replace('$response.body#/', '')]),
        ]),
      );
      const path = targetOp.template.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? '');
      const response = await target.fetch(toRequest(target, { method: targetOp.method, path, query: {} }));
      expect(response.status, await response.clone().text()).toBe(successStatus(targetOp));
    },
  );

  it('a canceled activity stays readable as CANCELED and cannot be canceled again', async () => {
    const activity = created.get('createActivity') as { id: string };
    const read = await target.fetch(
      toRequest(target, { method: 'GET', path: `/api/activities/${activity.id}`, query: {} }),
    );
    expect(((await read.json()) as { status: string }).status).toBe('CANCELED');
    const again = await target.fetch(
      toRequest(target, { method: 'POST', path: `/api/activities/${activity.id}/cancel`, query: {} }),
    );
    expect(again.status).toBe(409);
  });
});
