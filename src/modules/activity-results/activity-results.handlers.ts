import { pageMeta, toPage } from '../../http/pagination.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import { tenantContext } from '../activities/activities.handlers.ts';
import type {
  CreateTaskResultRoute,
  GetActivityResultRoute,
  ListActivityResultsRoute,
} from './activity-results.routes.ts';
import * as results from './activity-results.service.ts';

export const createTaskResult: AppRouteHandler<CreateTaskResultRoute> = async (c) => {
  const { result, created } = await results.submitTaskResult(tenantContext(c), c.req.valid('json'));
  return created ? c.json(result, 201) : c.json(result, 200);
};

export const listActivityResults: AppRouteHandler<ListActivityResultsRoute> = async (c) => {
  const query = c.req.valid('query');
  const page = toPage(query);
  const { data, total } = await results.listResults(tenantContext(c), query, page);
  return c.json({ data, meta: pageMeta(page, total) }, 200);
};

export const getActivityResult: AppRouteHandler<GetActivityResultRoute> = async (c) =>
  c.json(await results.findResult(tenantContext(c), c.req.valid('param').id), 200);
