import { z } from '@hono/zod-openapi';
import { secured } from '../../auth/authorize.ts';
import { jsonBody, jsonResponse } from '../../http/openapi.ts';
import {
  CreateTaskResultTypeBodySchema,
  TaskResultTypeIdParamsSchema,
  TaskResultTypeSchema,
  taskResultTypeExample,
  UpdateTaskResultTypeBodySchema,
} from './task-result-types.schemas.ts';

const tags = ['Activity configuration'];
const NOT_FOUND = 'No task result type has this id in this tenant (`TASK_RESULT_TYPE_NOT_FOUND`)';
const seeded =
  'A tenant starts with SALE_COMPLETED, NOT_INTERESTED, RESCHEDULE (which requires a future date) and NO_CONTACT.';

export const listTaskResultTypes = secured({
  method: 'get',
  path: '/activity-config/task-result-types',
  operationId: 'listTaskResultTypes',
  tags,
  summary: 'List task result types',
  permission: 'VIEW_ACTIVITIES',
  description: `The result codes partners may send on the integration API (\`task_result.result\`), by code. ${seeded}`,
  responses: {
    200: jsonResponse(z.array(TaskResultTypeSchema), 'The types', [taskResultTypeExample]),
  },
});

export const createTaskResultType = secured({
  method: 'post',
  path: '/activity-config/task-result-types',
  operationId: 'createTaskResultType',
  tags,
  summary: 'Create a task result type',
  permission: 'MANAGE_ACTIVITY_CONFIG',
  description: 'Adds a result code partners may send. The code is fixed once created (partners store it).',
  request: {
    body: jsonBody(CreateTaskResultTypeBodySchema, 'The type', {
      code: 'ORDER_TAKEN',
      label: 'Order taken',
      requires_future_scheduled_at: false,
    }),
  },
  responses: {
    201: jsonResponse(TaskResultTypeSchema, 'The type was created', taskResultTypeExample),
  },
  problems: { 409: 'The tenant already has a type with this code (`RESOURCE_CONFLICT`)' },
});

export const updateTaskResultType = secured({
  method: 'patch',
  path: '/activity-config/task-result-types/{id}',
  operationId: 'updateTaskResultType',
  tags,
  summary: 'Update a task result type',
  permission: 'MANAGE_ACTIVITY_CONFIG',
  description: 'Changes the label or whether a future date is required; the code stays.',
  request: {
    params: TaskResultTypeIdParamsSchema,
    body: jsonBody(UpdateTaskResultTypeBodySchema, 'The fields to change', { label: 'Reschedule' }),
  },
  responses: {
    200: jsonResponse(TaskResultTypeSchema, 'The updated type', { ...taskResultTypeExample, label: 'Reschedule' }),
  },
  problems: { 404: NOT_FOUND },
});

export const deleteTaskResultType = secured({
  method: 'delete',
  path: '/activity-config/task-result-types/{id}',
  operationId: 'deleteTaskResultType',
  tags,
  summary: 'Delete a task result type',
  permission: 'MANAGE_ACTIVITY_CONFIG',
  description: 'Partners can no longer send its code; results already stored keep it.',
  request: { params: TaskResultTypeIdParamsSchema },
  responses: { 204: { description: 'The type was deleted' } },
  problems: { 404: NOT_FOUND },
});

export type ListTaskResultTypesRoute = typeof listTaskResultTypes;
export type CreateTaskResultTypeRoute = typeof createTaskResultType;
export type UpdateTaskResultTypeRoute = typeof updateTaskResultType;
export type DeleteTaskResultTypeRoute = typeof deleteTaskResultType;
