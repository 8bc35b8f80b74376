import { defineEntity, p } from '@mikro-orm/core';
import { tenantFilter, tenantOwnedProperties } from '../../db/tenant-owned.ts';
import {
  ACTIVITY_TYPES,
  ATTRIBUTE_RESOLUTION_STATUSES,
  CHANNELS,
  RESOLVER_TYPES,
} from '../../domain/activity-enums.ts';
import { ACTIVITY_STATUSES, STATUS_EVENT_TYPES } from '../../domain/activity-status.ts';
import { AttributeKeyEntity } from '../activity-config/attribute-key.entity.ts';
import { CommerceEntity } from '../commerces/commerce.entity.ts';
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
  filters: tenantFilter,
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
      name: 'activity_search_trgm_index',
      expression: `create index "activity_search_trgm_index" on "activity" using gin (reten_fold("reason" || ' ' || "idempotency_key") gin_trgm_ops)`,
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
  },
});
export class ActivityEntity extends ActivitySchema.class {}
ActivitySchema.setClass(ActivityEntity);

const ActivityAttributeSchema = defineEntity({
  name: 'ActivityAttributeEntity',
  tableName: 'activity_attribute',
  filters: tenantFilter,
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
  filters: tenantFilter,
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
