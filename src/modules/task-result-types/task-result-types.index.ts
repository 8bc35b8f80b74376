import { createRouter } from '../../http/router.ts';
import * as handlers from './task-result-types.handlers.ts';
import * as routes from './task-result-types.routes.ts';

export const taskResultTypesRouter = createRouter()
  .openapi(routes.listTaskResultTypes, handlers.listTaskResultTypes)
  .openapi(routes.createTaskResultType, handlers.createTaskResultType)
  .openapi(routes.updateTaskResultType, handlers.updateTaskResultType)
  .openapi(routes.deleteTaskResultType, handlers.deleteTaskResultType);
