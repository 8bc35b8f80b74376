import { z } from '@hono/zod-openapi';
import { EXAMPLE_IDS } from '../../http/examples.ts';
import { BooleanQuery, Email, JsonObject, Text, TIMESTAMP_EXAMPLE, UuidParam } from '../../http/openapi.ts';
import { PageQuerySchema, paginated } from '../../http/pagination.ts';
import { COMMERCE_USER_ROLES, CONTACT_TYPES } from './commerce.entity.ts';

export const COMMERCE_ID_EXAMPLE = EXAMPLE_IDS.commerce;
const METADATA_EXAMPLE = { segment: 'gold', zone: 'north' };
const E164 = /^\+[1-9][0-9]{6,14}$/;

const metadata = (description: string) => JsonObject().openapi({ description, example: METADATA_EXAMPLE });

// ---------- responses ----------

export const CommerceSchema = z
  .object({
    id: z.guid().openapi({ description: 'Commerce id', example: COMMERCE_ID_EXAMPLE }),
    name: z.string().openapi({ description: 'Display name', example: 'Almacén Don Pepe' }),
    externalId: z
      .string()
      .openapi({ description: "The id in the tenant's system; unique in the tenant", example: 'COM-001' }),
    globalExternalId: z
      .string()
      .nullable()
      .openapi({ description: 'An id shared across tenants or systems, if any', example: 'GLOBAL-001' }),
    taxId: z.string().nullable().openapi({ description: 'Tax id; unique in the tenant', example: '76.123.456-7' }),
    isActive: z.boolean().openapi({ description: 'Whether the commerce is active', example: true }),
    isPlaceholder: z.boolean().openapi({
      description: 'Created on the fly from a reference to an unknown external id; a sync makes it a real one',
      example: false,
    }),
    metadata: metadata('Free-form data of the tenant'),
    createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: TIMESTAMP_EXAMPLE }),
    updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: TIMESTAMP_EXAMPLE }),
  })
  .openapi('Commerce');

export const CommerceAddressSchema = z
  .object({
    id: z.guid().openapi({ description: 'Address id', example: '0193a0b2-6c1e-7f00-8000-2a2b3c4d5e6f' }),
    addressAlias: z.string().nullable().openapi({ description: 'Name of the address', example: 'Main store' }),
    street: z.string().nullable().openapi({ description: 'Street', example: 'Av. Providencia' }),
    streetNumber: z.string().nullable().openapi({ description: 'Street number', example: '1234' }),
    unit: z.string().nullable().openapi({ description: 'Unit, floor or apartment', example: 'Local 5' }),
    city: z.string().nullable().openapi({ description: 'City', example: 'Santiago' }),
    commune: z.string().nullable().openapi({ description: 'Commune or district', example: 'Providencia' }),
    region: z.string().nullable().openapi({ description: 'Region or state', example: 'Metropolitana' }),
    countryCode: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-2 country code', example: 'CL' }),
    formattedAddress: z
      .string()
      .nullable()
      .openapi({ description: 'The full address as one line', example: 'Av. Providencia 1234, Local 5, Santiago' }),
    latitude: z.number().nullable().openapi({ description: 'Latitude in degrees', example: -33.4263 }),
    longitude: z.number().nullable().openapi({ description: 'Longitude in degrees', example: -70.6109 }),
    isPrimary: z.boolean().openapi({ description: "Whether it is the commerce's primary address", example: true }),
    isActive: z.boolean().openapi({ description: 'Whether the address is active', example: true }),
  })
  .openapi('CommerceAddress');

/** What one sync may carry: the bounds of the requests, and so of what a commerce holds and a sync answers. */
const MAX_SYNC_ITEMS = 500;
const MAX_ADDRESSES = 50;
const MAX_CONTACTS = 50;

export const CommerceContactSchema = z
  .object({
    id: z.guid().openapi({ description: 'Contact id', example: '0193a0b2-6c1e-7f00-8000-3a2b3c4d5e6f' }),
    type: z.enum(CONTACT_TYPES).openapi({ description: 'Kind of contact', example: 'WHATSAPP' }),
    value: z
      .string()
      .openapi({ description: 'E-mail address, E.164 phone number or free text', example: '+56912345678' }),
    isPrimary: z.boolean().openapi({ description: 'Whether it is the primary contact of its type', example: true }),
    isActive: z.boolean().openapi({ description: 'Whether the contact is active', example: true }),
  })
  .openapi('CommerceContact');

