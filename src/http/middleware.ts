import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip as gzipCompress, constants as zlibConstants } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
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

/** The request's logger, whose lines carry its id: made when a line needs it, since most requests write none. */
export function requestLogger(c: Context<AppEnv>): Logger {
  return c.get('deps').logger.child({ requestId: c.get('requestId') });
}

/**
 * Request id (`x-request-id` in and out), the deps, one access log line, and the connection's fate: it is closed
 * after the answer while the server shuts down, and when the request's body was left unread (the server would
 * otherwise discard the rest of a large body by cutting the connection, and the client's next request on it would
 * fail).
 */
export function requestContext(deps: AppDeps): MiddlewareHandler<AppEnv> {
  // The access line holds only the fields written below (no header, no body, nothing secret), so it skips the
  // redaction every other line gets: 3.5 µs a line, 2% of a get's CPU.
  const accessLog = deps.logger.child({}, { redact: [] });
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : uuidv7();
    const started = performance.now();
    c.set('deps', deps);
    c.set('requestId', requestId);
    // Before the answer exists: @hono/node-server writes a plain answer without building a Fetch Response, unless
    // a header is set on it afterwards (that built one per request).
    c.header('x-request-id', requestId);
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
    const status = c.res.status;
    // The route's template (`/api/activities/:id`), for grouping; the last middleware's when none matched.
    const route = routePath(c, -1);
    const ms = performance.now() - started;
    deps.metrics.request(c.req.method, route, status, ms / 1000);
    accessLog[status >= 500 ? 'error' : 'info'](
      {
        requestId,
        method: c.req.method,
        path: c.req.path,
        route,
        status,
        code: c.get('problemCode'),
        tenant: c.get('tenantId'),
        principal: c.get('principal')?.subject,
        ms: Math.round(ms),
      },
      'request',
    );
  };
}

/**
 * Security headers on every answer, with a content security policy for each kind: the API's answers are data and
 * may load nothing; the reference page loads its bundle, inline configuration and styles from this server only,
 * so it works offline and nowhere else. Set before the answer exists (see `requestContext`).
 */
const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};
const API_HEADERS = Object.entries({
  ...COMMON_HEADERS,
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
});
const PAGE_HEADERS = Object.entries({
  ...COMMON_HEADERS,
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
  ].join('; '),
});
export const securityHeaders: MiddlewareHandler<AppEnv> = (c, next) => {
  for (const [name, value] of c.req.path === '/docs' ? PAGE_HEADERS : API_HEADERS) c.header(name, value);
  return next();
};

// Found by its package.json, not by resolving its entry point: the production image keeps only that file and the
// bundle of this package (scripts/install-production.sh).
const scalarPackage = findPackageJSON('@scalar/api-reference', import.meta.url);
if (!scalarPackage) throw new Error('@scalar/api-reference is not installed');
const scalarRoot = dirname(scalarPackage);

/** The installed Scalar version: in the bundle's URL, so a browser may keep the bundle for good. */
export const SCALAR_VERSION: string = JSON.parse(readFileSync(scalarPackage, 'utf8')).version;

interface Bundle {
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}
let scalarBundle: Promise<Bundle> | undefined;

/** Scalar's browser bundle (4 MB), read and compressed once, off the event loop (zlib runs in libuv's pool). */
async function loadScalarBundle(): Promise<Bundle> {
  const identity = await readFile(join(scalarRoot, 'dist/browser/standalone.js'));
  const [br, gzip] = await Promise.all([
    promisify(brotliCompress)(identity, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } }),
    promisify(gzipCompress)(identity, { level: 9 }),
  ]);
  return { identity, br, gzip };
}

/**
 * Scalar's browser bundle, served from the installed package so the reference page works offline (it is not in
 * the package's `exports`, so it is found by file path): precompressed (brotli, else gzip, as the browser
 * accepts), and cacheable for good, since its URL names the version.
 */
export const scalarAsset: MiddlewareHandler<AppEnv> = async (c) => {
  scalarBundle ??= loadScalarBundle();
  const bundle = await scalarBundle;
  const accepted = c.req.header('accept-encoding') ?? '';
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
  return c.body(new Uint8Array(bundle[encoding]), 200, {
    'content-type': 'text/javascript; charset=utf-8',
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding',
    ...(encoding !== 'identity' && { 'content-encoding': encoding }),
  });
};
