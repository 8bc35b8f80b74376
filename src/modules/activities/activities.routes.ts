import { z } from '@hono/zod-openapi';
import { secured } from '../../auth/authorize.ts';
import { ATTRIBUTE_CATALOG } from '../../domain/attribute-catalog.ts';
import { EXAMPLE_IDS } from '../../http/examples.ts';
import { jsonBody, jsonResponse } from '../../http/openapi.ts';
import {
  ActivityIdParamsSchema,
  ActivityPageSchema,
  ActivitySchema,
  AssignTargetUserBodySchema,
  AttributeSchema,
  activityExample,
  CancelActivityBodySchema,
  CreateActivityBodySchema,
  CreateTaskBodySchema,
  ListActivitiesQuerySchema,
  StatusEventSchema,
  TargetUserParamsSchema,
  TargetUserSchema,
  targetUserExample,
  taskExample,
  UnresolvedActivityParamsSchema,
} from './activities.schemas.ts';

const tags = ['Activities'];
const notFound = 'No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`)';

/** Stateful clients (and fuzzers) follow these from a created activity to the operations that use it. */
const activityLinks = {
  GetActivity: { operationId: 'getActivity', parameters: { id: '$response.body#/id' } },
  ListActivityStatusEvents: { operationId: 'listActivityStatusEvents', parameters: { id: '$response.body#/id' } },
  ListActivityAttributes: { operationId: 'listActivityAttributes', parameters: { id: '$response.body#/id' } },
  CancelActivity: { operationId: 'cancelActivity', parameters: { id: '$response.body#/id' } },
};

const createProblems = {
  400: 'An attribute key is not in the catalog (`UNKNOWN_ATTRIBUTE_KEY`)',
  409: 'The idempotency key is already used in this tenant (`IDEMPOTENCY_KEY_CONFLICT`); `activityId` names the existing activity',
};

const resolutionNote =
  "Attributes named in `attribute_keys` are resolved from the tenant's data; `attributes[]` carry caller values " +
  '(RESOLVED as CALLER_PROVIDED) or a `fallback` used when resolution fails (FALLBACK). An unknown key is 400 ' +
  '`UNKNOWN_ATTRIBUTE_KEY`. When an attribute fails without a fallback, the activity is still created, with status ' +
  'UNRESOLVED and a RESOLUTION_FAILED event after CREATED. Everything (activity, attributes, events) is written in one transaction.';

export const createActivity = secured({
  method: 'post',
  path: '/activities',
  operationId: 'createActivity',
  tags,
  summary: 'Create an activity',
  permission: 'CREATE_ACTIVITY',
  description: `Creates a TASK or MESSAGE assigned to a commerce. ${resolutionNote}`,
  request: {
    body: jsonBody(CreateActivityBodySchema, 'The activity', {
      type: 'MESSAGE',
      reason: 'Monthly promotion',
      channel: 'WHATSAPP',
      commerce_id: EXAMPLE_IDS.commerce,
      idempotency_key: 'msg-2025-01-15-001',
      scheduled_at: '2025-01-16T09:00:00.000Z',
      attribute_keys: ['commerce_info'],
    }),
  },
  responses: {
    201: { ...jsonResponse(ActivitySchema, 'The activity was created', activityExample), links: activityLinks },
  },
  problems: {
    ...createProblems,
    404: 'The commerce is not in this tenant (`COMMERCE_NOT_FOUND`)',
  },
});

export const createTaskActivity = secured({
  method: 'post',
  path: '/activities/tasks',
  operationId: 'createTaskActivity',
  tags,
  summary: 'Create a task activity',
  permission: 'CREATE_ACTIVITY',
  description: `Creates a TASK with its route and operator (\`taskDetails\`). ${resolutionNote}`,
  request: {
    body: jsonBody(CreateTaskBodySchema, 'The task', {
      reason: 'Monthly visit',
      channel: 'SALESMAN',
      commerce_id: EXAMPLE_IDS.commerce,
      idempotency_key: 'task-2025-01-15-001',
      assigned_route_id: EXAMPLE_IDS.route,
      assigned_operator_id: EXAMPLE_IDS.operator,
      scheduled_at: '2025-01-16T09:00:00.000Z',
      attribute_keys: ['commerce_info', 'promotions'],
    }),
  },
  responses: {
    201: { ...jsonResponse(ActivitySchema, 'The task was created', taskExample), links: activityLinks },
  },
  problems: {
    ...createProblems,
    404: 'The commerce, route or operator is not in this tenant (`COMMERCE_NOT_FOUND`, `ROUTE_NOT_FOUND`, `OPERATOR_NOT_FOUND`)',
  },
});

