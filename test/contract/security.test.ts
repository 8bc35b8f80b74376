// The shared security matrix, run against every secured operation of the document: no credential, a tenant the
// token does not grant, every role that lacks the operation's permission (from the permission table), and an
// API key that lacks it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/app.ts';
import { PERMISSIONS, type Permission, ROLE_PERMISSIONS, ROLES } from '../../src/auth/permissions.ts';
import { apiKey, createTenant, setupApp, type TestContext, token } from '../harness.ts';
import { exampleRequest, type FuzzTarget, operationsOf, toRequest } from './fuzz-engine.ts';

const operations = (await operationsOf(buildDocument())).filter((op) => op.secured);

let ctx: TestContext;
let tenantId: string;
let target: FuzzTarget;

beforeAll(async () => {
  ctx = await setupApp();
  tenantId = await createTenant(ctx);
  target = { baseUrl: 'http://security.local', fetch: ctx.fetch, headers: {}, knownIds: [] };
});
afterAll(() => ctx.close());

async function call(op: (typeof operations)[number], headers: Record<string, string>) {
  const response = await target.fetch(toRequest(target, exampleRequest(op), headers));
  return { status: response.status, body: (await response.json()) as { code?: string } };
}

describe.each(operations.map((op) => [op.id, op] as const))('%s', (_, op) => {
  const permission = op.raw['x-permission'] as Permission | undefined;
  // An operation without a permission (who-am-I) takes any authenticated caller.
  const lacking = permission && !op.keyOnly ? ROLES.filter((role) => !ROLE_PERMISSIONS[role].includes(permission)) : [];
  // A role that holds the permission but, unlike SUPER_ADMIN, only in the tenants its token lists.
  const holder = permission
    ? ROLES.find((role) => role !== 'SUPER_ADMIN' && ROLE_PERMISSIONS[role].includes(permission))
    : undefined;

  it('answers 401 without a token', async () => {
    expect(await call(op, { 'x-tenant-id': tenantId })).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
  });

  it.runIf(op.tenantScoped && holder && !op.keyOnly)('answers 403 in a tenant the token does not grant', async () => {
    const bearer = await token({ roles: [holder!], tenants: [await createTenant(ctx)] });
    expect(await call(op, { authorization: `Bearer ${bearer}`, 'x-tenant-id': tenantId })).toMatchObject({
      status: 403,
      body: { code: 'TENANT_ACCESS_DENIED' },
    });
  });

  it.runIf(lacking.length > 0)(`answers 403 to every role without ${permission}: ${lacking.join(', ')}`, async () => {
    for (const role of lacking) {
      const bearer = await token({ roles: [role], tenants: [tenantId] });
      const answer = await call(op, { authorization: `Bearer ${bearer}`, 'x-tenant-id': tenantId });
      expect(answer, role).toMatchObject({ status: 403, body: { code: 'PERMISSION_DENIED' } });
    }
  });

  it.runIf(permission !== undefined)(`answers 403 to an API key without ${permission}`, async () => {
    const others = PERMISSIONS.filter((p) => p !== permission);
    const key = await apiKey(ctx, tenantId, { permissions: others });
    const answer = await call(op, key.headers);
    // An operation that takes a user's token only refuses any key as a credential: 401.
    const userOnly = !(op.raw.security as Record<string, string[]>[]).some((s) => 'apiKeyAuth' in s);
    expect(answer).toMatchObject(
      userOnly
        ? { status: 401, body: { code: 'UNAUTHENTICATED' } }
        : { status: 403, body: { code: 'PERMISSION_DENIED' } },
    );
  });
});

it('covers every role that lacks some permission', () => {
  const tested = new Set(
    operations
      .filter((op) => op.raw['x-permission'] && !op.keyOnly)
      .flatMap((op) => ROLES.filter((role) => !ROLE_PERMISSIONS[role].includes(op.raw['x-permission'] as Permission))),
  );
  expect([...tested].sort()).toEqual(['ADMIN', 'FDE', 'VIEWER']);
});
