import { createRouter } from '../../http/router.ts';
import * as handlers from './dispatch.handlers.ts';
import * as routes from './dispatch.routes.ts';

export const dispatchRouter = createRouter()
  .openapi(routes.listDispatchProviders, handlers.listDispatchProviders)
  .openapi(routes.listDispatchChannelDefinitions, handlers.listDispatchChannelDefinitions)
  .openapi(routes.listDispatchConfigs, handlers.listDispatchConfigs)
  .openapi(routes.createDispatchConfig, handlers.createDispatchConfig)
  .openapi(routes.updateDispatchConfig, handlers.updateDispatchConfig)
  .openapi(routes.deleteDispatchConfig, handlers.deleteDispatchConfig)
  .openapi(routes.dispatchTask, handlers.dispatchTask);
