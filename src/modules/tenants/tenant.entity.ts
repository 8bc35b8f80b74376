import { defineEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base.entity.ts';

const TenantSchema = defineEntity({
  name: 'TenantEntity',
  tableName: 'tenant',
  properties: {
    ...baseProperties,
    name: p.string().length(200),
    slug: p.string().length(63).unique(),
  },
});

export class TenantEntity extends TenantSchema.class {}
TenantSchema.setClass(TenantEntity);
