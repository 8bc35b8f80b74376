import { secured } from '../../auth/authorize.ts';
import { jsonBody, jsonResponse } from '../../http/openapi.ts';
import {
  ActivityResultPageSchema,
  ActivityResultSchema,
  CreateTaskResultBodySchema,
  ListResultsQuerySchema,
  ResultIdParamsSchema,
  resultExample,
} from './activity-results.schemas.ts';

const tags = ['Activity results'];

const resultLinks = {
  GetActivityResult: { operationId: 'getActivityResult', parameters: { id: '$response.body#/id' } },
};

export const createTaskResult = secured({
  method: 'post',
  path: '/activity-results/tasks',
  operationId: 'createTaskResult',
  tags,
  summary: 'Submit a task result',
  permission: 'CREATE_ACTIVITY',
  description: [
    'Records what happened to a task and syncs its activity, in one transaction.',
    '',
    '- **Matching:** `activity_id` first (404 if it is not in this tenant), then `provider_activity_id`. A match is `RETEN_ACTIVITY`; otherwise the result is `STANDALONE`, and an unknown `commerce_external_id` gets a placeholder commerce (`isPlaceholder: true`). For a matched activity, `commerce_external_id` must be its commerce (400 `COMMERCE_MISMATCH`).',
    '- **One record:** an activity (or, while standalone, a provider activity id) has one result; later submissions update it (200) instead of creating one (201). A standalone record is adopted by its activity once the provider id matches one.',
    "- **Temporal guard:** an update whose `occurred_at` is not strictly later than the stored result's is 409 `STALE_RESULT` and changes nothing.",
    '- **Status sync:** PENDING changes nothing; COMPLETED and TRANSFERRED complete the activity; NOT_EXECUTED fails it; CANCELED cancels it, each with its status event. A change the state machine forbids (e.g. completing a CANCELED activity) is 409 `INVALID_STATUS_TRANSITION` unless `hard_override: true`, which applies it and marks the event `forced`. A result whose status the activity already has changes nothing.',
  ].join('\n'),
  request: {
    body: jsonBody(CreateTaskResultBodySchema, 'The result', {
      provider_activity_id: 'ext-123',
      commerce_external_id: 'store-001',
      status: 'COMPLETED',
      occurred_at: '2025-01-16T14:30:00.000Z',
      task_result: { result: 'success', comment: 'Order placed successfully', contact_type: 'OUTBOUND' },
    }),
  },
  responses: {
    201: { ...jsonResponse(ActivityResultSchema, 'A new result was recorded', resultExample), links: resultLinks },
    200: {
      ...jsonResponse(ActivityResultSchema, 'The stored result was updated by a later one', resultExample),
      links: resultLinks,
    },
  },
  problems: {
    400: "`commerce_external_id` is not the matched activity's commerce (`COMMERCE_MISMATCH`)",
    404: 'The `activity_id` is not in this tenant (`ACTIVITY_NOT_FOUND`)',
    409: 'Not later than the stored result (`STALE_RESULT`), or a forbidden status change without `hard_override` (`INVALID_STATUS_TRANSITION`)',
  },
});

export const listActivityResults = secured({
  method: 'get',
  path: '/activity-results',
  operationId: 'listActivityResults',
  tags,
  summary: 'List results',
  permission: 'VIEW_ACTIVITIES',
  description: 'Results matching every given filter, newest `occurredAt` first. The occurred window is inclusive.',
  request: { query: ListResultsQuerySchema },
  responses: {
    200: jsonResponse(ActivityResultPageSchema, 'A page of results', {
      data: [resultExample],
      meta: { page: 1, limit: 25, total: 1, totalPages: 1 },
    }),
  },
});

export const getActivityResult = secured({
  method: 'get',
  path: '/activity-results/{id}',
  operationId: 'getActivityResult',
  tags,
  summary: 'Get a result',
  permission: 'VIEW_ACTIVITIES',
  description: 'One result with its task details and payloads as submitted.',
  request: { params: ResultIdParamsSchema },
  responses: {
    200: jsonResponse(ActivityResultSchema, 'The result', resultExample),
  },
  problems: {
    404: 'No result with this id in the tenant (`RESULT_NOT_FOUND`)',
  },
});

export type CreateTaskResultRoute = typeof createTaskResult;
export type ListActivityResultsRoute = typeof listActivityResults;
export type GetActivityResultRoute = typeof getActivityResult;
