import { createRouter } from '../../http/router.ts';
import * as handlers from './activity-config.handlers.ts';
import * as routes from './activity-config.routes.ts';

export const activityConfigRouter = createRouter()
  .openapi(routes.listAttributeKeys, handlers.listAttributeKeys)
  .openapi(routes.listAttributePolicies, handlers.listAttributePolicies)
  .openapi(routes.upsertAttributePolicy, handlers.upsertAttributePolicy)
  .openapi(routes.getClientHook, handlers.getClientHook)
  .openapi(routes.putClientHook, handlers.putClientHook)
  .openapi(routes.listTargetResolutionConfigs, handlers.listTargetResolutionConfigs)
  .openapi(routes.createTargetResolutionConfig, handlers.createTargetResolutionConfig)
  .openapi(routes.updateTargetResolutionConfig, handlers.updateTargetResolutionConfig)
  .openapi(routes.deleteTargetResolutionConfig, handlers.deleteTargetResolutionConfig);
