import { tenantContext } from '../../http/context.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type { CreateApiKeyRoute, ListApiKeysRoute, RevokeApiKeyRoute } from './api-keys.routes.ts';
import * as apiKeys from './api-keys.service.ts';

export const createApiKey: AppRouteHandler<CreateApiKeyRoute> = async (c) =>
  c.json(await apiKeys.createApiKey(tenantContext(c), c.get('principal'), c.req.valid('json')), 201);

export const listApiKeys: AppRouteHandler<ListApiKeysRoute> = async (c) =>
  c.json(await apiKeys.listApiKeys(tenantContext(c), c.get('principal')), 200);

export const revokeApiKey: AppRouteHandler<RevokeApiKeyRoute> = async (c) => {
  const { id } = c.req.valid('param');
  await apiKeys.revokeApiKey(tenantContext(c), c.get('principal'), id);
  // This instance stops trusting the key now; the others within API_KEY_RECHECK_MS.
  c.get('deps').apiKeys.forget(id);
  return c.json({ message: 'API key revoked successfully' }, 200);
};
