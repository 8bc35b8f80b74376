import type { Client, ClientOptions } from 'openapi-fetch';
import createClient from 'openapi-fetch';
// `.js`, unlike the rest of the project: the emitted declarations keep the path as written, and `./schema.js` is
// what any consumer's TypeScript resolves to `schema.d.ts`.
import type { components, paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

/** Every schema of the document by name, e.g. `Schemas['CreateActivityBody']`. */
export type Schemas = components['schemas'];
export type Activity = Schemas['Activity'];
export type Problem = Schemas['Problem'];

/**
 * Who calls: a user's token (with the tenant to act in; platform operations take none), a partner's API key
 * (it acts in its own tenant), or no one (the health probes). One or the other, never both.
 */
export type Credentials =
  | { token: string; apiKey?: never; tenantId?: string }
  | { apiKey: string; token?: never; tenantId?: string }
  | { token?: never; apiKey?: never; tenantId?: never };

export type RetenClientOptions = Credentials & {
  /** Where the API is served, e.g. `https://activities.example.com` (the operations' paths start with `/api`). */
  baseUrl: string;
  /** Any fetch, e.g. an in-process `app.request` in tests; the global fetch when left out. */
  fetch?: ClientOptions['fetch'];
};

export type RetenClient = Client<paths>;

/** A typed client for the API: every path, parameter, body and answer is checked against its OpenAPI document. */
export function createRetenClient(options: RetenClientOptions): RetenClient {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  if (options.tenantId) headers['x-tenant-id'] = options.tenantId;
  return createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch, headers });
}
