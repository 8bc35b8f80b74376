import { defineEntity, p } from '@mikro-orm/core';
import { tenantOwnedProperties, tenantScoped } from '../../db/tenant-owned.ts';
import { OperatorEntity } from '../operators/operator.entity.ts';

export const ROUTE_OPERATOR_ROLES = ['LEAD', 'MEMBER'] as const;

const RouteSchema = defineEntity({
  name: 'RouteEntity',
  tableName: 'route',
  ...tenantScoped,
  uniques: [{ name: 'route_tenant_external_id_unique', properties: ['tenant', 'externalId'] }],
  properties: {
    ...tenantOwnedProperties,
    name: p.string().length(300),
    externalId: p.string().length(200).nullable(),
    description: p.text().nullable(),
    isActive: p.boolean().default(true),
    metadata: p.json<Record<string, unknown>>(),
  },
});
export class RouteEntity extends RouteSchema.class {}
RouteSchema.setClass(RouteEntity);

const RouteOperatorSchema = defineEntity({
  name: 'RouteOperatorEntity',
  tableName: 'route_operator',
  ...tenantScoped,
  uniques: [{ name: 'route_operator_tenant_route_operator_unique', properties: ['tenant', 'route', 'operator'] }],
  properties: {
    ...tenantOwnedProperties,
    route: () => p.manyToOne(RouteEntity).deleteRule('cascade'),
    operator: () => p.manyToOne(OperatorEntity).deleteRule('cascade'),
    role: p.enum(ROUTE_OPERATOR_ROLES).default('MEMBER'),
    isActive: p.boolean().default(true),
  },
});
export class RouteOperatorEntity extends RouteOperatorSchema.class {}
RouteOperatorSchema.setClass(RouteOperatorEntity);
