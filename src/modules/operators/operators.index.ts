import { createRouter } from '../../http/router.ts';
import * as handlers from './operators.handlers.ts';
import * as routes from './operators.routes.ts';

export const operatorsRouter = createRouter()
  .openapi(routes.createOperator, handlers.createOperator)
  .openapi(routes.syncOperators, handlers.syncOperators)
  .openapi(routes.listOperators, handlers.listOperators)
  .openapi(routes.getOperator, handlers.getOperator)
  .openapi(routes.updateOperator, handlers.updateOperator);