export const CommerceUserSchema = z
  .object({
    id: z.guid().openapi({ description: 'Commerce user id', example: '0193a0b2-6c1e-7f00-8000-4a2b3c4d5e6f' }),
    externalId: z.string().nullable().openapi({ description: "The id in the tenant's system", example: 'USR-001' }),
    firstName: z.string().openapi({ description: 'First word of the name', example: 'José' }),
    lastName: z.string().nullable().openapi({ description: 'The rest of the name, if any', example: 'Pérez' }),
    isActive: z.boolean().openapi({ description: 'Whether the user is active', example: true }),
    roles: z
      .array(z.object({ role: z.enum(COMMERCE_USER_ROLES).openapi({ description: 'Role', example: 'OWNER' }) }))
      .max(COMMERCE_USER_ROLES.length)
      .openapi({ description: 'What the user does for the commerce' }),
    contacts: z.array(CommerceContactSchema).max(MAX_CONTACTS).openapi({ description: 'How to reach the user' }),
  })
  .openapi('CommerceUser');

export const CommerceDetailSchema = CommerceSchema.extend({
  addresses: z.array(CommerceAddressSchema).max(MAX_ADDRESSES).openapi({ description: 'Addresses, the primary first' }),
  users: z.array(CommerceUserSchema).openapi({ description: 'People of the commerce' }),
}).openapi('CommerceDetail');

export const CommerceListSchema = paginated(CommerceSchema, 'CommerceList');

export const SyncCommercesResultSchema = z
  .object({
    created: z.int().min(0).max(MAX_SYNC_ITEMS).openapi({ description: 'Commerces created', example: 1 }),
    updated: z
      .int()
      .min(0)
      .max(MAX_SYNC_ITEMS)
      .openapi({ description: 'Commerces that already existed and were updated', example: 1 }),
    total: z.int().min(0).max(MAX_SYNC_ITEMS).openapi({ description: 'Items in the request', example: 2 }),
    items: z
      .array(
        z.object({
          id: z.guid().openapi({ description: 'Commerce id', example: COMMERCE_ID_EXAMPLE }),
          externalId: z.string().openapi({ description: 'The item’s `external_id`', example: 'COM-001' }),
          result: z.enum(['CREATED', 'UPDATED']).openapi({ description: 'What the sync did', example: 'CREATED' }),
        }),
      )
      .max(MAX_SYNC_ITEMS)
      .openapi({ description: 'One entry per item, in request order' }),
  })
  .openapi('SyncCommercesResult');

// ---------- requests ----------

export const CommerceIdParamsSchema = z.object({
  id: UuidParam('id', 'Commerce id', COMMERCE_ID_EXAMPLE),
});

export const ListCommercesQuerySchema = PageQuerySchema.extend({
  search: Text(200).optional().openapi({
    description: 'Part of the name or external id; case- and accent-insensitive',
    example: 'almacen',
  }),
  external_id: Text(200).optional().openapi({ description: 'Exact external id', example: 'COM-001' }),
  global_external_id: Text(200).optional().openapi({ description: 'Exact global external id', example: 'GLOBAL-001' }),
  is_active: BooleanQuery('Only active (`true`) or inactive (`false`) commerces'),
  is_placeholder: BooleanQuery('Only placeholders (`true`) or real commerces (`false`)'),
});

const optionalText = (max: number, description: string, example: string) =>
  Text(max).nullable().optional().openapi({ description, example });

const AddressInputSchema = z
  .strictObject({
    address_alias: optionalText(200, 'Name of the address', 'Main store'),
    is_primary: z.boolean().optional().openapi({ description: 'Primary address (default false)', example: true }),
    country_code: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Two upper-case letters (ISO 3166-1 alpha-2)')
      .nullable()
      .optional()
      .openapi({ description: 'ISO 3166-1 alpha-2 country code', example: 'CL' }),
    region: optionalText(200, 'Region or state', 'Metropolitana'),
    commune: optionalText(200, 'Commune or district', 'Providencia'),
    city: optionalText(200, 'City', 'Santiago'),
    street: optionalText(300, 'Street', 'Av. Providencia'),
    street_number: optionalText(50, 'Street number', '1234'),
    unit: optionalText(50, 'Unit, floor or apartment', 'Local 5'),
    formatted_address: optionalText(500, 'The full address as one line', 'Av. Providencia 1234, Santiago'),
    latitude: z.number().min(-90).max(90).nullable().optional().openapi({ description: 'Latitude', example: -33.4263 }),
    longitude: z
      .number()
      .min(-180)
      .max(180)
      .nullable()
      .optional()
      .openapi({ description: 'Longitude', example: -70.6109 }),
    source_ref: optionalText(200, 'The address id in the source system', 'ADDR-77'),
  })
  .openapi('CommerceAddressInput');

const IsPrimaryContact = () =>
  z.boolean().optional().openapi({ description: 'Primary contact of its type (default false)', example: true });

const EmailContactInputSchema = z
  .strictObject({
    contact_type: z.literal('EMAIL'),
    value: Email('An EMAIL contact must be an e-mail address', {
      description: 'An e-mail address',
      example: 'ana@example.com',
    }),
    is_primary: IsPrimaryContact(),
  })
  .openapi('EmailContactInput');

