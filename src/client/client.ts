import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema.ts';

export type { components, operations, paths } from './schema.ts';

/**
 * A typed client for this API, generated from its OpenAPI document. `fetch` may be any fetch,
 * including an in-process `app.request`, so tests exercise the contract without a port.
 */
export function createApiClient(options: ClientOptions) {
  return createClient<paths>(options);
}

export type ApiClient = ReturnType<typeof createApiClient>;
