import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { Context, MiddlewareHandler } from 'hono';
import { uuidv7 } from '../db/ids.ts';
import { rateLimitHeaders } from './rate-limits.ts';
import type { AppDeps, AppEnv } from './types.ts';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The client's address: the socket's peer, or behind `hops` proxies the `X-Forwarded-For` entry the nearest
 * trusted proxy wrote (entries further left could be forged by the client).
 */
export function clientAddress(c: Context<AppEnv>, hops: number): string {
  const peer = incomingOf(c)?.socket.remoteAddress ?? 'unknown';
  if (hops === 0) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim());
  return forwarded[forwarded.length - hops] || peer;
}

/** Whether the request came with a body that nothing has read (an answer given before the body mattered). */
function unreadBody(c: Context<AppEnv>): boolean {
  const length = c.req.header('content-length');
  const hasBody = (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
  const incoming = incomingOf(c);
  return hasBody && incoming !== undefined && !incoming.readableEnded;
}

/** Node's request under Hono's (absent when the app is called without a server, as `app.fetch` in tests). */
function incomingOf(c: Context<AppEnv>): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
}

/**
 * Request id (`x-request-id` in and out), the deps, a request-scoped logger, one access log line, and the
 * connection's fate: it is closed after the answer while the server shuts down, and when the request's body was
 * left unread (the server would otherwise discard the rest of a large body by cutting the connection, and the
 * client's next request on it would fail).
 */
export function requestContext(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : uuidv7();
    const logger = deps.logger.child({ requestId });
    const started = performance.now();
    c.set('deps', deps);
    c.set('requestId', requestId);
    c.set('logger', logger);
    deps.lifecycle.enter();
    try {
      await next();
    } finally {
      deps.lifecycle.leave();
    }
    if (deps.lifecycle.closing || unreadBody(c)) c.res.headers.set('connection', 'close');
    const rateLimit = c.get('rateLimit');
    if (rateLimit)
      for (const [name, value] of Object.entries(rateLimitHeaders(rateLimit))) c.res.headers.set(name, value);
    c.res.headers.set('x-request-id', requestId);
    const status = c.res.status;
    logger[status >= 500 ? 'error' : 'info'](
      { method: c.req.method, path: c.req.path, status, ms: Math.round(performance.now() - started) },
      'request',
    );
  };
}

const require = createRequire(import.meta.url);
let scalarScript: Promise<Buffer> | undefined;

/**
 * Scalar's browser bundle, served from the installed package so the reference page works offline
 * (it is not in the package's `exports`, so it is found by file path).
 */
export const scalarAsset: MiddlewareHandler<AppEnv> = async (c) => {
  scalarScript ??= readFile(
    require.resolve('@scalar/api-reference').replace(/dist\/.*$/, 'dist/browser/standalone.js'),
  );
  return c.body(new Uint8Array(await scalarScript), 200, {
    'content-type': 'text/javascript; charset=utf-8',
    'cache-control': 'public, max-age=86400',
  });
};
