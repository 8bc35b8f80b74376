import { createRouter } from '../../http/router.ts';
import * as handlers from './integration.handlers.ts';
import * as routes from './integration.routes.ts';

export const integrationRouter = createRouter()
  .openapi(routes.listTaskResultTypeConfigs, handlers.listTaskResultTypeConfigs)
  .openapi(routes.pullTasks, handlers.pullTasks)
  .openapi(routes.submitIntegrationResult, handlers.submitIntegrationResult);
