import { secured } from '../../auth/authorize.ts';
import { jsonBody, jsonResponse, TIMESTAMP_EXAMPLE } from '../../http/openapi.ts';
import {
  CreateRouteBodySchema,
  LinkOperatorBodySchema,
  ListRoutesQuerySchema,
  OPERATOR_ID_EXAMPLE,
  ROUTE_ID_EXAMPLE,
  RouteDetailSchema,
  RouteIdParamsSchema,
  RouteListSchema,
  RouteOperatorLinkSchema,
  RouteOperatorParamsSchema,
  RouteSchema,
  UpdateRouteBodySchema,
} from './routes.schemas.ts';

const TAGS = ['Routes'];
const ROUTE_404 = 'No route has this id in this tenant (`ROUTE_NOT_FOUND`)';
const EXTERNAL_ID_409 = 'Another route of the tenant has this `external_id` (`RESOURCE_CONFLICT`)';

const example = {
  id: ROUTE_ID_EXAMPLE,
  name: 'North route',
  externalId: 'R-100',
  description: 'Mon/Wed/Fri, north side',
  isActive: true,
  metadata: { zone: 'north' },
  createdAt: TIMESTAMP_EXAMPLE,
  updatedAt: TIMESTAMP_EXAMPLE,
};

export const createRoute = secured({
  method: 'post',
  path: '/routes',
  operationId: 'createRoute',
  tags: TAGS,
  summary: 'Create a route',
  permission: 'MANAGE_ROUTES',
  description: 'Creates a field route.',
  request: {
    body: jsonBody(CreateRouteBodySchema, 'The route', {
      name: 'North route',
      external_id: 'R-100',
      description: 'Mon/Wed/Fri, north side',
      metadata: { zone: 'north' },
    }),
  },
  responses: {
    201: jsonResponse(RouteSchema, 'The route was created', example),
  },
  problems: {
    409: EXTERNAL_ID_409,
  },
});

export const listRoutes = secured({
  method: 'get',
  path: '/routes',
  operationId: 'listRoutes',
  tags: TAGS,
  summary: 'List routes',
  permission: 'MANAGE_ROUTES',
  description: 'Lists the routes of the tenant by name, then id.',
  request: { query: ListRoutesQuerySchema },
  responses: {
    200: jsonResponse(RouteListSchema, 'A page of routes', {
      data: [example],
      meta: { page: 1, limit: 25, total: 1, totalPages: 1 },
    }),
  },
});

export const getRoute = secured({
  method: 'get',
  path: '/routes/{id}',
  operationId: 'getRoute',
  conditional: true,
  tags: TAGS,
  summary: 'Get a route',
  permission: 'MANAGE_ROUTES',
  description: 'The route with its operator links, by operator name.',
  request: { params: RouteIdParamsSchema },
  responses: {
    200: jsonResponse(RouteDetailSchema, 'The route', {
      ...example,
      operators: [
        {
          operatorId: OPERATOR_ID_EXAMPLE,
          role: 'LEAD',
          isActive: true,
          operator: { name: 'Ana María Pérez', type: 'SALESMAN' },
        },
      ],
    }),
  },
  problems: {
    404: ROUTE_404,
  },
});

export const updateRoute = secured({
  method: 'patch',
  path: '/routes/{id}',
  operationId: 'updateRoute',
  tags: TAGS,
  summary: 'Update a route',
  permission: 'MANAGE_ROUTES',
  description:
    'Changes the fields given (at least one); `null` clears `external_id` or `description`. `metadata` is merged shallowly: keys given are set, keys not given are kept.',
  request: {
    params: RouteIdParamsSchema,
    body: jsonBody(UpdateRouteBodySchema, 'The fields to change', { name: 'North route (new)', is_active: false }),
  },
  responses: {
    200: jsonResponse(RouteSchema, 'The updated route', example),
  },
  problems: {
    404: ROUTE_404,
    409: EXTERNAL_ID_409,
  },
});

export const linkRouteOperator = secured({
  method: 'post',
  path: '/routes/{id}/operators',
  operationId: 'linkRouteOperator',
  tags: TAGS,
  summary: 'Link an operator to a route',
  permission: 'MANAGE_ROUTES',
  description: `Links an operator to the route. Idempotent: an existing link is reactivated, and its role changed when
\`role\` is given. The body is snake_case (\`operator_id\`) like every other body, although the Reten docs print
\`operatorId\`.`,
  request: {
    params: RouteIdParamsSchema,
    body: jsonBody(LinkOperatorBodySchema, 'The operator and its role', {
      operator_id: OPERATOR_ID_EXAMPLE,
      role: 'LEAD',
    }),
  },
  responses: {
    201: jsonResponse(RouteOperatorLinkSchema, 'The link, created or updated', {
      routeId: ROUTE_ID_EXAMPLE,
      operatorId: OPERATOR_ID_EXAMPLE,
      role: 'LEAD',
      isActive: true,
    }),
  },
  problems: {
    404: 'No route (`ROUTE_NOT_FOUND`) or no operator (`OPERATOR_NOT_FOUND`) has this id in this tenant',
  },
});

export const unlinkRouteOperator = secured({
  method: 'delete',
  path: '/routes/{id}/operators/{operatorId}',
  operationId: 'unlinkRouteOperator',
  tags: TAGS,
  summary: 'Unlink an operator from a route',
  permission: 'MANAGE_ROUTES',
  description: 'Deletes the link between the route and the operator (a hard delete).',
  request: { params: RouteOperatorParamsSchema },
  responses: {
    204: { description: 'The link was deleted' },
  },
  problems: {
    404: 'No route has this id in this tenant (`ROUTE_NOT_FOUND`) or the operator is not linked to it (`OPERATOR_NOT_FOUND`)',
  },
});

export type CreateRouteRoute = typeof createRoute;
export type ListRoutesRoute = typeof listRoutes;
export type GetRouteRoute = typeof getRoute;
export type UpdateRouteRoute = typeof updateRoute;
export type LinkRouteOperatorRoute = typeof linkRouteOperator;
export type UnlinkRouteOperatorRoute = typeof unlinkRouteOperator;
