import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../../auth/authorize.ts';
import { jsonResponse, problems, securedProblems } from '../../http/openapi.ts';
import { AttributeKeySchema } from './activity-config.schemas.ts';

export const listAttributeKeys = createRoute({
  method: 'get',
  path: '/activity-config/attribute-keys',
  operationId: 'listAttributeKeys',
  tags: ['Activity configuration'],
  summary: 'List attribute keys',
  ...secured(
    'VIEW_ACTIVITIES',
    'The global catalog of attribute keys, ordered by key. The catalog is the same for every tenant; each tenant sets its own policy per key.',
  ),
  responses: {
    200: jsonResponse(z.array(AttributeKeySchema), 'The catalog', [
      {
        id: 'ab0e8400-e29b-41d4-a716-446655440000',
        key: 'commerce_info',
        label: 'Commerce Info',
        description: "The commerce's name, tax id and primary address: `{ name, taxId, address }`.",
      },
    ]),
    ...problems({ ...securedProblems, 404: 'The tenant does not exist (`TENANT_NOT_FOUND`)' }),
  },
});

export type ListAttributeKeysRoute = typeof listAttributeKeys;
