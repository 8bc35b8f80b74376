import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { ApiError } from './problem.ts';
import type { AppEnv } from './types.ts';

/** How long a browser may keep a preflight's answer. */
export const PREFLIGHT_MAX_AGE_S = 600;
export const CORS_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const REQUEST_HEADERS = ['authorization', 'content-type', 'x-tenant-id', 'x-api-key', 'x-request-id'];
/** What a page's script may read of an answer, beyond the basic fields. */
const EXPOSED_HEADERS = ['x-request-id', 'ratelimit', 'ratelimit-policy', 'retry-after', 'allow'];
const LOCALHOST = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/**
 * CORS for web pages on the configured origins (and, in dev mode, any localhost page): preflights answered 204
 * and cacheable for ten minutes, answers readable by the page. Only requests that carry `Origin` (a browser's)
 * go through it: Hono's middleware sets its headers on the answer, which costs other clients nothing this way.
 */
export function corsFor(origins: string[], anyLocalhost: boolean): MiddlewareHandler<AppEnv> {
  const allowed = new Set(origins);
  const middleware = cors({
    origin: (origin) => (allowed.has(origin) || (anyLocalhost && LOCALHOST.test(origin)) ? origin : null),
    allowMethods: CORS_METHODS,
    allowHeaders: REQUEST_HEADERS,
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_S,
  });
  return (c, next) => {
    if (c.req.header('origin') === undefined) return next();
    if (c.req.method === 'OPTIONS' && !c.req.header('access-control-request-method')) {
      throw new ApiError('MALFORMED_REQUEST', 'A preflight sends `Access-Control-Request-Method`');
    }
    return middleware(c, next);
  };
}
