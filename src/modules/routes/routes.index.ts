import { createRouter } from '../../http/router.ts';
import * as handlers from './routes.handlers.ts';
import * as routes from './routes.routes.ts';

export const routesRouter = createRouter()
  .openapi(routes.createRoute, handlers.createRoute)
  .openapi(routes.listRoutes, handlers.listRoutes)
  .openapi(routes.getRoute, handlers.getRoute)
  .openapi(routes.updateRoute, handlers.updateRoute)
  .openapi(routes.linkRouteOperator, handlers.linkRouteOperator)
  .openapi(routes.unlinkRouteOperator, handlers.unlinkRouteOperator);
