import { z } from '@hono/zod-openapi';
import { CONTACT_DIRECTIONS, RESULT_SOURCES, RESULT_STATUSES } from '../../domain/result-sync.ts';
import { EXAMPLE_IDS } from '../../http/examples.ts';
import { JsonObject, Text, Timestamp } from '../../http/openapi.ts';
import { PageQuerySchema, paginated } from '../../http/pagination.ts';

const RESULT_ID = EXAMPLE_IDS.result;
const ACTIVITY_ID = EXAMPLE_IDS.activity;
const COMMERCE_ID = EXAMPLE_IDS.commerce;
const OCCURRED = '2025-01-16T14:30:00.000Z';

const ResultStatusSchema = z.enum(RESULT_STATUSES).openapi({
  description:
    'PENDING changes nothing; COMPLETED and TRANSFERRED complete the activity; NOT_EXECUTED fails it; CANCELED cancels it',
  example: 'COMPLETED',
});
const SourceSchema = z.enum(RESULT_SOURCES).openapi({
  description: 'RETEN_ACTIVITY when it matched an activity, STANDALONE otherwise',
  example: 'RETEN_ACTIVITY',
});
const ContactTypeSchema = z
  .enum(CONTACT_DIRECTIONS)
  .openapi({ description: 'Who started the contact', example: 'OUTBOUND' });

export const TaskResultInputSchema = z
  .strictObject({
    result: Text(100).openapi({ description: 'Result type code', example: 'success' }),
    comment: z
      .string()
      .max(5000)
      .optional()
      .openapi({ description: 'Free text', example: 'Order placed successfully' }),
    contact_type: ContactTypeSchema.optional(),
    operator_external_id: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: "The operator's external id", example: 'op-77' }),
    future_scheduled_at: Timestamp()
      .optional()
      .openapi({ description: 'Suggested date for a follow-up', example: '2025-02-01T09:00:00.000Z' }),
    payload: JsonObject()
      .optional()
      .openapi({ description: 'Task-specific data, stored and returned as given', example: { orderId: 'SO-1001' } }),
  })
  .openapi('TaskResultInput');

/** The fields of a task result submission but `status`, whose vocabulary differs by endpoint. */
export const taskResultBodyFields = {
  activity_id: z.guid().optional().openapi({
    description: 'The Reten activity; wins over `provider_activity_id`. One of the two is required',
    example: ACTIVITY_ID,
  }),
  provider_activity_id: z.string().min(1).max(200).optional().openapi({
    description: "The provider's activity id; matches an activity that carries it, else the result is STANDALONE",
    example: 'ext-123',
  }),
  commerce_external_id: z.string().min(1).max(200).openapi({
    description:
      "The commerce's external id; must be the matched activity's commerce. Unknown on a standalone result: a placeholder commerce is created",
    example: 'store-001',
  }),
  occurred_at: Timestamp().openapi({ description: 'When it happened (provider clock)', example: OCCURRED }),
  external_status: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Provider-specific status', example: 'DONE' }),
  hard_override: z.boolean().optional().openapi({
    description: 'Apply a status change the state machine forbids (recorded as `forced` on the event)',
    example: false,
  }),
  raw_payload: JsonObject()
    .optional()
    .openapi({ description: 'The raw provider payload, stored and returned as given', example: { source: 'yom' } }),
  task_result: TaskResultInputSchema,
};

/** "activity_id or provider_activity_id": checked, and stated in the document's terms (`anyOf`). */
export const NAMES_ITS_ACTIVITY = {
  check: (body: { activity_id?: string; provider_activity_id?: string }) =>
    body.activity_id !== undefined || body.provider_activity_id !== undefined,
  issue: { message: 'Give activity_id or provider_activity_id', path: ['activity_id'] },
  anyOf: [{ required: ['activity_id'] }, { required: ['provider_activity_id'] }],
};

export const CreateTaskResultBodySchema = z
  .strictObject({ ...taskResultBodyFields, status: ResultStatusSchema })
  .refine(NAMES_ITS_ACTIVITY.check, NAMES_ITS_ACTIVITY.issue)
  // A generated client cannot build a body without either.
  .openapi('CreateTaskResultBody', { anyOf: NAMES_ITS_ACTIVITY.anyOf });

