import { tenantContext } from '../../http/context.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type {
  CreateTaskResultTypeRoute,
  DeleteTaskResultTypeRoute,
  ListTaskResultTypesRoute,
  UpdateTaskResultTypeRoute,
} from './task-result-types.routes.ts';
import * as types from './task-result-types.service.ts';

export const listTaskResultTypes: AppRouteHandler<ListTaskResultTypesRoute> = async (c) =>
  c.json(await types.listTaskResultTypes(tenantContext(c)), 200);

export const createTaskResultType: AppRouteHandler<CreateTaskResultTypeRoute> = async (c) =>
  c.json(await types.createTaskResultType(tenantContext(c), c.req.valid('json')), 201);

export const updateTaskResultType: AppRouteHandler<UpdateTaskResultTypeRoute> = async (c) =>
  c.json(await types.updateTaskResultType(tenantContext(c), c.req.valid('param').id, c.req.valid('json')), 200);

export const deleteTaskResultType: AppRouteHandler<DeleteTaskResultTypeRoute> = async (c) => {
  await types.deleteTaskResultType(tenantContext(c), c.req.valid('param').id);
  return c.body(null, 204);
};
