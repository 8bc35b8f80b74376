import { p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantEntity } from '../modules/tenants/tenant.entity.ts';
import { baseProperties } from './base.entity.ts';
import type { Orm } from './orm.ts';

/** Base columns plus the owning tenant; every unique key and index of such a table starts with it. */
export const tenantOwnedProperties = {
  ...baseProperties,
  tenant: () => p.manyToOne(TenantEntity).deleteRule('cascade'),
};

/**
 * The tenant filter: on by default for every tenant-owned entity, so an entity manager that was not
 * given a tenant cannot read tenant rows at all (MikroORM refuses a filter without its argument).
 */
export const tenantFilter = {
  tenant: {
    name: 'tenant',
    cond: (args: { tenantId: string }) => ({ tenant: args.tenantId }),
    default: true,
  },
};

/** A fresh entity manager that sees one tenant's rows only (the tenant filter set). */
export function tenantEm(orm: Orm, tenantId: string): EntityManager {
  const em = orm.em.fork();
  em.setFilterParams('tenant', { tenantId });
  return em;
}
