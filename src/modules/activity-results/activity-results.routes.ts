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
    '- **Final is final:** every status but PENDING is final. A PENDING result never replaces a final one, and is never stored beside an activity in a final status (COMPLETED, CANCELED, FAILED): 409 `RESULT_FINAL`, with or without `hard_override`, so the stored result and the activity always agree.',
    '',
    'Every case (checked in this order: final is final, then the temporal guard, then the status sync):',
    '',
    '| stored result | activity | incoming | without `hard_override` | with `hard_override: true` |',
    '|---|---|---|---|---|',
    '| none or PENDING | not final | PENDING | stored; activity unchanged | the same |',
    '| none or PENDING | not final | final | stored; activity moves if the state machine allows it, else 409 `INVALID_STATUS_TRANSITION` | stored; activity moves (`forced` if the machine forbids it) |',
    '| any | final | PENDING | 409 `RESULT_FINAL` | 409 `RESULT_FINAL` |',
    '| final | any | PENDING | 409 `RESULT_FINAL` | 409 `RESULT_FINAL` |',
    "| none, PENDING or final | final | final | stored if it maps to the activity's status (activity unchanged), else 409 `INVALID_STATUS_TRANSITION` | stored; activity moves, event `forced` |",
    '| any stored | any | not later (`occurred_at`) than the stored one | 409 `STALE_RESULT` | 409 `STALE_RESULT` |',
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
    409: 'A PENDING result after a final one or on a final activity (`RESULT_FINAL`), not later than the stored result (`STALE_RESULT`), or a forbidden status change without `hard_override` (`INVALID_STATUS_TRANSITION`)',
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
  conditional: true,
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
