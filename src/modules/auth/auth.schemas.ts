import { z } from '@hono/zod-openapi';
import { PERMISSIONS, ROLES } from '../../auth/permissions.ts';
import { type Principal, permissionsOf } from '../../auth/tokens.ts';

export const MeSchema = z
  .object({
    id: z.string().openapi({ description: "The token's subject, or `api-key:<key id>`", example: 'user-42' }),
    kind: z.enum(['USER', 'API_KEY']).openapi({ description: 'A user token or an API key', example: 'USER' }),
    tenantIds: z.array(z.guid()).openapi({
      description: 'The tenants it may act in (a SUPER_ADMIN: any)',
      example: ['6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b'],
    }),
    roles: z
      .array(z.enum(ROLES))
      .max(ROLES.length)
      .openapi({ description: "A token's roles; none for a key", example: ['ADMIN'] }),
    permissions: z
      .array(z.enum(PERMISSIONS))
      .max(PERMISSIONS.length)
      .openapi({ description: 'What it may do', example: ['VIEW_ACTIVITIES'] }),
    apiKey: z
      .object({
        id: z.guid().openapi({ description: 'Key id', example: '0193a0b2-6c1e-7f00-8000-5a2b3c4d5e6f' }),
        keyPrefix: z.string().openapi({ description: 'The start of the key', example: 'rtn_sk_Xb3kP' }),
        expiresAt: z.iso.datetime().nullable().openapi({ description: 'When it stops working', example: null }),
        userId: z.string().openapi({ description: 'Who created it', example: 'user-42' }),
      })
      .nullable()
      .openapi({ description: 'For an API key: which one; null for a token' }),
  })
  .openapi('Me');

export type Me = z.infer<typeof MeSchema>;

export function toMe(principal: Principal): Me {
  const key = principal.apiKey;
  return {
    id: principal.subject,
    kind: key ? 'API_KEY' : 'USER',
    tenantIds: principal.tenantIds,
    roles: principal.roles,
    permissions: permissionsOf(principal),
    apiKey: key
      ? { id: key.id, keyPrefix: key.prefix, expiresAt: key.expiresAt?.toISOString() ?? null, userId: key.createdBy }
      : null,
  };
}
