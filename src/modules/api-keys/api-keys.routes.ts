import { z } from '@hono/zod-openapi';
import { API_KEY_RECHECK_MS } from '../../auth/api-keys.ts';
import { secured } from '../../auth/authorize.ts';
import { jsonBody, jsonResponse } from '../../http/openapi.ts';
import {
  ApiKeyIdParamsSchema,
  ApiKeySchema,
  apiKeyExample,
  CreateApiKeyBodySchema,
  CreatedApiKeySchema,
  RevokedApiKeySchema,
} from './api-keys.schemas.ts';

const tags = ['API keys'];
// Managing keys takes a user's token: a key cannot make or revoke keys.
const credentials = 'user';
const recheckSeconds = API_KEY_RECHECK_MS / 1000;

export const createApiKey = secured({
  method: 'post',
  path: '/api-keys',
  operationId: 'createApiKey',
  tags,
  summary: 'Create an API key',
  permission: 'MANAGE_API_KEYS',
  credentials,
  description: `Makes a key for the caller in this tenant, for a partner system to send as \`x-api-key\`. Its permissions must be ones the caller's roles hold (403 otherwise). The key itself is in this answer only (\`plaintextKey\`): only its SHA-256 hash is kept, with \`keyPrefix\` to recognise it by. A lost key cannot be shown again: revoke it and make another.`,
  request: {
    body: jsonBody(CreateApiKeyBodySchema, 'The key', {
      name: 'YOM field-sales integration',
      permissions: ['VIEW_ACTIVITIES', 'SUBMIT_ACTIVITY_RESULT'],
    }),
  },
  responses: {
    201: jsonResponse(CreatedApiKeySchema, 'The key was created; `plaintextKey` is shown this once', {
      ...apiKeyExample,
      plaintextKey: 'rtn_sk_Xb3kPq9wE2rT7yU1iO4pA6sD8fG0hJ3kL5zX7cV9bN1',
    }),
  },
  problems: {
    403: "A permission the caller's roles do not hold (`PERMISSION_DENIED`)",
  },
});

export const listApiKeys = secured({
  method: 'get',
  path: '/api-keys',
  operationId: 'listApiKeys',
  tags,
  summary: "List the caller's API keys",
  permission: 'MANAGE_API_KEYS',
  credentials,
  description: "The caller's keys in this tenant, newest first, revoked and expired ones included (`isActive: false`).",
  responses: {
    200: jsonResponse(z.array(ApiKeySchema), 'The keys', [apiKeyExample]),
  },
});

export const revokeApiKey = secured({
  method: 'post',
  path: '/api-keys/{id}/revoke',
  operationId: 'revokeApiKey',
  tags,
  summary: 'Revoke an API key',
  permission: 'MANAGE_API_KEYS',
  credentials,
  description: `Revokes one of the caller's keys: a soft delete (the record stays, \`revokedAt\` set). Requests with the key are refused (401) at once on the instance that revoked it and within ${recheckSeconds} seconds on every other.`,
  request: { params: ApiKeyIdParamsSchema },
  responses: {
    200: jsonResponse(RevokedApiKeySchema, 'The key is revoked', { message: 'API key revoked successfully' }),
  },
  problems: {
    400: 'The key is already revoked (`API_KEY_REVOKED`)',
    403: 'The key belongs to another user of the tenant (`PERMISSION_DENIED`)',
    404: 'No API key has this id in this tenant (`API_KEY_NOT_FOUND`)',
  },
});

export type CreateApiKeyRoute = typeof createApiKey;
export type ListApiKeysRoute = typeof listApiKeys;
export type RevokeApiKeyRoute = typeof revokeApiKey;
