import { createRoute as route } from '@hono/zod-openapi';
import { secured } from '../../auth/authorize.ts';
import {
  bodyProblems,
  jsonBody,
  jsonResponse,
  problems,
  securedProblems,
  TIMESTAMP_EXAMPLE,
} from '../../http/openapi.ts';
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
const TENANT_404 = 'The tenant does not exist (`TENANT_NOT_FOUND`)';
const ROUTE_404 = 'No route has this id in this tenant (`ROUTE_NOT_FOUND`), or the tenant does not exist';
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

export const createRoute = route({
  method: 'post',
  path: '/routes',
  operationId: 'createRoute',
  tags: TAGS,
  summary: 'Create a route',
  ...secured('MANAGE_ROUTES', 'Creates a field route.'),
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
    ...problems({ ...securedProblems, 404: TENANT_404, 409: EXTERNAL_ID_409, ...bodyProblems }),
  },
});

export const listRoutes = route({
  method: 'get',
  path: '/routes',
  operationId: 'listRoutes',
  tags: TAGS,
  summary: 'List routes',
  ...secured('MANAGE_ROUTES', 'Lists the routes of the tenant by name, then id.'),
  request: { query: ListRoutesQuerySchema },
  responses: {
    200: jsonResponse(RouteListSchema, 'A page of routes', {
      data: [example],
      meta: { page: 1, limit: 25, total: 1, totalPages: 1 },
    }),
    ...problems({ ...securedProblems, 404: TENANT_404 }),
  },
});

export const getRoute = route({
  method: 'get',
  path: '/routes/{id}',
  operationId: 'getRoute',
  tags: TAGS,
  summary: 'Get a route',
  ...secured('MANAGE_ROUTES', 'The route with its operator links, by operator name.'),
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
    ...problems({ ...securedProblems, 404: ROUTE_404 }),
  },
});

export const updateRoute = route({
  method: 'patch',
  path: '/routes/{id}',
  operationId: 'updateRoute',
  tags: TAGS,
  summary: 'Update a route',
  ...secured(
    'MANAGE_ROUTES',
    'Changes the fields given (at least one); `null` clears `external_id` or `description`. `metadata` is merged shallowly: keys given are set, keys not given are kept.',
  ),
  request: {
    params: RouteIdParamsSchema,
    body: jsonBody(UpdateRouteBodySchema, 'The fields to change', { name: 'North route (new)', is_active: false }),
  },
  responses: {
    200: jsonResponse(RouteSchema, 'The updated route', example),
    ...problems({ ...securedProblems, 404: ROUTE_404, 409: EXTERNAL_ID_409, ...bodyProblems }),
  },
});

export const linkRouteOperator = route({
  method: 'post',
  path: '/routes/{id}/operators',
  operationId: 'linkRouteOperator',
  tags: TAGS,
  summary: 'Link an operator to a route',
  ...secured(
    'MANAGE_ROUTES',
    `Links an operator to the route. Idempotent: an existing link is reactivated, and its role changed when
\`role\` is given. The body is snake_case (\`operator_id\`) like every other body, although the Reten docs print
\`operatorId\`.`,
  ),
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
    ...problems({
      ...securedProblems,
      404: 'No route (`ROUTE_NOT_FOUND`) or no operator (`OPERATOR_NOT_FOUND`) has this id in this tenant, or the tenant does not exist',
      ...bodyProblems,
    }),
  },
});

export const unlinkRouteOperator = route({
  method: 'delete',
  path: '/routes/{id}/operators/{operatorId}',
  operationId: 'unlinkRouteOperator',
  tags: TAGS,
  summary: 'Unlink an operator from a route',
  ...secured('MANAGE_ROUTES', 'Deletes the link between the route and the operator (a hard delete).'),
  request: { params: RouteOperatorParamsSchema },
  responses: {
    204: { description: 'The link was deleted' },
    ...problems({
      ...securedProblems,
      404: 'No route has this id in this tenant (`ROUTE_NOT_FOUND`), the operator is not linked to it (`OPERATOR_NOT_FOUND`), or the tenant does not exist',
    }),
  },
});

export type CreateRouteRoute = typeof createRoute;
export type ListRoutesRoute = typeof listRoutes;
export type GetRouteRoute = typeof getRoute;
export type UpdateRouteRoute = typeof updateRoute;
export type LinkRouteOperatorRoute = typeof linkRouteOperator;
export type UnlinkRouteOperatorRoute = typeof unlinkRouteOperator;
