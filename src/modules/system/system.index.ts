import { createRouter } from '../../http/router.ts';
import * as handlers from './system.handlers.ts';
import * as routes from './system.routes.ts';

export const systemRouter = createRouter()
  .openapi(routes.health, handlers.health)
  .openapi(routes.ready, handlers.ready);
