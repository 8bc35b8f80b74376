import { z } from '@hono/zod-openapi';
import { Text, TIMESTAMP_EXAMPLE } from '../../http/openapi.ts';

export const TenantSchema = z
  .object({
    id: z.guid().openapi({
      description: 'Tenant id: the value of `x-tenant-id`',
      example: '6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b',
    }),
    name: z.string().openapi({ description: 'Display name', example: 'Acme Distribution' }),
    slug: z.string().openapi({ description: 'Unique URL-friendly name', example: 'acme' }),
    createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: TIMESTAMP_EXAMPLE }),
    updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: TIMESTAMP_EXAMPLE }),
  })
  .openapi('Tenant');

export const CreateTenantBodySchema = z
  .strictObject({
    name: Text(200).openapi({ description: 'Display name', example: 'Acme Distribution' }),
    slug: z
      .string()
      .min(1)
      .max(63)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lowercase letters, digits and single hyphens')
      .openapi({ description: 'Unique, URL-friendly: lowercase letters, digits and hyphens', example: 'acme' }),
  })
  .openapi('CreateTenantBody');

export type Tenant = z.infer<typeof TenantSchema>;
export type CreateTenantBody = z.infer<typeof CreateTenantBodySchema>;
