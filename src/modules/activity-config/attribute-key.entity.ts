import { defineEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base.entity.ts';

/** The global catalog of attribute keys (not tenant-owned): tenants set policies per key. */
const AttributeKeySchema = defineEntity({
  name: 'AttributeKeyEntity',
  tableName: 'attribute_key',
  properties: {
    ...baseProperties,
    key: p.string().length(100).unique(),
    label: p.string().length(200),
    description: p.text(),
  },
});

export class AttributeKeyEntity extends AttributeKeySchema.class {}
AttributeKeySchema.setClass(AttributeKeyEntity);
