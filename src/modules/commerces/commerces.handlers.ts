import { conditionalJson } from '../../http/conditional.ts';
import { tenantContext } from '../../http/context.ts';
import { pageMeta, toPage } from '../../http/pagination.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type {
  GetCommerceRoute,
  ListCommercesRoute,
  SyncCommercesRoute,
  UpdateCommerceRoute,
} from './commerces.routes.ts';
import * as commerces from './commerces.service.ts';

export const syncCommerces: AppRouteHandler<SyncCommercesRoute> = async (c) =>
  c.json(await commerces.syncCommerces(tenantContext(c), c.req.valid('json').items), 200);

export const listCommerces: AppRouteHandler<ListCommercesRoute> = async (c) => {
  const query = c.req.valid('query');
  const page = toPage(query);
  const { data, total } = await commerces.listCommerces(tenantContext(c), query, page);
  return c.json({ data, meta: pageMeta(page, total) }, 200);
};

export const getCommerce: AppRouteHandler<GetCommerceRoute> = async (c) =>
  conditionalJson(c, await commerces.getCommerce(tenantContext(c), c.req.valid('param').id));

export const updateCommerce: AppRouteHandler<UpdateCommerceRoute> = async (c) =>
  c.json(await commerces.updateCommerce(tenantContext(c), c.req.valid('param').id, c.req.valid('json')), 200);
