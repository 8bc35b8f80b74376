import { defineEntity, p } from '@mikro-orm/core';
import { tenantOwnedProperties, tenantScoped } from '../../db/tenant-owned.ts';
import {
  ACTIVITY_TYPES,
  ATTRIBUTE_RESOLUTION_STATUSES,
  CHANNELS,
  RESOLVER_TYPES,
} from '../../domain/activity-enums.ts';
import { ACTIVITY_STATUSES, STATUS_EVENT_TYPES } from '../../domain/activity-status.ts';
import { LOCK_REASONS, TARGET_STATUSES, TARGET_STRATEGIES } from '../../domain/resolution.ts';
import { AttributeKeyEntity } from '../activity-config/attribute-key.entity.ts';
import { CommerceEntity, CommerceUserEntity } from '../commerces/commerce.entity.ts';
import { OperatorEntity } from '../operators/operator.entity.ts';
import { RouteEntity } from '../routes/route.entity.ts';

export interface TargetCriterion {
  type: string;
  config?: Record<string, unknown>;
  priority?: number;
}

/**
 * An activity with its commerce assignment and, for TASKs, its task details (route and operator) on
 * the same row: they are one-to-one, always read together, and written in one insert.
 */
const ActivitySchema = defineEntity({
  name: 'ActivityEntity',
  tableName: 'activity',
  ...tenantScoped,
  uniques: [{ name: 'activity_tenant_idempotency_key_unique', properties: ['tenant', 'idempotencyKey'] }],
  // Every list ordering is (scheduledAt, id) after the filters, so each index ends with both.
  indexes: [
    { name: 'activity_tenant_scheduled_index', properties: ['tenant', 'scheduledAt', 'id'] },
    {
      name: 'activity_tenant_status_type_scheduled_index',
      properties: ['tenant', 'status', 'type', 'scheduledAt', 'id'],
    },
    { name: 'activity_tenant_type_scheduled_index', properties: ['tenant', 'type', 'scheduledAt', 'id'] },
    { name: 'activity_tenant_channel_scheduled_index', properties: ['tenant', 'channel', 'scheduledAt', 'id'] },
    { name: 'activity_tenant_commerce_scheduled_index', properties: ['tenant', 'commerce', 'scheduledAt', 'id'] },
    { name: 'activity_tenant_provider_activity_index', properties: ['tenant', 'providerActivityId'] },
    {
      // The dispatcher's claim: READY activities of one tenant and channel, by due time.
      name: 'activity_dispatch_due_index',
      expression: `create index "activity_dispatch_due_index" on "activity" ("tenant_id", "channel", "scheduled_at", "id") where "status" = 'READY'`,
    },
    {
      // The integration API's pull: a tenant's tasks in the order of their changes (Migration20261201000000).
      name: 'activity_task_changes_index',
      expression: `create index "activity_task_changes_index" on "activity" ("tenant_id", "change_xid", "id") where "type" = 'TASK'`,
    },
    {
      name: 'activity_search_trgm_index',
      expression: `create index "activity_search_trgm_index" on "activity" using gin (reten_fold("reason" || ' ' || "idempotency_key") gin_trgm_ops)`,
    },
  ],
  // Keep activity_count exact in the writer's transaction (Migration20261125000000_activity_counts).
  triggers: [
    {
      name: 'activity_count_insert',
      timing: 'after',
      events: ['insert'],
      expression: `create trigger "activity_count_insert" after insert on "activity" for each row execute function activity_count_apply()`,
    },
    {
      name: 'activity_count_update',
      timing: 'after',
      events: ['update'],
      expression: `create trigger "activity_count_update" after update of "status", "type", "channel", "tenant_id" on "activity" for each row when ((old.status, old.type, old.channel, old.tenant_id) is distinct from (new.status, new.type, new.channel, new.tenant_id)) execute function activity_count_apply()`,
    },
    {
      name: 'activity_change_xid',
      timing: 'before',
      events: ['update'],
      expression: `create trigger "activity_change_xid" before update on "activity" for each row execute function reten_activity_changed()`,
    },
    {
      name: 'activity_count_delete',
      timing: 'after',
      events: ['delete'],
      expression: `create trigger "activity_count_delete" after delete on "activity" for each row execute function activity_count_apply()`,
    },
  ],
  properties: {
    ...tenantOwnedProperties,
    type: p.enum(ACTIVITY_TYPES),
    channel: p.enum(CHANNELS),
    status: p.enum(ACTIVITY_STATUSES),
    reason: p.string().length(500),
    idempotencyKey: p.string().length(255),
    scheduledAt: p.datetime(),
    suggestedExecutionTime: p.datetime().nullable(),
    userStatus: p.string().length(100).nullable(),
    score: p.integer().nullable(),
    commerce: () => p.manyToOne(CommerceEntity),
    assignmentReason: p.string().length(500).nullable(),
    assignedRoute: () => p.manyToOne(RouteEntity).nullable(),
    assignedOperator: () => p.manyToOne(OperatorEntity).nullable(),
    targetCriteria: p.json<TargetCriterion[]>().nullable(),
    providerActivityId: p.string().length(200).nullable(),
    dispatchAttemptCount: p.integer().default(0),
    /** Not before this time (the backoff after a failed dispatch attempt); null: as soon as scheduled. */
    nextDispatchAt: p.datetime().nullable(),
    /** While in the future, a worker holds the current attempt; nobody else claims the activity. */
    dispatchLeaseUntil: p.datetime().nullable(),
    /** The transaction that last wrote the row (set by the database): the pull API's change sequence. */
    changeXid: p.string().columnType('xid8').defaultRaw('pg_current_xact_id()').lazy(),
  },
});
export class ActivityEntity extends ActivitySchema.class {}
ActivitySchema.setClass(ActivityEntity);