const PhoneContactInputSchema = z
  .strictObject({
    contact_type: z.enum(['PHONE', 'WHATSAPP']),
    value: z
      .string()
      .regex(E164, 'A PHONE or WHATSAPP contact must be an E.164 number, e.g. +56912345678')
      .openapi({ description: 'E.164: `+` and 7 to 15 digits', example: '+56912345678' }),
    is_primary: IsPrimaryContact(),
  })
  .openapi('PhoneContactInput');

const OtherContactInputSchema = z
  .strictObject({
    contact_type: z.literal('OTHER'),
    value: Text(320).openapi({ description: 'Any text', example: 'Ask at the counter' }),
    is_primary: IsPrimaryContact(),
  })
  .openapi('OtherContactInput');

/** A contact, its value checked by its type. */
const ContactInputSchema = z
  .discriminatedUnion('contact_type', [EmailContactInputSchema, PhoneContactInputSchema, OtherContactInputSchema])
  .openapi('CommerceContactInput');

const UserInputSchema = z
  .strictObject({
    external_id: Text(200).openapi({
      description: "The user's id in the tenant's system; unique within the commerce",
      example: 'USR-001',
    }),
    name: Text(200).optional().openapi({
      description: 'Full name; the first word becomes `firstName`, the rest `lastName`',
      example: 'José Pérez',
    }),
    roles: z
      .array(z.enum(COMMERCE_USER_ROLES))
      .max(COMMERCE_USER_ROLES.length)
      .optional()
      .openapi({ description: "The user's roles; when given, they replace the stored ones", example: ['OWNER'] }),
    contacts: z
      .array(ContactInputSchema)
      .max(MAX_CONTACTS)
      .optional()
      .openapi({ description: "When given, the user's contacts become exactly this list" }),
  })
  .openapi('CommerceUserInput');

const SyncItemSchema = z
  .strictObject({
    external_id: Text(200).openapi({
      description: "The commerce's id in the tenant's system: the match key",
      example: 'COM-001',
    }),
    name: Text(300).openapi({ description: 'Display name', example: 'Almacén Don Pepe' }),
    global_external_id: optionalText(200, 'An id shared across tenants or systems', 'GLOBAL-001'),
    tax_id: optionalText(50, 'Tax id; unique in the tenant', '76.123.456-7'),
    metadata: metadata('Free-form data; when given, it replaces the stored metadata').optional(),
    addresses: z
      .array(AddressInputSchema)
      .max(MAX_ADDRESSES)
      .optional()
      .openapi({ description: "When given, the commerce's addresses become exactly this list" }),
    users: z
      .array(UserInputSchema)
      .max(100)
      .optional()
      .openapi({ description: 'Users to create or update by `external_id`; users not listed are kept' }),
  })
  .superRefine((item, ctx) => {
    duplicates(item.users?.map((u) => u.external_id) ?? [], (i) =>
      ctx.addIssue({ code: 'custom', path: ['users', i, 'external_id'], message: 'Duplicate user external_id' }),
    );
  })
  .openapi('CommerceSyncItem');

/** Calls `report` with the index of every value already seen earlier in the list. */
function duplicates(values: (string | null | undefined)[], report: (index: number) => void) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (value == null) return;
    if (seen.has(value)) report(index);
    seen.add(value);
  });
}

export const SyncCommercesBodySchema = z
  .strictObject({
    items: z
      .array(SyncItemSchema)
      .min(1)
      .max(MAX_SYNC_ITEMS)
      .openapi({ description: `Commerces to create or update (1 to ${MAX_SYNC_ITEMS})` }),
  })
  .superRefine((body, ctx) => {
    duplicates(
      body.items.map((i) => i.external_id),
      (i) => ctx.addIssue({ code: 'custom', path: ['items', i, 'external_id'], message: 'Duplicate external_id' }),
    );
    duplicates(
      body.items.map((i) => i.tax_id),
      (i) => ctx.addIssue({ code: 'custom', path: ['items', i, 'tax_id'], message: 'Duplicate tax_id' }),
    );
  })
  .openapi('SyncCommercesBody');

export const UpdateCommerceBodySchema = z
  .strictObject({
    name: Text(300).optional().openapi({ description: 'Display name', example: 'Almacén Don Pepe' }),
    tax_id: optionalText(50, 'Tax id, unique in the tenant; `null` clears it', '76.123.456-7'),
    global_external_id: optionalText(200, 'Global external id; `null` clears it', 'GLOBAL-001'),
    is_active: z.boolean().optional().openapi({ description: 'Activate or deactivate', example: true }),
    metadata: metadata('Merged into the stored metadata: keys given are set, keys not given are kept').optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change')
  .openapi('UpdateCommerceBody', { minProperties: 1 });

export type Commerce = z.infer<typeof CommerceSchema>;
export type CommerceDetail = z.infer<typeof CommerceDetailSchema>;
export type SyncCommercesBody = z.infer<typeof SyncCommercesBodySchema>;
export type UpdateCommerceBody = z.infer<typeof UpdateCommerceBodySchema>;
export type ListCommercesQuery = z.infer<typeof ListCommercesQuerySchema>;
