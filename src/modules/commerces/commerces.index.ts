import { createRouter } from '../../http/router.ts';
import * as handlers from './commerces.handlers.ts';
import * as routes from './commerces.routes.ts';

export const commercesRouter = createRouter()
  .openapi(routes.syncCommerces, handlers.syncCommerces)
  .openapi(routes.listCommerces, handlers.listCommerces)
  .openapi(routes.getCommerce, handlers.getCommerce)
  .openapi(routes.updateCommerce, handlers.updateCommerce);
