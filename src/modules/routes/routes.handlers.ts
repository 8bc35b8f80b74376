import { requestEm } from '../../auth/authorize.ts';
import { pageMeta, toPage } from '../../http/pagination.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type { RouteEntity } from './route.entity.ts';
import type {
  CreateRouteRoute,
  GetRouteRoute,
  LinkRouteOperatorRoute,
  ListRoutesRoute,
  UnlinkRouteOperatorRoute,
  UpdateRouteRoute,
} from './routes.routes.ts';
import type { Route, RouteDetail } from './routes.schemas.ts';
import * as service from './routes.service.ts';

function toRoute(r: RouteEntity): Route {
  return {
    id: r.id,
    name: r.name,
    externalId: r.externalId ?? null,
    description: r.description ?? null,
    isActive: r.isActive,
    metadata: r.metadata,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

function toRouteDetail({ route, links }: Awaited<ReturnType<typeof service.getRoute>>): RouteDetail {
  return {
    ...toRoute(route),
    operators: links.map((l) => ({
      operatorId: l.operator.id,
      role: l.role,
      isActive: l.isActive,
      operator: { name: l.operator.name, type: l.operator.type },
    })),
  };
}

export const createRoute: AppRouteHandler<CreateRouteRoute> = async (c) => {
  const route = await service.createRoute(requestEm(c), c.get('tenantId'), c.req.valid('json'));
  return c.json(toRoute(route), 201);
};

export const listRoutes: AppRouteHandler<ListRoutesRoute> = async (c) => {
  const query = c.req.valid('query');
  const page = toPage(query);
  const { rows, total } = await service.listRoutes(requestEm(c), c.get('tenantId'), query, page);
  return c.json({ data: rows.map(toRoute), meta: pageMeta(page, total) }, 200);
};

export const getRoute: AppRouteHandler<GetRouteRoute> = async (c) => {
  const { id } = c.req.valid('param');
  return c.json(toRouteDetail(await service.getRoute(requestEm(c), id)), 200);
};

export const updateRoute: AppRouteHandler<UpdateRouteRoute> = async (c) => {
  const { id } = c.req.valid('param');
  return c.json(toRoute(await service.updateRoute(requestEm(c), id, c.req.valid('json'))), 200);
};

export const linkRouteOperator: AppRouteHandler<LinkRouteOperatorRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const link = await service.linkOperator(requestEm(c), c.get('tenantId'), id, c.req.valid('json'));
  return c.json(
    { routeId: link.route.id, operatorId: link.operator.id, role: link.role, isActive: link.isActive },
    201,
  );
};

export const unlinkRouteOperator: AppRouteHandler<UnlinkRouteOperatorRoute> = async (c) => {
  const { id, operatorId } = c.req.valid('param');
  await service.unlinkOperator(requestEm(c), id, operatorId);
  return c.body(null, 204);
};
