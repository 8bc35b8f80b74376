import { createRouter } from '../../http/router.ts';
import * as handlers from './activity-config.handlers.ts';
import * as routes from './activity-config.routes.ts';

export const activityConfigRouter = createRouter().openapi(routes.listAttributeKeys, handlers.listAttributeKeys);
