import { defineEntity, p } from '@mikro-orm/core';
import { tenantOwnedProperties, tenantScoped } from '../../db/tenant-owned.ts';

export const CONTACT_TYPES = ['EMAIL', 'PHONE', 'WHATSAPP', 'OTHER'] as const;
export const COMMERCE_USER_ROLES = [
  'OWNER',
  'ORDERS',
  'FINANCE',
  'ATTENTION',
  'ADMIN',
  'COMMERCE_REP',
  'OTHER',
] as const;
export const DATA_SOURCES = ['RETEN', 'INTEGRATION'] as const;

const CommerceSchema = defineEntity({
  name: 'CommerceEntity',
  tableName: 'commerce',
  ...tenantScoped,
  uniques: [
    { name: 'commerce_tenant_external_id_unique', properties: ['tenant', 'externalId'] },
    { name: 'commerce_tenant_tax_id_unique', properties: ['tenant', 'taxId'] },
  ],
  indexes: [
    { name: 'commerce_tenant_name_index', properties: ['tenant', 'name', 'id'] },
    // Activity reads join the commerce for these two columns: an index-only lookup (see its migration).
    {
      name: 'commerce_id_covering_index',
      expression: `create index "commerce_id_covering_index" on "commerce" ("id") include ("name", "external_id")`,
    },
    {
      name: 'commerce_search_trgm_index',
      expression: `create index "commerce_search_trgm_index" on "commerce" using gin (reten_fold("name" || ' ' || "external_id") gin_trgm_ops)`,
    },
  ],
  properties: {
    ...tenantOwnedProperties,
    externalId: p.string().length(200),
    globalExternalId: p.string().length(200).nullable(),
    name: p.string().length(300),
    taxId: p.string().length(50).nullable(),
    isActive: p.boolean().default(true),
    isPlaceholder: p.boolean().default(false),
    metadata: p.json<Record<string, unknown>>(),
  },
});
export class CommerceEntity extends CommerceSchema.class {}
CommerceSchema.setClass(CommerceEntity);

const CommerceAddressSchema = defineEntity({
  name: 'CommerceAddressEntity',
  tableName: 'commerce_address',
  ...tenantScoped,
  indexes: [{ name: 'commerce_address_tenant_commerce_index', properties: ['tenant', 'commerce'] }],
  properties: {
    ...tenantOwnedProperties,
    commerce: () => p.manyToOne(CommerceEntity).deleteRule('cascade'),
    addressAlias: p.string().length(200).nullable(),
    isPrimary: p.boolean().default(false),
    countryCode: p.string().length(2).nullable(),
    region: p.string().length(200).nullable(),
    commune: p.string().length(200).nullable(),
    city: p.string().length(200).nullable(),
    street: p.string().length(300).nullable(),
    streetNumber: p.string().length(50).nullable(),
    unit: p.string().length(50).nullable(),
    formattedAddress: p.string().length(500).nullable(),
    latitude: p.double().nullable(),
    longitude: p.double().nullable(),
    sourceRef: p.string().length(200).nullable(),
    source: p.enum(DATA_SOURCES).default('RETEN'),
    isActive: p.boolean().default(true),
  },
});
export class CommerceAddressEntity extends CommerceAddressSchema.class {}
CommerceAddressSchema.setClass(CommerceAddressEntity);

const CommerceUserSchema = defineEntity({
  name: 'CommerceUserEntity',
  tableName: 'commerce_user',
  ...tenantScoped,
  uniques: [
    { name: 'commerce_user_tenant_commerce_external_id_unique', properties: ['tenant', 'commerce', 'externalId'] },
  ],
  properties: {
    ...tenantOwnedProperties,
    commerce: () => p.manyToOne(CommerceEntity).deleteRule('cascade'),
    externalId: p.string().length(200).nullable(),
    firstName: p.string().length(200),
    lastName: p.string().length(200).nullable(),
    roles: p.array().$type<(typeof COMMERCE_USER_ROLES)[number][]>(),
    source: p.enum(DATA_SOURCES).default('RETEN'),
    isActive: p.boolean().default(true),
  },
});
export class CommerceUserEntity extends CommerceUserSchema.class {}
CommerceUserSchema.setClass(CommerceUserEntity);

const CommerceContactSchema = defineEntity({
  name: 'CommerceContactEntity',
  tableName: 'commerce_contact',
  ...tenantScoped,
  indexes: [{ name: 'commerce_contact_tenant_user_index', properties: ['tenant', 'commerceUser'] }],
  properties: {
    ...tenantOwnedProperties,
    commerceUser: () => p.manyToOne(CommerceUserEntity).deleteRule('cascade'),
    type: p.enum(CONTACT_TYPES),
    value: p.string().length(320),
    isPrimary: p.boolean().default(false),
    source: p.enum(DATA_SOURCES).default('RETEN'),
    isActive: p.boolean().default(true),
  },
});
export class CommerceContactEntity extends CommerceContactSchema.class {}
CommerceContactSchema.setClass(CommerceContactEntity);
