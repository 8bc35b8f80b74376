import { defineEntity, p } from '@mikro-orm/core';
import { TENANT_POLICY } from '../../db/tenant-owned.ts';
import { ACTIVITY_TYPES, CHANNELS } from '../../domain/activity-enums.ts';
import { ACTIVITY_STATUSES } from '../../domain/activity-status.ts';

/**
 * How many activities a tenant has per status, type and channel, split over a few slots. Written only
 * by the database triggers declared on ActivityEntity (see Migration20261125000000_activity_counts);
 * read by the activity list for exact totals. Never written through the ORM.
 */
const ActivityCountSchema = defineEntity({
  name: 'ActivityCountEntity',
  tableName: 'activity_count',
  policies: [TENANT_POLICY],
  properties: {
    tenantId: p.uuid().primary(),
    status: p.enum(ACTIVITY_STATUSES).primary(),
    type: p.enum(ACTIVITY_TYPES).primary(),
    channel: p.enum(CHANNELS).primary(),
    slot: p.smallint().primary(),
    n: p.integer(),
  },
});
export class ActivityCountEntity extends ActivityCountSchema.class {}
ActivityCountSchema.setClass(ActivityCountEntity);
