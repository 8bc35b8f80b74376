import { z } from '@hono/zod-openapi';
import { secured } from '../../auth/authorize.ts';
import { EXAMPLE_IDS } from '../../http/examples.ts';
import { jsonBody, jsonResponse } from '../../http/openapi.ts';
import { taskExample } from '../activities/activities.schemas.ts';
import { ActivityResultSchema, resultExample } from '../activity-results/activity-results.schemas.ts';
import { TaskResultTypeConfigSchema } from '../task-result-types/task-result-types.schemas.ts';
import { IntegrationTaskResultBodySchema, PullTasksQuerySchema, TaskChangesSchema } from './integration.schemas.ts';

const tags = ['Integration'];
// The integration API takes API keys only, as the Reten docs say.
const credentials = 'apiKey';

export const listTaskResultTypeConfigs = secured({
  method: 'get',
  path: '/integration/task-result-type-configs',
  operationId: 'listTaskResultTypeConfigs',
  tags,
  summary: "The tenant's result codes",
  permission: 'VIEW_ACTIVITIES',
  credentials,
  description:
    "The codes a partner sends as `task_result.result`, by code: the tenant's task result types (`/api/activity-config/task-result-types`). A partner's first call: it also proves the key works.",
  responses: {
    200: jsonResponse(z.array(TaskResultTypeConfigSchema), 'The codes', [
      { code: 'SALE_COMPLETED', label: 'Sale completed', requiresFutureScheduledAt: false },
      { code: 'RESCHEDULE', label: 'Reschedule the visit', requiresFutureScheduledAt: true },
    ]),
  },
});

export const pullTasks = secured({
  method: 'get',
  path: '/integration/activities/tasks',
  operationId: 'pullTasks',
  tags,
  summary: 'Pull task changes',
  permission: 'VIEW_ACTIVITIES',
  credentials,
  description: [
    "The tenant's TASK activities in the order of their changes, for a partner that pulls its work: every change (the creation and each later update) is delivered at least once and in order, each time with the task as it is now. Keep `nextCursor` and send it as `cursor` to get what changed since; with `hasMore`, call again at once.",
    '',
    "A change is delivered once every transaction that started before it has ended: a write that commits late is never skipped, and one still running holds back what follows it (for at most the database's statement and idle-in-transaction timeouts). The filters apply to each call; a task that changes again is delivered again, after the cursor.",
  ].join('\n'),
  request: { query: PullTasksQuerySchema },
  responses: {
    200: jsonResponse(TaskChangesSchema, 'The next changes', {
      data: [taskExample],
      nextCursor: '48213_0193a0b2-6c1e-7f00-8000-1a2b3c4d5e6f',
      hasMore: false,
    }),
  },
});

export const submitIntegrationResult = secured({
  method: 'post',
  path: '/integration/activity-results/tasks',
  operationId: 'submitIntegrationResult',
  tags,
  summary: 'Submit a task result (partner)',
  permission: 'SUBMIT_ACTIVITY_RESULT',
  credentials,
  description: [
    "A partner's result for a task it was given: the same engine as `POST /api/activity-results/tasks` (matching, temporal guard, status sync, one record per activity), with a partner's rules:",
    '',
    '- `status`: EFFECTIVE completes the task (stored as COMPLETED), NOT_EFFECTIVE fails it (NOT_EXECUTED), PENDING changes nothing.',
    "- `task_result.result` must be one of the tenant's result codes (400 `UNKNOWN_RESULT_CODE`, listing them); when the code requires it, `task_result.future_scheduled_at` is required and in the future (400).",
    '- `activity_id` wins over `provider_activity_id`; a task that neither names is 404 (no STANDALONE result here), and so is a `commerce_external_id` the tenant does not have.',
    '- A final result over the final result the activity already has is 409 `RESULT_FINAL` unless `hard_override: true`.',
  ].join('\n'),
  request: {
    body: jsonBody(IntegrationTaskResultBodySchema, 'The result', {
      activity_id: EXAMPLE_IDS.partnerTask,
      commerce_external_id: 'store-001',
      status: 'EFFECTIVE',
      occurred_at: '2025-01-16T14:30:00.000Z',
      task_result: { result: 'SALE_COMPLETED', comment: 'Order placed', contact_type: 'OUTBOUND' },
    }),
  },
  responses: {
    201: jsonResponse(ActivityResultSchema, 'A new result was recorded', resultExample),
    200: jsonResponse(ActivityResultSchema, 'The stored result was updated by a later one', resultExample),
  },
  problems: {
    400: "An unknown result code (`UNKNOWN_RESULT_CODE`), a missing or past `future_scheduled_at` where the code needs one, or the commerce is not the task's (`COMMERCE_MISMATCH`)",
    404: 'No task has this `activity_id` or `provider_activity_id` in the tenant (`ACTIVITY_NOT_FOUND`), or no commerce this `commerce_external_id` (`COMMERCE_NOT_FOUND`)',
    409: 'The activity already has a final result and `hard_override` is not set, or a PENDING result after a final one (`RESULT_FINAL`); not later than the stored result (`STALE_RESULT`); a status change the state machine forbids without `hard_override` (`INVALID_STATUS_TRANSITION`)',
  },
});

export type ListTaskResultTypeConfigsRoute = typeof listTaskResultTypeConfigs;
export type PullTasksRoute = typeof pullTasks;
export type SubmitIntegrationResultRoute = typeof submitIntegrationResult;
