import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { requestEm } from '../../auth/authorize.ts';
import { ApiError } from '../../http/problem.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import { TenantEntity } from './tenant.entity.ts';
import type { CreateTenantRoute, ListTenantsRoute } from './tenants.routes.ts';
import type { Tenant } from './tenants.schemas.ts';

function toTenant(tenant: TenantEntity): Tenant {
  return {
    id: tenant.id,
    name: tenant.name,
    slug: tenant.slug,
    createdAt: tenant.createdAt.toISOString(),
    updatedAt: tenant.updatedAt.toISOString(),
  };
}

export const createTenant: AppRouteHandler<CreateTenantRoute> = async (c) => {
  const body = c.req.valid('json');
  const tenant = requestEm(c).create(TenantEntity, body);
  try {
    await requestEm(c).flush();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      throw new ApiError('TENANT_SLUG_CONFLICT', `A tenant with slug "${body.slug}" already exists`);
    }
    throw err;
  }
  return c.json(toTenant(tenant), 201);
};

export const listTenants: AppRouteHandler<ListTenantsRoute> = async (c) => {
  const principal = c.get('principal');
  const em = requestEm(c);
  const where = principal.roles.includes('SUPER_ADMIN') ? {} : { id: { $in: principal.tenantIds } };
  const tenants = await em.find(TenantEntity, where, { orderBy: { name: 'asc', id: 'asc' } });
  return c.json(tenants.map(toTenant), 200);
};
