import { z } from '@hono/zod-openapi';

export const AttributeKeySchema = z
  .object({
    id: z.uuid().openapi({
      description: 'Attribute key id (`attributeKeyId` in attributes and policies)',
      example: 'ab0e8400-e29b-41d4-a716-446655440000',
    }),
    key: z
      .string()
      .openapi({ description: 'The name used in `attribute_keys` and `attributes[].key`', example: 'commerce_info' }),
    label: z.string().openapi({ description: 'Display name', example: 'Commerce Info' }),
    description: z
      .string()
      .openapi({ description: 'What the value holds', example: "The commerce's name, tax id and primary address" }),
  })
  .openapi('AttributeKey');

export type AttributeKey = z.infer<typeof AttributeKeySchema>;
