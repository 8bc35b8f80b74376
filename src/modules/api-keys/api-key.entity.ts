import { defineEntity, p } from '@mikro-orm/core';
import type { Permission } from '../../auth/permissions.ts';
import { tenantOwnedProperties, tenantScoped } from '../../db/tenant-owned.ts';

/**
 * An API key: a partner system's credential in one tenant, with a subset of its creator's permissions. Only the
 * SHA-256 of the key is stored (the plaintext is shown once), with a short prefix to recognise it by.
 */
const ApiKeySchema = defineEntity({
  name: 'ApiKeyEntity',
  tableName: 'api_key',
  ...tenantScoped,
  uniques: [{ name: 'api_key_key_hash_unique', properties: ['keyHash'] }],
  indexes: [{ name: 'api_key_tenant_created_by_index', properties: ['tenant', 'createdBy', 'createdAt', 'id'] }],
  properties: {
    ...tenantOwnedProperties,
    /** The subject of the token that created it. */
    createdBy: p.string().length(255),
    name: p.string().length(255),
    keyPrefix: p.string().length(16),
    keyHash: p.blob(),
    permissions: p.array().$type<Permission[]>(),
    expiresAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export class ApiKeyEntity extends ApiKeySchema.class {}
ApiKeySchema.setClass(ApiKeyEntity);
