import { tenantContext } from '../../http/context.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type {
  ListTaskResultTypeConfigsRoute,
  PullTasksRoute,
  SubmitIntegrationResultRoute,
} from './integration.routes.ts';
import * as integration from './integration.service.ts';

export const listTaskResultTypeConfigs: AppRouteHandler<ListTaskResultTypeConfigsRoute> = async (c) =>
  c.json(await integration.resultTypeConfigs(tenantContext(c)), 200);

export const pullTasks: AppRouteHandler<PullTasksRoute> = async (c) =>
  c.json(await integration.pullTasks(tenantContext(c), c.req.valid('query')), 200);

export const submitIntegrationResult: AppRouteHandler<SubmitIntegrationResultRoute> = async (c) => {
  const { result, created } = await integration.submitIntegrationResult(tenantContext(c), c.req.valid('json'));
  return created ? c.json(result, 201) : c.json(result, 200);
};
