import { conditionalJson } from '../../http/conditional.ts';
import { tenantContext } from '../../http/context.ts';
import { pageMeta, toPage } from '../../http/pagination.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import * as queries from './activity-results.queries.ts';
import type {
  CreateTaskResultRoute,
  GetActivityResultRoute,
  ListActivityResultsRoute,
} from './activity-results.routes.ts';
import { submitTaskResult } from './activity-results.service.ts';

export const createTaskResult: AppRouteHandler<CreateTaskResultRoute> = async (c) => {
  const { result, created } = await submitTaskResult(tenantContext(c), c.req.valid('json'));
  return created ? c.json(result, 201) : c.json(result, 200);
};

export const listActivityResults: AppRouteHandler<ListActivityResultsRoute> = async (c) => {
  const query = c.req.valid('query');
  const page = toPage(query);
  const { data, total } = await queries.listResults(tenantContext(c), query, page);
  return c.json({ data, meta: pageMeta(page, total) }, 200);
};

export const getActivityResult: AppRouteHandler<GetActivityResultRoute> = async (c) =>
  conditionalJson(c, await queries.findResult(tenantContext(c), c.req.valid('param').id));
