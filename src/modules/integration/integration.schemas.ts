import { z } from '@hono/zod-openapi';
import { CHANNELS } from '../../domain/activity-enums.ts';
import { ACTIVITY_STATUSES } from '../../domain/activity-status.ts';
import { QueryInt, Timestamp } from '../../http/openapi.ts';
import { ActivitySchema } from '../activities/activities.schemas.ts';
import {
  NAMES_ITS_ACTIVITY,
  TaskResultInputSchema,
  taskResultBodyFields,
} from '../activity-results/activity-results.schemas.ts';

/** A position in a tenant's change sequence: the writing transaction's id and the activity's. */
const CURSOR = /^(0|[1-9][0-9]{0,18})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export interface ChangeCursor {
  xid: string;
  id: string;
}

export function encodeCursor(cursor: ChangeCursor): string {
  return `${cursor.xid}_${cursor.id}`;
}

export function decodeCursor(text: string): ChangeCursor {
  const [, xid, id] = CURSOR.exec(text)!;
  return { xid: xid!, id: id! };
}

export const PullTasksQuerySchema = z.object({
  cursor: z.string().regex(CURSOR, 'Must be a `nextCursor` this API gave').optional().openapi({
    description:
      'Where the last call stopped (its `nextCursor`): the tasks changed since, in order. Absent: from the first change (or from `updated_since`)',
    example: '48213_0193a0b2-6c1e-7f00-8000-1a2b3c4d5e6f',
  }),
  updated_since: Timestamp()
    .optional()
    .openapi({ description: 'Only tasks last changed at or after this time', example: '2025-01-16T00:00:00.000Z' }),
  status: z.enum(ACTIVITY_STATUSES).optional().openapi({ description: 'Only this status', example: 'DISPATCHED' }),
  channel: z.enum(CHANNELS).optional().openapi({ description: 'Only this channel', example: 'SALESMAN' }),
  scheduled_from: Timestamp()
    .optional()
    .openapi({ description: 'Scheduled at or after (inclusive)', example: '2025-01-16T00:00:00.000Z' }),
  scheduled_to: Timestamp()
    .optional()
    .openapi({ description: 'Scheduled at or before (inclusive)', example: '2025-01-31T23:59:59.999Z' }),
  limit: QueryInt(1, 500).default(100).openapi({ description: 'Tasks per call (default 100, max 500)', example: 100 }),
});

export type PullTasksQuery = z.infer<typeof PullTasksQuerySchema>;

export const TaskChangesSchema = z
  .object({
    data: z.array(ActivitySchema).max(500).openapi({ description: 'Tasks, in the order of their last change' }),
    nextCursor: z.string().nullable().openapi({
      description:
        'Send it as `cursor` next time to get what changed since; null only when nothing was delivered and no cursor was sent',
      example: '48213_0193a0b2-6c1e-7f00-8000-1a2b3c4d5e6f',
    }),
    hasMore: z.boolean().openapi({ description: 'More changes are ready now: call again at once', example: false }),
  })
  .openapi('TaskChanges');

/** The partner's vocabulary, and what each becomes (the internal endpoint's statuses). */
export const INTEGRATION_STATUSES = {
  EFFECTIVE: 'COMPLETED',
  NOT_EFFECTIVE: 'NOT_EXECUTED',
  PENDING: 'PENDING',
} as const;

export const IntegrationTaskResultBodySchema = z
  .strictObject({
    ...taskResultBodyFields,
    provider_activity_id: taskResultBodyFields.provider_activity_id.openapi({
      description: "The provider's activity id of a task given to the partner (404 if no task has it)",
    }),
    commerce_external_id: taskResultBodyFields.commerce_external_id.openapi({
      description: "The task's commerce (404 if the tenant has no commerce with this external id)",
    }),
    // The same fields, not an extension: the generator would state one as `allOf` with two closed objects.
    task_result: z
      .strictObject({
        ...TaskResultInputSchema.shape,
        result: TaskResultInputSchema.shape.result.openapi({
          description: "One of the tenant's result codes (`GET /api/integration/task-result-type-configs`)",
          example: 'SALE_COMPLETED',
        }),
      })
      .openapi('IntegrationTaskResultInput'),
    hard_override: taskResultBodyFields.hard_override.openapi({
      description: 'Replace a final result the activity already has (409 without it)',
    }),
    status: z.enum(Object.keys(INTEGRATION_STATUSES) as ['EFFECTIVE', 'NOT_EFFECTIVE', 'PENDING']).openapi({
      description:
        'EFFECTIVE completes the task (stored as COMPLETED), NOT_EFFECTIVE fails it (NOT_EXECUTED), PENDING changes nothing',
      example: 'EFFECTIVE',
    }),
  })
  .refine(NAMES_ITS_ACTIVITY.check, NAMES_ITS_ACTIVITY.issue)
  .openapi('IntegrationTaskResultBody', { anyOf: NAMES_ITS_ACTIVITY.anyOf });

export type IntegrationTaskResultBody = z.infer<typeof IntegrationTaskResultBodySchema>;
