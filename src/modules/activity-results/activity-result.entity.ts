import { defineEntity, p } from '@mikro-orm/core';
import { tenantOwnedProperties, tenantScoped } from '../../db/tenant-owned.ts';
import { CONTACT_DIRECTIONS, RESULT_SOURCES, RESULT_STATUSES } from '../../domain/result-sync.ts';
import { ActivityEntity } from '../activities/activity.entity.ts';
import { CommerceEntity } from '../commerces/commerce.entity.ts';

/**
 * What the field reported for a task. One record per activity, or per provider activity id while
 * standalone; later submissions update it, guarded by `occurredAt`.
 */
const ActivityResultSchema = defineEntity({
  name: 'ActivityResultEntity',
  tableName: 'activity_result',
  ...tenantScoped,
  uniques: [
    { name: 'activity_result_tenant_activity_unique', properties: ['tenant', 'activity'] },
    {
      name: 'activity_result_tenant_standalone_provider_unique',
      expression: `create unique index "activity_result_tenant_standalone_provider_unique" on "activity_result" ("tenant_id", "provider_activity_id") where "activity_id" is null`,
    },
  ],
  indexes: [
    { name: 'activity_result_tenant_occurred_index', properties: ['tenant', 'occurredAt', 'id'] },
    { name: 'activity_result_tenant_commerce_index', properties: ['tenant', 'commerce', 'occurredAt'] },
    { name: 'activity_result_tenant_provider_index', properties: ['tenant', 'providerActivityId'] },
  ],
  properties: {
    ...tenantOwnedProperties,
    activity: () => p.manyToOne(ActivityEntity).nullable().deleteRule('cascade'),
    providerActivityId: p.string().length(200).nullable(),
    commerce: () => p.manyToOne(CommerceEntity),
    source: p.enum(RESULT_SOURCES),
    resultStatus: p.enum(RESULT_STATUSES),
    externalStatus: p.string().length(200).nullable(),
    occurredAt: p.datetime(),
    resultCode: p.string().length(100),
    comment: p.text().nullable(),
    contactType: p.enum(CONTACT_DIRECTIONS).nullable(),
    operatorExternalId: p.string().length(200).nullable(),
    futureScheduledAt: p.datetime().nullable(),
    payload: p.json<Record<string, unknown>>().nullable(),
    rawPayload: p.json<Record<string, unknown>>().nullable(),
    hardOverride: p.boolean().default(false),
  },
});
export class ActivityResultEntity extends ActivityResultSchema.class {}
ActivityResultSchema.setClass(ActivityResultEntity);
