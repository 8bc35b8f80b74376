// The checks contract fuzzers (Schemathesis and the like) make, run against every operation of the
// document. `npm run fuzz -- --runs 2000 [--seed N] [--operation getActivity]` runs them deeper.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/app.ts';
import { signToken } from '../../src/auth/tokens.ts';
import { seedCommerce, seedOperator, seedRoute } from '../factories.ts';
import { apiKey, createTenant, setupApp, TEST_SECRET, type TestContext, token } from '../harness.ts';
import {
  expectClientError,
  expectNoServerError,
  type FuzzTarget,
  invalidRequests,
  operationsOf,
  runFuzz,
  toRequest,
  validRequests,
} from './fuzz-engine.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const ONLY = process.env.FUZZ_OPERATION;

const document = buildDocument();
const operations = (await operationsOf(document)).filter((op) => !ONLY || op.id === ONLY);

let ctx: TestContext;
let target: FuzzTarget;
let tenantId: string;

beforeAll(async () => {
  ctx = await setupApp();
  tenantId = await createTenant(ctx);
  // SUPER_ADMIN holds every permission, so every operation can be reached.
  const headers = {
    authorization: `Bearer ${await token({ roles: ['SUPER_ADMIN'], tenants: [tenantId] })}`,
    'x-tenant-id': tenantId,
  };
  const commerce = await seedCommerce(ctx, tenantId, { externalId: 'store-001', street: '1 Main St' });
  const route = await seedRoute(ctx, tenantId);
  const operator = await seedOperator(ctx, tenantId);
  const base = { baseUrl: 'http://fuzz.local', fetch: ctx.fetch, headers, knownIds: [] as string[] };
  const created = await ctx.fetch(
    toRequest(base, {
      method: 'POST',
      path: '/api/activities/tasks',
      query: {},
      body: JSON.stringify({
        reason: 'Fuzz fixture',
        channel: 'SALESMAN',
        commerce_id: commerce.id,
        idempotency_key: 'fuzz-fixture',
        assigned_route_id: route.id,
        assigned_operator_id: operator.id,
        scheduled_at: '2025-01-16T09:00:00.000Z',
      }),
    }),
  );
  const activity = (await created.json()) as { id: string };
  const key = await apiKey(ctx, tenantId);
  target = { ...base, keyHeaders: key.headers, knownIds: [tenantId, commerce.id, route.id, operator.id, activity.id] };
});
afterAll(() => ctx.close());

const options = { runs: RUNS, seed: SEED };

describe.each(operations)('$id ($method $template)', (operation) => {
  it('positive fuzz: valid requests never get a 5xx or an undeclared answer', async () => {
    await runFuzz(
      'positive',
      operation,
      target,
      validRequests(operation, target.knownIds),
      expectNoServerError,
      options,
    );
  });

  it('negative fuzz: invalid requests get a 4xx problem, never 2xx or 5xx', async () => {
    const requests = invalidRequests(operation, target.knownIds).filter((r) => r.violation !== 'none');
    if (fc.sample(invalidRequests(operation, target.knownIds), { numRuns: 1, seed: SEED })[0]?.violation === 'none')
      return;
    await runFuzz('negative', operation, target, requests, expectClientError, options);
  });

  it.runIf(operation.secured)('auth: no, malformed, expired or foreign credentials never get data', async () => {
    const [request] = fc.sample(validRequests(operation, target.knownIds), { numRuns: 1, seed: SEED });
    const other = await createTenant(ctx);
    const expired = await signToken(TEST_SECRET, {
      subject: 's',
      roles: ['SUPER_ADMIN'],
      tenantIds: [tenantId],
      ttl: '-1s',
    });
    const tenantHeader: Record<string, string> = operation.tenantScoped ? { 'x-tenant-id': tenantId } : {};
    const cases: [string, Record<string, string>, number][] = [
      ['no credentials', { ...tenantHeader }, 401],
      ['a malformed token', { ...tenantHeader, authorization: 'Bearer abc.def' }, 401],
      ['an expired token', { ...tenantHeader, authorization: `Bearer ${expired}` }, 401],
      ['a malformed API key', { ...tenantHeader, 'x-api-key': 'rtn_sk_short' }, 401],
      ['an unknown API key', { ...tenantHeader, 'x-api-key': `rtn_sk_${'A'.repeat(43)}` }, 401],
    ];
    if (operation.keyOnly) {
      // A user's token, however powerful, is not a credential of the integration API.
      const bearer = await token({ roles: ['SUPER_ADMIN'], tenants: [tenantId] });
      cases.push(['a token instead of an API key', { ...tenantHeader, authorization: `Bearer ${bearer}` }, 401]);
    } else if (operation.tenantScoped) {
      const foreign = await token({ roles: ['ADMIN'], tenants: [other] });
      cases.push(['a token for another tenant', { ...tenantHeader, authorization: `Bearer ${foreign}` }, 403]);
    }
    for (const [name, headers, status] of cases) {
      const response = await target.fetch(toRequest(target, request!, headers));
      expect(response.status, name).toBe(status);
      expect(response.headers.get('content-type'), name).toBe('application/problem+json');
    }
  });
});

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const paths = Object.entries(document.paths ?? {}).map(([template, item]) => ({
  template,
  undeclared: METHODS.filter((m) => !(m.toLowerCase() in (item ?? {}))),
}));

describe.each(paths.filter((p) => p.undeclared.length > 0))('$template', ({ template, undeclared }) => {
  it.each(undeclared)('%s answers 405 problem+json with Allow', async (method) => {
    const path = template.replace(/\{[^}]+\}/g, crypto.randomUUID());
    const response = await target.fetch(toRequest(target, { method, path, query: {} }));
    expect(response.status).toBe(405);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('allow')).toBeTruthy();
  });
});
