import { defineEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base.entity.ts';
import { tenantOwnedProperties, tenantScoped } from '../../db/tenant-owned.ts';
import { CHANNELS } from '../../domain/activity-enums.ts';
import { type CredentialField, PROTOCOL_TYPES, type SettingField } from './provider-catalog.ts';

/** A provider of the global catalog (not tenant-owned), written from code at every start. */
const DispatchProviderSchema = defineEntity({
  name: 'DispatchProviderEntity',
  tableName: 'dispatch_provider',
  properties: {
    ...baseProperties,
    code: p.string().length(50).unique(),
    name: p.string().length(200),
    protocolType: p.enum(PROTOCOL_TYPES),
    isActive: p.boolean().default(true),
  },
});
export class DispatchProviderEntity extends DispatchProviderSchema.class {}
DispatchProviderSchema.setClass(DispatchProviderEntity);

/** Which channels a provider serves, and which credentials and settings a tenant config must give it. */
const DispatchChannelDefinitionSchema = defineEntity({
  name: 'DispatchChannelDefinitionEntity',
  tableName: 'dispatch_channel_definition',
  uniques: [
    { name: 'dispatch_channel_definition_provider_channel_unique', properties: ['dispatchProvider', 'channel'] },
  ],
  properties: {
    ...baseProperties,
    dispatchProvider: () => p.manyToOne(DispatchProviderEntity).deleteRule('cascade'),
    channel: p.enum(CHANNELS),
    credentialSchema: p.json<CredentialField[]>(),
    settingsSchema: p.json<SettingField[]>(),
  },
});
export class DispatchChannelDefinitionEntity extends DispatchChannelDefinitionSchema.class {}
DispatchChannelDefinitionSchema.setClass(DispatchChannelDefinitionEntity);

/**
 * A tenant's choice of provider for one channel. `credentials` holds the AES-256-GCM envelope
 * (credentials.ts), never plaintext. At most one active config per (tenant, channel): a partial
 * unique index, so concurrent creates cannot both win.
 */
const DispatchConfigSchema = defineEntity({
  name: 'DispatchConfigEntity',
  tableName: 'dispatch_config',
  ...tenantScoped,
  uniques: [
    {
      name: 'dispatch_config_tenant_channel_active_unique',
      expression: `create unique index "dispatch_config_tenant_channel_active_unique" on "dispatch_config" ("tenant_id", "channel") where "is_active"`,
    },
  ],
  indexes: [{ name: 'dispatch_config_tenant_created_index', properties: ['tenant', 'createdAt', 'id'] }],
  properties: {
    ...tenantOwnedProperties,
    dispatchProvider: () => p.manyToOne(DispatchProviderEntity),
    channel: p.enum(CHANNELS),
    baseUrl: p.string().length(2000).nullable(),
    credentials: p.text().nullable(),
    settings: p.json<Record<string, unknown>>(),
    isActive: p.boolean().default(true),
  },
});
export class DispatchConfigEntity extends DispatchConfigSchema.class {}
DispatchConfigSchema.setClass(DispatchConfigEntity);
