import { platformContext } from '../../http/context.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type { CreateTenantRoute, ListTenantsRoute } from './tenants.routes.ts';
import * as tenants from './tenants.service.ts';

export const createTenant: AppRouteHandler<CreateTenantRoute> = async (c) =>
  c.json(await tenants.createTenant(platformContext(c), c.req.valid('json')), 201);

export const listTenants: AppRouteHandler<ListTenantsRoute> = async (c) =>
  c.json(await tenants.listTenants(platformContext(c), c.get('principal')), 200);
