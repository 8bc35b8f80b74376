import { createRouter } from '../../http/router.ts';
import * as handlers from './tenants.handlers.ts';
import * as routes from './tenants.routes.ts';

export const tenantsRouter = createRouter()
  .openapi(routes.createTenant, handlers.createTenant)
  .openapi(routes.listTenants, handlers.listTenants);
