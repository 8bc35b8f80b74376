import { p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantEntity } from '../modules/tenants/tenant.entity.ts';
import { baseProperties } from './base.entity.ts';
import type { Orm } from './orm.ts';
import { type Rows, TENANT_SETTING } from './sql.ts';

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

/**
 * The second lock behind the filter: a row-level-security policy on every tenant table, so a statement that
 * forgets its `tenant_id` predicate still sees only the tenant its connection acts for, and none without one
 * (an unset or empty setting is NULL: no row, no error). The server's role is not the tables' owner, so
 * the policy applies to it (db/database.ts).
 */
export const TENANT_POLICY = {
  name: 'tenant_isolation',
  using: `tenant_id = nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`,
};

/** What every tenant-owned entity declares: the tenant filter and the policy. */
export const tenantScoped = { filters: tenantFilter, policies: [TENANT_POLICY] };

/**
 * A fresh entity manager that sees one tenant's rows only: the tenant filter set, and its statements run in
 * transactions that set the tenant for the policies (MikroORM's session context).
 */
export function tenantEm(orm: Orm, tenantId: string): EntityManager {
  const em = orm.em.fork();
  em.setFilterParams('tenant', { tenantId });
  em.setSessionContext({ variables: { [TENANT_SETTING]: tenantId } });
  return em;
}

/** Whether a tenant exists (tenants are never deleted, so callers may remember a yes). */
export async function tenantExists(sql: Rows, tenantId: string): Promise<boolean> {
  return (await sql.rows('select 1 from tenant where id = $1', [tenantId])).length > 0;
}
