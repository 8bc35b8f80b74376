import { createRouter } from '../../http/router.ts';
import * as handlers from './activity-results.handlers.ts';
import * as routes from './activity-results.routes.ts';

export const activityResultsRouter = createRouter()
  .openapi(routes.createTaskResult, handlers.createTaskResult)
  .openapi(routes.listActivityResults, handlers.listActivityResults)
  .openapi(routes.getActivityResult, handlers.getActivityResult);
