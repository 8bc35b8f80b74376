import { defineEntity, p } from '@mikro-orm/core';
import { tenantOwnedProperties, tenantScoped } from '../../db/tenant-owned.ts';

export const OPERATOR_TYPES = ['SALESMAN', 'ACTIVATOR', 'CALLCENTER'] as const;

const OperatorSchema = defineEntity({
  name: 'OperatorEntity',
  tableName: 'operator',
  ...tenantScoped,
  uniques: [
    { name: 'operator_tenant_type_external_id_unique', properties: ['tenant', 'type', 'externalId'] },
    { name: 'operator_tenant_email_unique', properties: ['tenant', 'email'] },
  ],
  properties: {
    ...tenantOwnedProperties,
    type: p.enum(OPERATOR_TYPES),
    externalId: p.string().length(200).nullable(),
    name: p.string().length(300),
    email: p.string().length(320).nullable(),
    phone: p.string().length(50).nullable(),
    isActive: p.boolean().default(true),
    isPlaceholder: p.boolean().default(false),
    metadata: p.json<Record<string, unknown>>(),
  },
});
export class OperatorEntity extends OperatorSchema.class {}
OperatorSchema.setClass(OperatorEntity);
