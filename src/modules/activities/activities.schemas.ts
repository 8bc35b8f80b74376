import { z } from '@hono/zod-openapi';
import {
  ACTIVITY_TYPES,
  ATTRIBUTE_RESOLUTION_STATUSES,
  CHANNELS,
  RESOLVER_TYPES,
} from '../../domain/activity-enums.ts';
import { ACTIVITY_STATUSES, STATUS_EVENT_TYPES } from '../../domain/activity-status.ts';
import { ATTRIBUTE_CATALOG } from '../../domain/attribute-catalog.ts';
import { LOCK_REASONS, TARGET_STATUSES, TARGET_STRATEGIES } from '../../domain/resolution.ts';
import { EXAMPLE_IDS } from '../../http/examples.ts';
import { Text, Timestamp } from '../../http/openapi.ts';
import { PageQuerySchema, paginated } from '../../http/pagination.ts';
import { MAX_CRITERIA, TargetCriterionSchema } from '../activity-config/activity-config.schemas.ts';

const ACTIVITY_ID = EXAMPLE_IDS.activity;
const COMMERCE_ID = EXAMPLE_IDS.commerce;
const ROUTE_ID = EXAMPLE_IDS.route;
const OPERATOR_ID = EXAMPLE_IDS.operator;
const WHEN = '2025-01-16T09:00:00.000Z';
const CREATED = '2025-01-15T10:30:00.000Z';

const ActivityTypeSchema = z.enum(ACTIVITY_TYPES).openapi({ description: 'TASK or MESSAGE', example: 'MESSAGE' });
const ChannelSchema = z
  .enum(CHANNELS)
  .openapi({ description: 'How the activity reaches the commerce', example: 'WHATSAPP' });
const StatusSchema = z.enum(ACTIVITY_STATUSES).openapi({ description: 'Lifecycle status', example: 'READY' });

/** PostgreSQL `integer` bounds, so any accepted score is storable. */
const INT4 = { min: -2_147_483_648, max: 2_147_483_647 };

/**
 * A key of the attribute catalog. The service answers 400 `UNKNOWN_ATTRIBUTE_KEY` for any other; the document lists
 * the keys, so a client built from it sends only those.
 */
const CatalogKey = () =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ enum: ATTRIBUTE_CATALOG.map((entry) => entry.key) });

const CallerAttributeSchema = z
  .strictObject({
    key: CatalogKey().openapi({ description: 'An attribute key of the catalog', example: 'promotions' }),
    value: z
      .unknown()
      .optional()
      .openapi({
        description: 'The value (any JSON). Given: the attribute is RESOLVED as CALLER_PROVIDED',
        example: [{ sku: 'A-1', discount: 0.1 }],
      }),
    fallback: z.unknown().optional().openapi({
      description: 'Used, with status FALLBACK, when no `value` is given and resolution fails',
      example: [],
    }),
  })
  .openapi('CallerAttribute');

/** Fields both create operations share (seed 001 and seed 004). */
const activityInputFields = {
  reason: Text(500).openapi({ description: 'Why the activity exists', example: 'Monthly promotion' }),
  channel: ChannelSchema,
  commerce_id: z
    .guid()
    .openapi({ description: 'The commerce it is assigned to (in this tenant)', example: COMMERCE_ID }),
  idempotency_key: z.string().min(1).max(255).openapi({
    description: 'Unique per tenant: a second create with the same key answers 409 with the existing `activityId`',
    example: 'msg-2025-01-15-001',
  }),
  scheduled_at: Timestamp().openapi({ description: 'When it should be executed', example: WHEN }),
  suggested_execution_time: Timestamp()
    .optional()
    .openapi({ description: 'Suggested time for execution', example: '2025-01-16T10:00:00.000Z' }),
  user_status: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'Caller-defined user status context', example: 'at_risk' }),
  score: z.int().min(INT4.min).max(INT4.max).optional().openapi({ description: 'Priority score', example: 80 }),
  assignment_reason: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .openapi({ description: 'Why the commerce was chosen', example: 'Sales dropped 20% month over month' }),
  target_criteria: z
    .array(TargetCriterionSchema)
    .max(MAX_CRITERIA)
    .optional()
    .openapi({ description: "Overrides the tenant's target-resolution criteria for this activity" }),
  attribute_keys: z
    .array(CatalogKey())
    .max(50)
    .optional()
    .openapi({ description: 'Catalog keys to resolve (unknown keys are 400)', example: ['commerce_info'] }),
  attributes: z
    .array(CallerAttributeSchema)
    .max(50)
    .optional()
    .openapi({ description: 'Caller-provided attribute values; they win over `attribute_keys` for the same key' }),
};

