import { defineEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base.entity.ts';

const TenantSchema = defineEntity({
  name: 'TenantEntity',
  tableName: 'tenant',
  // Every tenant starts with the default task result types (Migration20261201000000_integration).
  triggers: [
    {
      name: 'tenant_seed_task_result_types',
      timing: 'after',
      events: ['insert'],
      expression: `create trigger "tenant_seed_task_result_types" after insert on "tenant" for each row execute function reten_seed_task_result_types()`,
    },
  ],
  properties: {
    ...baseProperties,
    name: p.string().length(200),
    slug: p.string().length(63).unique(),
  },
});

export class TenantEntity extends TenantSchema.class {}
TenantSchema.setClass(TenantEntity);
