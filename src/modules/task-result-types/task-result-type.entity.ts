import { defineEntity, p } from '@mikro-orm/core';
import { tenantOwnedProperties, tenantScoped } from '../../db/tenant-owned.ts';

/** A result code of the tenant: what a partner sends as `task_result.result` on the integration API. */
const TaskResultTypeSchema = defineEntity({
  name: 'TaskResultTypeEntity',
  tableName: 'task_result_type',
  ...tenantScoped,
  uniques: [{ name: 'task_result_type_tenant_code_unique', properties: ['tenant', 'code'] }],
  properties: {
    ...tenantOwnedProperties,
    code: p.string().length(100),
    label: p.string().length(200),
    requiresFutureScheduledAt: p.boolean().default(false),
  },
});
export class TaskResultTypeEntity extends TaskResultTypeSchema.class {}
TaskResultTypeSchema.setClass(TaskResultTypeEntity);
