import { createRouter } from '../../http/router.ts';

export const commercesRouter = createRouter();
