import { conditionalJson } from '../../http/conditional.ts';
import { tenantContext } from '../../http/context.ts';
import { pageMeta, toPage } from '../../http/pagination.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type {
  CreateRouteRoute,
  GetRouteRoute,
  LinkRouteOperatorRoute,
  ListRoutesRoute,
  UnlinkRouteOperatorRoute,
  UpdateRouteRoute,
} from './routes.routes.ts';
import * as routes from './routes.service.ts';

export const createRoute: AppRouteHandler<CreateRouteRoute> = async (c) =>
  c.json(await routes.createRoute(tenantContext(c), c.req.valid('json')), 201);

export const listRoutes: AppRouteHandler<ListRoutesRoute> = async (c) => {
  const query = c.req.valid('query');
  const page = toPage(query);
  const { data, total } = await routes.listRoutes(tenantContext(c), query, page);
  return c.json({ data, meta: pageMeta(page, total) }, 200);
};

export const getRoute: AppRouteHandler<GetRouteRoute> = async (c) =>
  conditionalJson(c, await routes.getRoute(tenantContext(c), c.req.valid('param').id));

export const updateRoute: AppRouteHandler<UpdateRouteRoute> = async (c) =>
  c.json(await routes.updateRoute(tenantContext(c), c.req.valid('param').id, c.req.valid('json')), 200);

export const linkRouteOperator: AppRouteHandler<LinkRouteOperatorRoute> = async (c) =>
  c.json(await routes.linkOperator(tenantContext(c), c.req.valid('param').id, c.req.valid('json')), 201);

export const unlinkRouteOperator: AppRouteHandler<UnlinkRouteOperatorRoute> = async (c) => {
  const { id, operatorId } = c.req.valid('param');
  await routes.unlinkOperator(tenantContext(c), id, operatorId);
  return c.body(null, 204);
};
