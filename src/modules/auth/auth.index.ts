import { createRouter } from '../../http/router.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type { GetMeRoute } from './auth.routes.ts';
import * as routes from './auth.routes.ts';
import { toMe } from './auth.schemas.ts';

const getMe: AppRouteHandler<GetMeRoute> = (c) => c.json(toMe(c.get('principal')), 200);

export const authRouter = createRouter().openapi(routes.getMe, getMe);
