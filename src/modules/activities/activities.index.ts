import { createRouter } from '../../http/router.ts';
import * as handlers from './activities.handlers.ts';
import * as routes from './activities.routes.ts';

export const activitiesRouter = createRouter()
  .openapi(routes.createActivity, handlers.createActivity)
  .openapi(routes.createTaskActivity, handlers.createTaskActivity)
  .openapi(routes.listActivities, handlers.listActivities)
  .openapi(routes.getActivity, handlers.getActivity)
  .openapi(routes.listActivityStatusEvents, handlers.listActivityStatusEvents)
  .openapi(routes.listActivityAttributes, handlers.listActivityAttributes)
  .openapi(routes.cancelActivity, handlers.cancelActivity)
  .openapi(routes.listActivityTargetUsers, handlers.listActivityTargetUsers)
  .openapi(routes.assignActivityTargetUser, handlers.assignActivityTargetUser)
  .openapi(routes.retryActivityResolution, handlers.retryActivityResolution);
