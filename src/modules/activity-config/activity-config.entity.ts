import { defineEntity, p } from '@mikro-orm/core';
import { tenantOwnedProperties, tenantScoped } from '../../db/tenant-owned.ts';
import {
  ATTRIBUTE_STRATEGIES,
  type Criterion,
  POLICY_RESOLVER_TYPES,
  TARGET_STRATEGIES,
} from '../../domain/resolution.ts';
import { AttributeKeyEntity } from './attribute-key.entity.ts';

/** How a tenant resolves one attribute key. */
const AttributePolicySchema = defineEntity({
  name: 'AttributePolicyEntity',
  tableName: 'attribute_policy',
  ...tenantScoped,
  uniques: [{ name: 'attribute_policy_tenant_key_unique', properties: ['tenant', 'attributeKey'] }],
  properties: {
    ...tenantOwnedProperties,
    attributeKey: () => p.manyToOne(AttributeKeyEntity),
    strategy: p.enum(ATTRIBUTE_STRATEGIES),
    resolverType: p.enum(POLICY_RESOLVER_TYPES),
  },
});
export class AttributePolicyEntity extends AttributePolicySchema.class {}
AttributePolicySchema.setClass(AttributePolicyEntity);

/** The tenant's client hook: where CLIENT_HOOK attributes are resolved. The secret is encrypted. */
const ClientHookSchema = defineEntity({
  name: 'ClientHookEntity',
  tableName: 'client_hook',
  ...tenantScoped,
  uniques: [{ name: 'client_hook_tenant_unique', properties: ['tenant'] }],
  properties: {
    ...tenantOwnedProperties,
    url: p.string().length(2000),
    secretEnvelope: p.text(),
    timeoutMs: p.integer().default(2000),
  },
});
export class ClientHookEntity extends ClientHookSchema.class {}
ClientHookSchema.setClass(ClientHookEntity);

export interface StoredCriterion extends Criterion {
  id: string;
}

/** How a tenant picks an activity's target user; the active config with the lowest priority applies. */
const TargetResolutionConfigSchema = defineEntity({
  name: 'TargetResolutionConfigEntity',
  tableName: 'target_resolution_config',
  ...tenantScoped,
  uniques: [
    {
      name: 'target_resolution_config_tenant_active_priority_unique',
      expression: `create unique index "target_resolution_config_tenant_active_priority_unique" on "target_resolution_config" ("tenant_id", "priority") where "is_active"`,
    },
  ],
  properties: {
    ...tenantOwnedProperties,
    resolutionStrategy: p.enum(TARGET_STRATEGIES),
    fallbackToCommerceRep: p.boolean().default(true),
    fallbackToOwner: p.boolean().default(true),
    priority: p.integer().default(0),
    isActive: p.boolean().default(true),
    criteria: p.json<StoredCriterion[]>(),
  },
});
export class TargetResolutionConfigEntity extends TargetResolutionConfigSchema.class {}
TargetResolutionConfigSchema.setClass(TargetResolutionConfigEntity);
