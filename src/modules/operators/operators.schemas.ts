import { z } from '@hono/zod-openapi';
import { EXAMPLE_IDS } from '../../http/examples.ts';
import { BooleanQuery, Email, JsonObject, Text, TIMESTAMP_EXAMPLE, UuidParam } from '../../http/openapi.ts';
import { PageQuerySchema, paginated } from '../../http/pagination.ts';
import { OPERATOR_TYPES } from './operator.entity.ts';

export const OPERATOR_ID_EXAMPLE = EXAMPLE_IDS.operator;
const METADATA_EXAMPLE = { team: 'north' };

const metadata = (description: string) => JsonObject().openapi({ description, example: METADATA_EXAMPLE });
/** E-mails are stored lower-cased, so uniqueness in the tenant ignores case. */
const email = () => Email().transform((v) => v.toLowerCase());

export const OperatorSchema = z
  .object({
    id: z.guid().openapi({ description: 'Operator id', example: OPERATOR_ID_EXAMPLE }),
    name: z.string().openapi({ description: 'Full name, as written', example: 'Ana María Pérez' }),
    firstName: z.string().openapi({ description: 'The first word of `name`', example: 'Ana' }),
    lastName: z.string().nullable().openapi({ description: 'The rest of `name`, if any', example: 'María Pérez' }),
    email: z
      .string()
      .nullable()
      .openapi({ description: 'E-mail, lower-cased; unique in the tenant', example: 'ana@example.com' }),
    phone: z.string().nullable().openapi({ description: 'Phone number', example: '+56912345678' }),
    type: z.enum(OPERATOR_TYPES).openapi({ description: 'What the operator does', example: 'SALESMAN' }),
    externalId: z.string().nullable().openapi({
      description: "The id in the tenant's system; unique per type in the tenant",
      example: 'SLS-001',
    }),
    isActive: z.boolean().openapi({ description: 'Whether the operator is active', example: true }),
    isPlaceholder: z.boolean().openapi({
      description: 'Created from a reference rather than from the source system; a sync makes it a real one',
      example: false,
    }),
    metadata: metadata('Free-form data of the tenant'),
    createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: TIMESTAMP_EXAMPLE }),
    updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: TIMESTAMP_EXAMPLE }),
  })
  .openapi('Operator');

export const OperatorListSchema = paginated(OperatorSchema, 'OperatorList');

/** What one sync may carry, and so what it answers. */
const MAX_SYNC_ITEMS = 500;

export const SyncOperatorsResultSchema = z
  .object({
    created: z.int().min(0).max(MAX_SYNC_ITEMS).openapi({ description: 'Operators created', example: 1 }),
    updated: z
      .int()
      .min(0)
      .max(MAX_SYNC_ITEMS)
      .openapi({ description: 'Operators that already existed and were updated', example: 1 }),
    total: z.int().min(0).max(MAX_SYNC_ITEMS).openapi({ description: 'Items in the request', example: 2 }),
  })
  .openapi('SyncOperatorsResult');

export const OperatorIdParamsSchema = z.object({
  id: UuidParam('id', 'Operator id', OPERATOR_ID_EXAMPLE),
});

export const ListOperatorsQuerySchema = PageQuerySchema.extend({
  search: Text(200).optional().openapi({
    description: 'Part of the name or e-mail; case- and accent-insensitive',
    example: 'perez',
  }),
  type: z.enum(OPERATOR_TYPES).optional().openapi({ description: 'Only operators of this type', example: 'SALESMAN' }),
  is_active: BooleanQuery('Only active (`true`) or inactive (`false`) operators'),
});

const fields = {
  name: Text(300).openapi({
    description: 'Full name; read back whole as `name` and split as `firstName` / `lastName`',
    example: 'Ana María Pérez',
  }),
  email: email()
    .nullable()
    .optional()
    .openapi({ description: 'E-mail; unique in the tenant', example: 'ana@example.com' }),
  phone: Text(50).nullable().optional().openapi({ description: 'Phone number', example: '+56912345678' }),
};

export const CreateOperatorBodySchema = z
  .strictObject({
    type: z.enum(OPERATOR_TYPES).openapi({ description: 'What the operator does', example: 'SALESMAN' }),
    ...fields,
    external_id: Text(200).optional().openapi({
      description: "The id in the tenant's system; unique per type in the tenant",
      example: 'SLS-001',
    }),
    is_placeholder: z
      .boolean()
      .optional()
      .openapi({ description: 'Mark as a placeholder (default false)', example: false }),
    metadata: metadata('Free-form data').optional(),
  })
  .openapi('CreateOperatorBody');

export const UpdateOperatorBodySchema = z
  .strictObject({
    name: fields.name.optional(),
    email: fields.email,
    phone: fields.phone,
    is_active: z.boolean().optional().openapi({ description: 'Activate or deactivate', example: false }),
    metadata: metadata('Merged into the stored metadata: keys given are set, keys not given are kept').optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change')
  .openapi('UpdateOperatorBody', { minProperties: 1 });

const SyncOperatorItemSchema = z
  .strictObject({
    external_id: Text(200).openapi({
      description: "The id in the tenant's system; with `type`, the match key",
      example: 'SLS-001',
    }),
    type: z
      .enum(OPERATOR_TYPES)
      .openapi({ description: 'What the operator does; with `external_id`, the match key', example: 'SALESMAN' }),
    ...fields,
    metadata: metadata('Free-form data; when given, it replaces the stored metadata').optional(),
  })
  .openapi('OperatorSyncItem');

export const SyncOperatorsBodySchema = z
  .strictObject({
    items: z
      .array(SyncOperatorItemSchema)
      .min(1)
      .max(MAX_SYNC_ITEMS)
      .openapi({ description: `Operators to create or update (1 to ${MAX_SYNC_ITEMS})` }),
  })
  .superRefine((body, ctx) => {
    const keys = new Set<string>();
    const emails = new Set<string>();
    body.items.forEach((item, i) => {
      const key = `${item.type}:${item.external_id}`;
      if (keys.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'external_id'], message: 'Duplicate type and external_id' });
      }
      keys.add(key);
      if (item.email) {
        if (emails.has(item.email))
          ctx.addIssue({ code: 'custom', path: ['items', i, 'email'], message: 'Duplicate email' });
        emails.add(item.email);
      }
    });
  })
  .openapi('SyncOperatorsBody');

export type Operator = z.infer<typeof OperatorSchema>;
export type ListOperatorsQuery = z.infer<typeof ListOperatorsQuerySchema>;
export type CreateOperatorBody = z.infer<typeof CreateOperatorBodySchema>;
export type UpdateOperatorBody = z.infer<typeof UpdateOperatorBodySchema>;
export type SyncOperatorsBody = z.infer<typeof SyncOperatorsBodySchema>;
