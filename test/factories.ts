import { uuidv7 } from '../src/db/ids.ts';
import { tenantEm } from '../src/db/tenant-owned.ts';
import { CommerceAddressEntity, CommerceEntity } from '../src/modules/commerces/commerce.entity.ts';
import { OperatorEntity } from '../src/modules/operators/operator.entity.ts';
import { RouteEntity } from '../src/modules/routes/route.entity.ts';
import type { TestContext } from './harness.ts';

// Reference data written straight through the ORM, for tests whose subject is something else.

export async function seedCommerce(
  ctx: TestContext,
  tenantId: string,
  fields: {
    name?: string;
    externalId?: string;
    taxId?: string | null;
    metadata?: Record<string, unknown>;
    street?: string;
  } = {},
) {
  const em = tenantEm(ctx.orm, tenantId);
  const commerce = em.create(CommerceEntity, {
    tenant: tenantId,
    externalId: fields.externalId ?? `store-${uuidv7().slice(-8)}`,
    name: fields.name ?? 'Main Street Store',
    taxId: fields.taxId === undefined ? '12345678-9' : fields.taxId,
    metadata: fields.metadata ?? {},
  });
  if (fields.street !== undefined) {
    em.create(CommerceAddressEntity, { tenant: tenantId, commerce, street: fields.street, isPrimary: true });
  }
  await em.flush();
  return commerce;
}

export async function seedRoute(ctx: TestContext, tenantId: string) {
  const em = tenantEm(ctx.orm, tenantId);
  const route = em.create(RouteEntity, { tenant: tenantId, name: 'North route', metadata: {} });
  await em.flush();
  return route;
}

export async function seedOperator(ctx: TestContext, tenantId: string) {
  const em = tenantEm(ctx.orm, tenantId);
  const operator = em.create(OperatorEntity, { tenant: tenantId, type: 'SALESMAN', name: 'Ana Pérez', metadata: {} });
  await em.flush();
  return operator;
}