export const CreateActivityBodySchema = z
  .strictObject({
    type: ActivityTypeSchema,
    ...activityInputFields,
  })
  .openapi('CreateActivityBody');

export const CreateTaskBodySchema = z
  .strictObject({
    ...activityInputFields,
    channel: ChannelSchema.openapi({ example: 'SALESMAN' }),
    assigned_route_id: z.guid().openapi({ description: 'The route (in this tenant)', example: ROUTE_ID }),
    assigned_operator_id: z.guid().openapi({ description: 'The operator (in this tenant)', example: OPERATOR_ID }),
  })
  .openapi('CreateTaskBody');

export type CreateActivityBody = z.infer<typeof CreateActivityBodySchema>;
export type CreateTaskBody = z.infer<typeof CreateTaskBodySchema>;

const nullableTimestamp = (description: string, example: string | null) =>
  z.iso.datetime().nullable().openapi({ description, example });

export const ActivitySchema = z
  .object({
    id: z.guid().openapi({ description: 'Activity id', example: ACTIVITY_ID }),
    type: ActivityTypeSchema,
    channel: ChannelSchema,
    status: StatusSchema,
    reason: z.string().openapi({ description: 'Why the activity exists', example: 'Monthly promotion' }),
    idempotencyKey: z
      .string()
      .openapi({ description: 'The creation key, unique per tenant', example: 'msg-2025-01-15-001' }),
    scheduledAt: z.iso.datetime().openapi({ description: 'When it should be executed', example: WHEN }),
    suggestedExecutionTime: nullableTimestamp('Suggested time for execution', null),
    userStatus: z.string().nullable().openapi({ description: 'User status context', example: null }),
    score: z.int().min(INT4.min).max(INT4.max).nullable().openapi({ description: 'Priority score', example: null }),
    commerceAssignment: z
      .object({
        commerceId: z.guid().openapi({ description: 'The assigned commerce', example: COMMERCE_ID }),
        assignmentReason: z.string().nullable().openapi({ description: 'Why it was chosen', example: null }),
        commerce: z
          .object({
            name: z.string().openapi({ description: 'Commerce name', example: 'Main Street Store' }),
            externalId: z.string().openapi({ description: "The commerce's external id", example: 'store-001' }),
          })
          .openapi({ description: 'The commerce, as it is now' }),
      })
      .openapi('CommerceAssignment'),
    taskDetails: z
      .object({
        assignedRouteId: z.guid().nullable().openapi({ description: 'Assigned route', example: ROUTE_ID }),
        assignedOperatorId: z.guid().nullable().openapi({ description: 'Assigned operator', example: OPERATOR_ID }),
      })
      .nullable()
      .openapi('TaskDetails', { description: 'Route and operator, for TASKs; null for MESSAGEs' }),
    targetCriteria: z
      .array(TargetCriterionSchema)
      .max(MAX_CRITERIA)
      .nullable()
      .openapi({ description: 'Per-activity target criteria override' }),
    providerActivityId: z
      .string()
      .nullable()
      .openapi({ description: "The dispatch provider's id for it", example: null }),
    dispatchAttemptCount: z.int().min(0).max(INT4.max).openapi({ description: 'Dispatch attempts so far', example: 0 }),
    createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: CREATED }),
    updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: CREATED }),
  })
  .openapi('Activity');

export type Activity = z.infer<typeof ActivitySchema>;

