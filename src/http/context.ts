import type { Context } from 'hono';
import { PlatformContext, TenantContext } from '../context.ts';
import type { AppEnv } from './types.ts';

/** The context of a tenant route's request: the tenant `authorize` admitted, this request's time. */
export function tenantContext(c: Context<AppEnv>): TenantContext {
  return new TenantContext(c.get('deps').source, c.get('tenantId'));
}

/** The context of a platform route's request (no tenant). */
export function platformContext(c: Context<AppEnv>): PlatformContext {
  return new PlatformContext(c.get('deps').source);
}
