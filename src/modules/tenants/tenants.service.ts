import type { Principal } from '../../auth/tokens.ts';
import type { PlatformContext } from '../../context.ts';
import { TenantEntity } from './tenant.entity.ts';
import type { CreateTenantBody, Tenant } from './tenants.schemas.ts';

function toTenant(tenant: TenantEntity): Tenant {
  return {
    id: tenant.id,
    name: tenant.name,
    slug: tenant.slug,
    createdAt: tenant.createdAt.toISOString(),
    updatedAt: tenant.updatedAt.toISOString(),
  };
}

/** A taken slug is TENANT_SLUG_CONFLICT (the unique key decides, http/errors.ts). */
export async function createTenant(ctx: PlatformContext, body: CreateTenantBody): Promise<Tenant> {
  const tenant = ctx.em.create(TenantEntity, body);
  await ctx.em.flush();
  return toTenant(tenant);
}

/** Every tenant for SUPER_ADMIN; the tenants the principal belongs to for anyone else. */
export async function listTenants(ctx: PlatformContext, principal: Principal): Promise<Tenant[]> {
  const where = principal.roles.includes('SUPER_ADMIN') ? {} : { id: { $in: principal.tenantIds } };
  const tenants = await ctx.em.find(TenantEntity, where, { orderBy: { name: 'asc', id: 'asc' } });
  return tenants.map(toTenant);
}