export const activityExample: Activity = {
  id: ACTIVITY_ID,
  type: 'MESSAGE',
  channel: 'WHATSAPP',
  status: 'READY',
  reason: 'Monthly promotion',
  idempotencyKey: 'msg-2025-01-15-001',
  scheduledAt: WHEN,
  suggestedExecutionTime: null,
  userStatus: null,
  score: null,
  commerceAssignment: {
    commerceId: COMMERCE_ID,
    assignmentReason: null,
    commerce: { name: 'Main Street Store', externalId: 'store-001' },
  },
  taskDetails: null,
  targetCriteria: null,
  providerActivityId: null,
  dispatchAttemptCount: 0,
  createdAt: CREATED,
  updatedAt: CREATED,
};

export const taskExample: Activity = {
  ...activityExample,
  type: 'TASK',
  channel: 'SALESMAN',
  reason: 'Monthly visit',
  idempotencyKey: 'task-2025-01-15-001',
  taskDetails: { assignedRouteId: ROUTE_ID, assignedOperatorId: OPERATOR_ID },
};

export const ActivityPageSchema = paginated(ActivitySchema, 'ActivityPage');

export const ListActivitiesQuerySchema = PageQuerySchema.extend({
  status: StatusSchema.optional(),
  type: ActivityTypeSchema.optional(),
  channel: ChannelSchema.optional(),
  commerce_id: z.guid().optional().openapi({ description: 'Only this commerce', example: COMMERCE_ID }),
  scheduled_from: Timestamp().optional().openapi({ description: 'Scheduled at or after (inclusive)', example: WHEN }),
  scheduled_to: Timestamp()
    .optional()
    .openapi({ description: 'Scheduled at or before (inclusive)', example: '2025-01-31T23:59:59.999Z' }),
  search: Text(200).optional().openapi({
    description:
      'Case- and accent-insensitive text contained in the reason, the idempotency key, the commerce name or the commerce external id',
    example: 'promo',
  }),
});

export type ListActivitiesQuery = z.infer<typeof ListActivitiesQuerySchema>;

export const StatusEventSchema = z
  .object({
    id: z.guid().openapi({ description: 'Event id', example: 'ff0e8400-e29b-41d4-a716-446655440000' }),
    activityId: z.guid().openapi({ description: 'The activity', example: ACTIVITY_ID }),
    eventType: z.enum(STATUS_EVENT_TYPES).openapi({ description: 'What happened', example: 'CREATED' }),
    fromStatus: StatusSchema.nullable().openapi({ description: 'Status before (null at creation)', example: null }),
    toStatus: StatusSchema.nullable().openapi({ description: 'Status after', example: 'READY' }),
    errorCode: z.string().nullable().openapi({ description: 'Machine code of a failure', example: null }),
    errorMessage: z.string().nullable().openapi({ description: 'What failed', example: null }),
    reason: z.string().nullable().openapi({ description: 'Why, when given (e.g. a cancel reason)', example: null }),
    forced: z.boolean().openapi({
      description: 'True when a `hard_override` result forced a change the state machine forbids',
      example: false,
    }),
    occurredAt: z.iso.datetime().openapi({ description: 'When it happened', example: CREATED }),
  })
  .openapi('StatusEvent');

export type ActivityStatusEvent = z.infer<typeof StatusEventSchema>;

export const AttributeSchema = z
  .object({
    id: z.guid().openapi({ description: 'Attribute record id', example: 'ff0e8400-e29b-41d4-a716-446655440001' }),
    activityId: z.guid().openapi({ description: 'Parent activity id', example: ACTIVITY_ID }),
    attributeKeyId: z
      .guid()
      .openapi({ description: 'The global attribute key', example: 'ab0e8400-e29b-41d4-a716-446655440000' }),
    value: z.unknown().openapi({
      description: 'Resolved value (any JSON), or null if not resolved',
      example: { name: 'Main Street Store', taxId: '12345678-9', address: '123 Main St' },
    }),
    resolutionStatus: z
      .enum(ATTRIBUTE_RESOLUTION_STATUSES)
      .openapi({ description: 'PENDING, RESOLVED, FAILED or FALLBACK', example: 'RESOLVED' }),
    resolverType: z
      .enum(RESOLVER_TYPES)
      .nullable()
      .openapi({ description: 'Who resolved it', example: 'INTERNAL_SERVICE' }),
    resolvedAt: nullableTimestamp('When it was resolved', '2025-01-16T09:01:00.000Z'),
    errorMessage: z.string().nullable().openapi({ description: 'Why resolution failed', example: null }),
    createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: WHEN }),
    updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: '2025-01-16T09:01:00.000Z' }),
  })
  .openapi('ActivityAttribute');

