import { createRouter } from '../../http/router.ts';

export const activitiesRouter = createRouter();