export const listActivities = secured({
  method: 'get',
  path: '/activities',
  operationId: 'listActivities',
  tags,
  summary: 'List activities',
  permission: 'VIEW_ACTIVITIES',
  description:
    'Activities matching every given filter, ordered by `scheduledAt` then `id`. `scheduled_from` and `scheduled_to` are inclusive. A page past the end answers an empty `data` with the right `meta`.',
  request: { query: ListActivitiesQuerySchema },
  responses: {
    200: jsonResponse(ActivityPageSchema, 'A page of activities', {
      data: [activityExample],
      meta: { page: 1, limit: 25, total: 1, totalPages: 1 },
    }),
  },
});

export const getActivity = secured({
  method: 'get',
  path: '/activities/{id}',
  operationId: 'getActivity',
  conditional: true,
  tags,
  summary: 'Get an activity',
  permission: 'VIEW_ACTIVITIES',
  description: 'One activity with its commerce assignment, task details and every stored field.',
  request: { params: ActivityIdParamsSchema },
  responses: {
    200: jsonResponse(ActivitySchema, 'The activity', activityExample),
  },
  problems: {
    404: notFound,
  },
});

export const listActivityStatusEvents = secured({
  method: 'get',
  path: '/activities/{id}/status-events',
  operationId: 'listActivityStatusEvents',
  tags,
  summary: 'List status events',
  permission: 'VIEW_ACTIVITIES',
  description: "The activity's audit trail, oldest first: one event per status change or attempt.",
  request: { params: ActivityIdParamsSchema },
  responses: {
    200: jsonResponse(z.array(StatusEventSchema), 'The events, oldest first', [
      {
        id: 'ff0e8400-e29b-41d4-a716-446655440000',
        activityId: EXAMPLE_IDS.activity,
        eventType: 'CREATED',
        fromStatus: null,
        toStatus: 'READY',
        errorCode: null,
        errorMessage: null,
        reason: null,
        forced: false,
        occurredAt: '2025-01-15T10:30:00.000Z',
      },
    ]),
  },
  problems: {
    404: notFound,
  },
});

export const listActivityAttributes = secured({
  method: 'get',
  path: '/activities/{id}/attributes',
  operationId: 'listActivityAttributes',
  tags,
  summary: 'List attributes',
  permission: 'VIEW_ACTIVITIES',
  description: "The activity's attributes with their resolution status and values, by key.",
  request: { params: ActivityIdParamsSchema },
  responses: {
    200: jsonResponse(
      z.array(AttributeSchema).max(ATTRIBUTE_CATALOG.length),
      'The attributes, one per catalog key at most',
      [
        {
          id: 'ff0e8400-e29b-41d4-a716-446655440001',
          activityId: EXAMPLE_IDS.activity,
          attributeKeyId: 'ab0e8400-e29b-41d4-a716-446655440000',
          value: { name: 'Main Street Store', taxId: '12345678-9', address: '123 Main St' },
          resolutionStatus: 'RESOLVED',
          resolverType: 'INTERNAL_SERVICE',
          resolvedAt: '2025-01-16T09:01:00.000Z',
          errorMessage: null,
          createdAt: '2025-01-16T09:00:00.000Z',
          updatedAt: '2025-01-16T09:01:00.000Z',
        },
      ],
    ),
  },
  problems: {
    404: notFound,
  },
});