export type ActivityAttribute = z.infer<typeof AttributeSchema>;

export const CancelActivityBodySchema = z
  .strictObject({
    reason: Text(500).optional().openapi({
      description: 'Why it is canceled (kept on the CANCELED event)',
      example: 'Commerce closed for renovation',
    }),
  })
  .openapi('CancelActivityBody');

export const ActivityIdParamsSchema = z.object({
  id: z.guid().openapi({ param: { name: 'id', in: 'path', description: 'Activity id' }, example: ACTIVITY_ID }),
});

/** The retry example names an UNRESOLVED activity, which the other examples' activity is not. */
export const UnresolvedActivityParamsSchema = z.object({
  id: z.guid().openapi({
    param: { name: 'id', in: 'path', description: 'Activity id' },
    example: EXAMPLE_IDS.unresolvedActivity,
  }),
});

export const TargetUserSchema = z
  .object({
    id: z.guid().openapi({ description: 'Target user record id', example: EXAMPLE_IDS.targetUser }),
    commerceUserId: z.guid().nullable().openapi({
      description: 'The chosen commerce user (null until resolved)',
      example: EXAMPLE_IDS.commerceUser,
    }),
    resolutionStatus: z.enum(TARGET_STATUSES).openapi({
      description:
        'PENDING (waiting: ON_DISPATCH, MANUAL or a retry), RESOLVED (chosen by criteria or a fallback), LOCKED (assigned by hand; immutable), FAILED (nobody matched)',
      example: 'RESOLVED',
    }),
    resolutionStrategy: z
      .enum(TARGET_STRATEGIES)
      .openapi({ description: 'When it is resolved', example: 'ON_CREATION' }),
    lockReason: z
      .enum(LOCK_REASONS)
      .nullable()
      .openapi({ description: 'How it was chosen', example: 'CRITERIA_MATCH' }),
    resolvedAt: nullableTimestamp('When it was resolved', '2025-01-15T10:30:00.000Z'),
    lockedAt: nullableTimestamp('When it was locked (manual assignment)', null),
    errorMessage: z.string().nullable().openapi({ description: 'Why resolution failed', example: null }),
    commerceUser: z
      .object({
        firstName: z.string().openapi({ description: 'First name', example: 'María' }),
        lastName: z.string().nullable().openapi({ description: 'Last name', example: 'González' }),
      })
      .nullable()
      .openapi({ description: 'The chosen commerce user' }),
  })
  .openapi('TargetUser');

export type TargetUser = z.infer<typeof TargetUserSchema>;

export const targetUserExample: TargetUser = {
  id: EXAMPLE_IDS.targetUser,
  commerceUserId: EXAMPLE_IDS.commerceUser,
  resolutionStatus: 'LOCKED',
  resolutionStrategy: 'MANUAL',
  lockReason: 'MANUAL_ASSIGNMENT',
  resolvedAt: '2025-01-15T10:30:00.000Z',
  lockedAt: '2025-01-15T10:30:00.000Z',
  errorMessage: null,
  commerceUser: { firstName: 'María', lastName: 'González' },
};

export const AssignTargetUserBodySchema = z
  .strictObject({
    commerce_user_id: z.guid().openapi({
      description: "A user of the activity's commerce",
      example: EXAMPLE_IDS.commerceUser,
    }),
  })
  .openapi('AssignTargetUserBody');

export const TargetUserParamsSchema = z.object({
  id: z.guid().openapi({ param: { name: 'id', in: 'path', description: 'Activity id' }, example: ACTIVITY_ID }),
  targetUserId: z.guid().openapi({
    param: { name: 'targetUserId', in: 'path', description: 'Target user record id' },
    example: EXAMPLE_IDS.targetUser,
  }),
});