const ActivityAttributeSchema = defineEntity({
  name: 'ActivityAttributeEntity',
  tableName: 'activity_attribute',
  ...tenantScoped,
  uniques: [
    { name: 'activity_attribute_tenant_activity_key_unique', properties: ['tenant', 'activity', 'attributeKey'] },
  ],
  properties: {
    ...tenantOwnedProperties,
    activity: () => p.manyToOne(ActivityEntity).deleteRule('cascade'),
    attributeKey: () => p.manyToOne(AttributeKeyEntity),
    value: p.json<unknown>().nullable(),
    resolutionStatus: p.enum(ATTRIBUTE_RESOLUTION_STATUSES),
    resolverType: p.enum(RESOLVER_TYPES).nullable(),
    resolvedAt: p.datetime().nullable(),
    errorMessage: p.text().nullable(),
  },
});
export class ActivityAttributeEntity extends ActivityAttributeSchema.class {}
ActivityAttributeSchema.setClass(ActivityAttributeEntity);

const ActivityStatusEventSchema = defineEntity({
  name: 'ActivityStatusEventEntity',
  tableName: 'activity_status_event',
  ...tenantScoped,
  indexes: [{ name: 'activity_status_event_tenant_activity_index', properties: ['tenant', 'activity', 'occurredAt'] }],
  properties: {
    ...tenantOwnedProperties,
    activity: () => p.manyToOne(ActivityEntity).deleteRule('cascade'),
    eventType: p.enum(STATUS_EVENT_TYPES),
    fromStatus: p.enum(ACTIVITY_STATUSES).nullable(),
    toStatus: p.enum(ACTIVITY_STATUSES).nullable(),
    errorCode: p.string().length(100).nullable(),
    errorMessage: p.text().nullable(),
    reason: p.text().nullable(),
    forced: p.boolean().default(false),
    occurredAt: p.datetime(),
  },
});
export class ActivityStatusEventEntity extends ActivityStatusEventSchema.class {}
ActivityStatusEventSchema.setClass(ActivityStatusEventEntity);

/** Whom an activity addresses: one commerce user, resolved by criteria, a fallback or by hand. */
const ActivityTargetUserSchema = defineEntity({
  name: 'ActivityTargetUserEntity',
  tableName: 'activity_target_user',
  ...tenantScoped,
  indexes: [
    { name: 'activity_target_user_tenant_activity_index', properties: ['tenant', 'activity'] },
    { name: 'activity_target_user_tenant_commerce_user_index', properties: ['tenant', 'commerceUser'] },
  ],
  properties: {
    ...tenantOwnedProperties,
    activity: () => p.manyToOne(ActivityEntity).deleteRule('cascade'),
    commerceUser: () => p.manyToOne(CommerceUserEntity).nullable().deleteRule('set null'),
    resolutionStatus: p.enum(TARGET_STATUSES),
    resolutionStrategy: p.enum(TARGET_STRATEGIES),
    lockReason: p.enum(LOCK_REASONS).nullable(),
    resolvedAt: p.datetime().nullable(),
    lockedAt: p.datetime().nullable(),
    errorMessage: p.text().nullable(),
  },
});
export class ActivityTargetUserEntity extends ActivityTargetUserSchema.class {}
ActivityTargetUserSchema.setClass(ActivityTargetUserEntity);
