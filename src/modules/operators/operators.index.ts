import { createRouter } from '../../http/router.ts';

export const operatorsRouter = createRouter();