export const cancelActivity = secured({
  method: 'post',
  path: '/activities/{id}/cancel',
  operationId: 'cancelActivity',
  tags,
  summary: 'Cancel an activity',
  permission: 'CANCEL_ACTIVITY',
  description:
    'Cancels a READY, UNRESOLVED or DISPATCHED activity and records a CANCELED event with the optional `reason`. The body is optional. From COMPLETED, CANCELED or FAILED it is 409 `INVALID_STATUS_TRANSITION`.',
  request: {
    params: ActivityIdParamsSchema,
    body: {
      ...jsonBody(CancelActivityBodySchema, 'Why, optionally', { reason: 'Commerce closed for renovation' }),
      required: false,
    },
  },
  responses: {
    200: jsonResponse(ActivitySchema, 'The canceled activity', { ...activityExample, status: 'CANCELED' }),
  },
  problems: {
    404: notFound,
    409: 'The activity is already COMPLETED, CANCELED or FAILED (`INVALID_STATUS_TRANSITION`)',
  },
});

export const listActivityTargetUsers = secured({
  method: 'get',
  path: '/activities/{id}/target-users',
  operationId: 'listActivityTargetUsers',
  tags,
  summary: 'List target users',
  permission: 'VIEW_ACTIVITIES',
  description:
    "Whom the activity addresses. An activity has a target user when its `target_criteria` or the tenant's active target-resolution config asks for one; otherwise the list is empty.",
  request: { params: ActivityIdParamsSchema },
  responses: {
    200: jsonResponse(z.array(TargetUserSchema), 'The target users', [
      {
        ...targetUserExample,
        resolutionStatus: 'RESOLVED',
        resolutionStrategy: 'ON_CREATION',
        lockReason: 'CRITERIA_MATCH',
        lockedAt: null,
      },
    ]),
  },
  problems: {
    404: notFound,
  },
});

export const assignActivityTargetUser = secured({
  method: 'patch',
  path: '/activities/{id}/target-users/{targetUserId}/resolve',
  operationId: 'assignActivityTargetUser',
  tags,
  summary: 'Assign a target user by hand',
  permission: 'CREATE_ACTIVITY',
  description:
    "Sets a user of the activity's commerce as the target. Only a PENDING or FAILED target without a lock can be assigned; the result is LOCKED with lock reason MANUAL_ASSIGNMENT. An UNRESOLVED activity becomes READY through `retry-resolution`.",
  request: {
    params: TargetUserParamsSchema,
    body: jsonBody(AssignTargetUserBodySchema, 'The commerce user', {
      commerce_user_id: EXAMPLE_IDS.commerceUser,
    }),
  },
  responses: {
    200: jsonResponse(TargetUserSchema, 'The assigned target', targetUserExample),
  },
  problems: {
    404: 'No such activity, target user, or active user of its commerce (`ACTIVITY_NOT_FOUND`, `TARGET_USER_NOT_FOUND`, `COMMERCE_USER_NOT_FOUND`)',
    409: 'The target is already RESOLVED or LOCKED (`TARGET_USER_LOCKED`)',
  },
});

export const retryActivityResolution = secured({
  method: 'patch',
  path: '/activities/{id}/retry-resolution',
  operationId: 'retryActivityResolution',
  tags,
  summary: 'Retry resolution',
  permission: 'CREATE_ACTIVITY',
  description:
    'Retries every FAILED target user and attribute of an UNRESOLVED activity. When all resolve, the activity becomes READY (RESOLUTION_RETRY_SUCCESS); otherwise it stays UNRESOLVED (RESOLUTION_RETRY_FAILED, with the reasons). No body. Any other status is 400 `INVALID_ACTIVITY_STATE`, which is also what the loser of two concurrent retries gets.',
  request: { params: UnresolvedActivityParamsSchema },
  responses: {
    200: jsonResponse(ActivitySchema, 'The activity after the retry', activityExample),
  },
  problems: {
    400: 'The activity is not UNRESOLVED (`INVALID_ACTIVITY_STATE`)',
    404: notFound,
  },
});

export type ListActivityTargetUsersRoute = typeof listActivityTargetUsers;
export type AssignActivityTargetUserRoute = typeof assignActivityTargetUser;
export type RetryActivityResolutionRoute = typeof retryActivityResolution;
export type CreateActivityRoute = typeof createActivity;
export type CreateTaskActivityRoute = typeof createTaskActivity;
export type ListActivitiesRoute = typeof listActivities;
export type GetActivityRoute = typeof getActivity;
export type ListActivityStatusEventsRoute = typeof listActivityStatusEvents;
export type ListActivityAttributesRoute = typeof listActivityAttributes;
export type CancelActivityRoute = typeof cancelActivity;
