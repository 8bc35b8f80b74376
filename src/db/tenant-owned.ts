import { p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantEntity } from '../modules/tenants/tenant.entity.ts';
import { baseProperties } from './base.entity.ts';
import type { Orm } from './orm.ts';
import type { Rows } from './sql.ts';

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

/** Whether a tenant exists (tenants are never deleted, so callers may remember a yes). */
export async function tenantExists(sql: Rows, tenantId: string): Promise<boolean> {
  return (await sql.rows('select 1 from tenant where id = $1', [tenantId])).length > 0;
}