export type CreateTaskResultBody = z.infer<typeof CreateTaskResultBodySchema>;

export const ActivityResultSchema = z
  .object({
    id: z.guid().openapi({ description: 'Result id', example: RESULT_ID }),
    activityId: z
      .guid()
      .nullable()
      .openapi({ description: 'The matched activity (null when STANDALONE)', example: ACTIVITY_ID }),
    providerActivityId: z
      .string()
      .nullable()
      .openapi({ description: "The provider's activity id", example: 'ext-123' }),
    commerceId: z.guid().openapi({ description: 'The commerce', example: COMMERCE_ID }),
    source: SourceSchema,
    resultStatus: ResultStatusSchema,
    externalStatus: z.string().nullable().openapi({ description: 'Provider-specific status', example: null }),
    occurredAt: z.iso.datetime().openapi({ description: 'When it happened', example: OCCURRED }),
    taskDetails: z
      .object({
        result: z.string().openapi({ description: 'Result type code', example: 'success' }),
        comment: z.string().nullable().openapi({ description: 'Free text', example: 'Order placed successfully' }),
        contactType: ContactTypeSchema.nullable(),
        operatorExternalId: z.string().nullable().openapi({ description: "The operator's external id", example: null }),
        futureScheduledAt: z.iso
          .datetime()
          .nullable()
          .openapi({ description: 'Suggested follow-up date', example: null }),
        payload: z
          .record(z.string(), z.unknown())
          .nullable()
          .openapi({ description: 'Task-specific data as given', example: null }),
      })
      .openapi('TaskResultDetails'),
    rawPayload: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({ description: 'The raw provider payload as given', example: null }),
    hardOverride: z
      .boolean()
      .openapi({ description: 'Whether the last submission asked for `hard_override`', example: false }),
    createdAt: z.iso.datetime().openapi({ description: 'First submission', example: '2025-01-16T14:30:05.000Z' }),
    updatedAt: z.iso
      .datetime()
      .openapi({ description: 'Last accepted submission', example: '2025-01-16T14:30:05.000Z' }),
  })
  .openapi('ActivityResult');

export type ActivityResult = z.infer<typeof ActivityResultSchema>;

export const resultExample: ActivityResult = {
  id: RESULT_ID,
  activityId: ACTIVITY_ID,
  providerActivityId: 'ext-123',
  commerceId: COMMERCE_ID,
  source: 'RETEN_ACTIVITY',
  resultStatus: 'COMPLETED',
  externalStatus: null,
  occurredAt: OCCURRED,
  taskDetails: {
    result: 'success',
    comment: 'Order placed successfully',
    contactType: 'OUTBOUND',
    operatorExternalId: null,
    futureScheduledAt: null,
    payload: null,
  },
  rawPayload: null,
  hardOverride: false,
  createdAt: '2025-01-16T14:30:05.000Z',
  updatedAt: '2025-01-16T14:30:05.000Z',
};

export const ActivityResultPageSchema = paginated(ActivityResultSchema, 'ActivityResultPage');

export const ListResultsQuerySchema = PageQuerySchema.extend({
  activity_id: z.guid().optional().openapi({ description: 'Only this activity', example: ACTIVITY_ID }),
  provider_activity_id: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "Only this provider's id", example: 'ext-123' }),
  commerce_id: z.guid().optional().openapi({ description: 'Only this commerce', example: COMMERCE_ID }),
  status: ResultStatusSchema.optional(),
  source: SourceSchema.optional(),
  occurred_from: Timestamp()
    .optional()
    .openapi({ description: 'Occurred at or after (inclusive)', example: '2025-01-01T00:00:00.000Z' }),
  occurred_to: Timestamp()
    .optional()
    .openapi({ description: 'Occurred at or before (inclusive)', example: '2025-01-31T23:59:59.999Z' }),
});

export type ListResultsQuery = z.infer<typeof ListResultsQuerySchema>;

export const ResultIdParamsSchema = z.object({
  id: z.guid().openapi({ param: { name: 'id', in: 'path', description: 'Result id' }, example: RESULT_ID }),
});
