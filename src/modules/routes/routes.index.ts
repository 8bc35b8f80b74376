import { createRouter } from '../../http/router.ts';

export const routesRouter = createRouter();
