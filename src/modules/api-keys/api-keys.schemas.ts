import { z } from '@hono/zod-openapi';
import { PERMISSIONS } from '../../auth/permissions.ts';
import { Text, Timestamp } from '../../http/openapi.ts';

const KEY_ID = '0193a0b2-6c1e-7f00-8000-5a2b3c4d5e6f';
const STAMP = '2025-01-16T09:00:00.000Z';

const PermissionSchema = z.enum(PERMISSIONS).openapi({ description: 'A permission', example: 'VIEW_ACTIVITIES' });

export const CreateApiKeyBodySchema = z
  .strictObject({
    name: Text(255).openapi({ description: 'What the key is for', example: 'YOM field-sales integration' }),
    permissions: z
      .array(PermissionSchema)
      .min(1)
      .max(PERMISSIONS.length)
      .transform((list) => [...new Set(list)])
      .openapi({
        description: "What the key may do: at least one, all held by the caller's own roles (a repeat counts once)",
        example: ['VIEW_ACTIVITIES', 'SUBMIT_ACTIVITY_RESULT'],
      }),
    expires_at: Timestamp().optional().openapi({
      description: 'When the key stops working (a past time makes a key that is already expired). Absent: never',
      example: '2026-12-31T23:59:59.000Z',
    }),
  })
  .openapi('CreateApiKeyBody');

export type CreateApiKeyBody = z.infer<typeof CreateApiKeyBodySchema>;

export const ApiKeySchema = z
  .object({
    id: z.guid().openapi({ description: 'Key id', example: KEY_ID }),
    name: z.string().openapi({ description: 'What the key is for', example: 'YOM field-sales integration' }),
    keyPrefix: z.string().openapi({ description: 'The start of the key, to recognise it by', example: 'rtn_sk_Xb3kP' }),
    userId: z.string().openapi({ description: 'The subject of the token that created it', example: 'user-42' }),
    tenantId: z
      .guid()
      .openapi({ description: 'The tenant it acts in', example: '6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b' }),
    isActive: z.boolean().openapi({ description: 'Neither revoked nor expired', example: true }),
    permissions: z.array(PermissionSchema).max(PERMISSIONS.length).openapi({ description: 'What it may do' }),
    expiresAt: z.iso
      .datetime()
      .nullable()
      .openapi({ description: 'When it stops working (null: never)', example: null }),
    lastUsedAt: z.iso
      .datetime()
      .nullable()
      .openapi({ description: 'When it was last used, to the minute or so (null: never)', example: null }),
    createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: STAMP }),
    revokedAt: z.iso
      .datetime()
      .nullable()
      .openapi({ description: 'When it was revoked (null: it was not)', example: null }),
  })
  .openapi('ApiKey');

export type ApiKey = z.infer<typeof ApiKeySchema>;

export const CreatedApiKeySchema = ApiKeySchema.extend({
  plaintextKey: z.string().openapi({
    description: 'The key itself: shown in this answer only, never again (only its hash is kept)',
    example: 'rtn_sk_Xb3kPq9wE2rT7yU1iO4pA6sD8fG0hJ3kL5zX7cV9bN1',
  }),
}).openapi('CreatedApiKey');

export const ApiKeyIdParamsSchema = z.object({
  id: z.guid().openapi({ param: { name: 'id', in: 'path' }, description: 'Key id', example: KEY_ID }),
});

export const RevokedApiKeySchema = z
  .object({ message: z.string().openapi({ description: 'What happened', example: 'API key revoked successfully' }) })
  .openapi('RevokedApiKey');

export const apiKeyExample: ApiKey = {
  id: KEY_ID,
  name: 'YOM field-sales integration',
  keyPrefix: 'rtn_sk_Xb3kP',
  userId: 'user-42',
  tenantId: '6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b',
  isActive: true,
  permissions: ['VIEW_ACTIVITIES', 'SUBMIT_ACTIVITY_RESULT'],
  expiresAt: null,
  lastUsedAt: null,
  createdAt: STAMP,
  revokedAt: null,
};
