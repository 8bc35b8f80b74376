import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { ApiError } from './problem.ts';
import type { AppEnv } from './types.ts';

/** How long a browser may keep a preflight's answer. */
export const PREFLIGHT_MAX_AGE_S = 600;
const REQUEST_HEADERS = ['authorization', 'content-type', 'x-tenant-id', 'x-api-key', 'x-request-id'];
/** What a page's script may read of an answer, beyond the basic fields. */
const EXPOSED_HEADERS = ['x-request-id', 'ratelimit', 'ratelimit-policy', 'retry-after', 'allow'];
/** Visible ASCII, spaces and tabs: what the header values this API reads are made of (origins, header names, tags). */
export const HEADER_TEXT = /^[\t -~]*$/;
const LOCALHOST = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/**
 * CORS for web pages on the configured origins (and, in dev mode, any localhost page): preflights answered 204
 * and cacheable for ten minutes, answers readable by the page. A preflight on an API path must name a method the
 * path serves (400 otherwise, as the document says); other requests go through Hono's middleware only when they
 * carry `Origin` (a browser's): it sets its headers on the answer, which costs other clients nothing this way.
 */
export function corsFor(
  origins: string[],
  anyLocalhost: boolean,
  methodsFor: (path: string) => string[] | undefined,
): MiddlewareHandler<AppEnv> {
  const allowed = new Set(origins);
  const middleware = cors({
    origin: (origin) => (allowed.has(origin) || (anyLocalhost && LOCALHOST.test(origin)) ? origin : null),
    allowMethods: (_origin, c) => methodsFor(c.req.path) ?? [],
    allowHeaders: REQUEST_HEADERS,
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_S,
  });
  return (c, next) => {
    const origin = c.req.header('origin');
    const methods = c.req.method === 'OPTIONS' ? methodsFor(c.req.path) : undefined;
    if (methods) {
      const asked = c.req.header('access-control-request-method');
      const headers = c.req.header('access-control-request-headers') ?? '';
      const text = HEADER_TEXT.test(origin ?? '') && HEADER_TEXT.test(headers);
      if (origin === undefined || asked === undefined || !methods.includes(asked) || !text) {
        throw new ApiError(
          'MALFORMED_REQUEST',
          `A preflight sends \`Origin\` and \`Access-Control-Request-Method\` (here ${methods.join(', ')}), in visible ASCII`,
        );
      }
    }
    return origin === undefined ? next() : middleware(c, next);
  };
}
