import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { tenantExists } from '../db/tenant-owned.ts';
import { IF_NONE_MATCH_PARAMETER, NOT_MODIFIED_RESPONSE } from '../http/conditional.ts';
import { strictJsonBody } from '../http/json-body.ts';
import { clientAddress } from '../http/middleware.ts';
import {
  type ErrorStatus,
  headerRefs,
  INTERNAL_ERROR_500,
  type ProblemDescriptions,
  type ProblemResponse,
  problems,
} from '../http/openapi.ts';
import { ApiError } from '../http/problem.ts';
import type { AppEnv } from '../http/types.ts';
import { type Permission, rolesWith } from './permissions.ts';
import { type Principal, principalHas, type TokenVerifier } from './tokens.ts';

export const BEARER_SCHEME = 'bearerAuth';
/**
 * `x-tenant-id` is declared as a security scheme rather than a parameter: it travels with the token on
 * every tenant operation, so clients and fuzzers configure it once, as they do the token.
 */
export const TENANT_SCHEME = 'tenantHeader';
export const API_KEY_SCHEME = 'apiKeyAuth';

export const SECURITY_SCHEMES = {
  [BEARER_SCHEME]: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'A JWT with claims `sub`, `roles` (SUPER_ADMIN, ADMIN, FDE, VIEWER), `tenants` (tenant ids) and `exp`. Verified as RFC8725 (JWT Best Current Practices) asks: only the configured algorithms (HS256 with a shared secret, or RS256, ES256, PS256, EdDSA with a JWKS), never `none`; `exp` required; issuer and audience checked when configured.',
  },
  [TENANT_SCHEME]: {
    type: 'apiKey',
    in: 'header',
    name: 'x-tenant-id',
    description:
      "The tenant to act in (a UUID); it must be listed in the token's `tenants` claim (SUPER_ADMIN: any tenant).",
  },
  [API_KEY_SCHEME]: {
    type: 'apiKey',
    in: 'header',
    name: 'x-api-key',
    description:
      'An API key (`rtn_sk_…`, made with `POST /api/api-keys`): it acts in its own tenant (no `x-tenant-id` needed; one that names another tenant is 403) with its own permissions. Revoking or expiring a key takes effect everywhere within 5 seconds.',
  },
} as const;

type Scope = 'tenant' | 'platform';

/**
 * Which credentials an operation takes: `any` (a user's token or an API key), `user` (a token only: managing
 * API keys, tenants) or `apiKey` (a key only: the integration API, as the Reten docs say).
 */
export type Credentials = 'any' | 'user' | 'apiKey';

/** A route as the routes files declare it: `secured()` adds what every secured operation shares. */
export interface SecuredRouteConfig extends Omit<RouteConfig, 'security' | 'middleware' | 'description'> {
  /** Absent: any authenticated caller may call it. */
  permission?: Permission;
  /** `platform` operations take no `x-tenant-id`. Default: `tenant`. */
  scope?: Scope;
  /** Default: `any` on tenant operations, `user` on platform ones. */
  credentials?: Credentials;
  description: string;
  /** The problems this operation adds to the shared ones, by status: what its own 400, 404, 409... mean. */
  problems?: ProblemDescriptions;
  /** A single resource's read, answered by `conditionalJson`: `If-None-Match` in, `ETag` and 304 out. */
  conditional?: boolean;
}

/** `x`, or `own, or x` when the operation adds its own meaning of the same status. */
function joined(own: string | undefined, shared: string): string {
  return own ? `${own}, or ${shared.charAt(0).toLowerCase()}${shared.slice(1)}` : shared;
}

/**
 * The problems every secured operation can answer, declared here once: 400 when it takes input (the
 * tenant header counts), 401, 403, 404 for a tenant that does not exist, 413 and 415 when it takes a
 * body, 429, 500 and 503; merged with the operation's own.
 */
function sharedProblems(
  scope: Scope,
  credentials: Credentials,
  request: RouteConfig['request'],
  own: ProblemDescriptions,
) {
  const unauthenticated = {
    any: 'Missing, malformed, expired or wrongly signed token, or an API key that is malformed, unknown, revoked or expired (`UNAUTHENTICATED`)',
    user: 'Missing, malformed, expired or wrongly signed token; an API key is not accepted here (`UNAUTHENTICATED`)',
    apiKey: 'Missing, malformed, unknown, revoked or expired API key; a token is not accepted here (`UNAUTHENTICATED`)',
  }[credentials];
  const shared: ProblemDescriptions = {
    401: unauthenticated,
    403:
      scope === 'tenant'
        ? 'The credential may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`)'
        : 'The credential lacks the permission (`PERMISSION_DENIED`)',
    500: INTERNAL_ERROR_500,
    429: 'The tenant or the caller used up its requests for this minute (`RATE_LIMITED`); retry after `Retry-After` seconds. `RateLimit` says which limit',
    503: 'The database is unavailable or did not answer in time (`SERVICE_UNAVAILABLE`); retry after `Retry-After` seconds',
  };
  if (scope === 'tenant' || request?.params || request?.query || request?.body) {
    shared[400] = 'The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`)';
  }
  if (scope === 'tenant') shared[404] = 'The tenant does not exist (`TENANT_NOT_FOUND`)';
  if (request?.body) {
    shared[413] = 'The request body is larger than the limit (`PAYLOAD_TOO_LARGE`)';
    shared[415] = 'The request body is not `application/json` (`UNSUPPORTED_MEDIA_TYPE`)';
  }
  const merged: ProblemDescriptions = { ...own };
  for (const [key, description] of Object.entries(shared) as [string, string][]) {
    const status = Number(key) as ErrorStatus;
    merged[status] = joined(own[status], description);
  }
  return problems(merged) as Record<ErrorStatus, ProblemResponse>;
}

/** Answers given before the caller is known and counted: they carry no rate-limit fields. */
const UNCOUNTED = new Set(['401', '413']);

/** The other answers of a secured operation carry the rate-limit fields (when rate limits are on). */
function withRateLimitHeaders(responses: RouteConfig['responses']): RouteConfig['responses'] {
  return Object.fromEntries(
    Object.entries(responses).map(([status, response]) => [
      status,
      '$ref' in response || UNCOUNTED.has(status)
        ? response
        : { ...response, headers: { ...headerRefs('RateLimit', 'RateLimit-Policy'), ...response.headers } },
    ]),
  );
}

/**
 * Declares a secured operation: the security requirement and the permission in the document (and in
 * its description), the middleware that enforces both, and every problem response it can answer, so the
 * document and the behaviour cannot disagree.
 */
export function secured<const R extends SecuredRouteConfig>(config: R) {
  const {
    permission,
    scope = 'tenant',
    description,
    problems: own = {},
    credentials: given,
    conditional,
    ...route
  } = config;
  const credentials = given ?? (scope === 'tenant' ? 'any' : 'user');
  const guard = authorize(permission, scope, credentials);
  return createRoute({
    ...route,
    security: requirements(scope, credentials),
    ...(permission && { 'x-permission': permission }),
    description: `${description}\n\n${permissionNote(permission, scope, credentials)}`,
    middleware: route.request?.body ? [guard, strictJsonBody] : [guard],
    ...(conditional && { parameters: [IF_NONE_MATCH_PARAMETER] }),
    responses: withRateLimitHeaders({
      ...(conditional ? withValidator(route.responses) : route.responses),
      ...sharedProblems(scope, credentials, route.request, own),
    }) as R['responses'] & Record<ErrorStatus, ProblemResponse>,
  });
}

/** A conditional read's answers: its 200 carries an `ETag`, and a 304 is declared beside it. */
function withValidator(responses: RouteConfig['responses']): RouteConfig['responses'] {
  const ok = responses[200] as { headers?: object };
  return {
    ...responses,
    200: { ...ok, headers: { ...ok.headers, ...headerRefs('ETag') } },
    304: NOT_MODIFIED_RESPONSE,
  };
}

function permissionNote(permission: Permission | undefined, scope: Scope, credentials: Credentials): string {
  if (!permission) return '**Permission:** none: any authenticated caller, with a token or an API key.';
  const where = scope === 'tenant' ? ' in the tenant named by `x-tenant-id`' : '';
  const holders = {
    any: `roles: ${rolesWith(permission).join(', ')}; or an API key holding it, in its tenant`,
    user: `roles: ${rolesWith(permission).join(', ')}; a user's token only`,
    apiKey: 'an API key holding it, in its tenant; a token is not accepted',
  }[credentials];
  return `**Permission:** \`${permission}\`${credentials === 'apiKey' ? '' : where} (${holders}).`;
}

/** The document's security: alternatives, each a set of schemes sent together. */
function requirements(scope: Scope, credentials: Credentials): Record<string, string[]>[] {
  const user: Record<string, string[]> =
    scope === 'tenant' ? { [BEARER_SCHEME]: [], [TENANT_SCHEME]: [] } : { [BEARER_SCHEME]: [] };
  const key = { [API_KEY_SCHEME]: [] };
  return { any: [user, key], user: [user], apiKey: [key] }[credentials];
}

function bearerToken(header: string | undefined): string {
  if (!header) throw new ApiError('UNAUTHENTICATED', 'Send `Authorization: Bearer <token>`');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new ApiError('UNAUTHENTICATED', 'The Authorization header must be `Bearer <token>`');
  return match[1];
}

export function canActInTenant(principal: Principal, tenantId: string): boolean {
  return principal.roles.includes('SUPER_ADMIN') || principal.tenantIds.includes(tenantId);
}

const TenantIdSchema = z.guid();

/** Order matters: 401 (who are you) before 400 (tenant header), before 403, before 404 (tenant). */
export function authorize(
  permission: Permission | undefined,
  scope: Scope,
  credentials: Credentials,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { source, knownTenants, rateLimits, config } = c.get('deps');
    const address = clientAddress(c, config.trustProxyHops);
    // An address that keeps failing is refused before its credentials cost a signature check or a lookup.
    rateLimits?.refuseBlockedAddress(address);
    const principal = await authenticate(c, credentials).catch(async (err: unknown) => {
      await rateLimits?.failedAuthentication(address);
      throw err;
    });
    c.set('principal', principal);
    if (permission && !principalHas(principal, permission)) {
      throw new ApiError('PERMISSION_DENIED', `This operation needs the ${permission} permission`);
    }
    if (scope === 'platform') {
      c.set('rateLimit', await rateLimits?.consume(principal.subject));
      return next();
    }
    const tenantId = tenantOf(principal, c.req.header('x-tenant-id'));
    if (!knownTenants?.has(tenantId)) {
      if (!(await tenantExists(source.sql, tenantId))) throw new ApiError('TENANT_NOT_FOUND', 'No tenant has this id');
      knownTenants?.add(tenantId);
    }
    c.set('tenantId', tenantId);
    c.set('rateLimit', await rateLimits?.consume(principal.subject, tenantId));
    return next();
  };
}

/** Who is calling: a user's token (`Authorization: Bearer`) or an API key (`x-api-key`), as the operation takes. */
function authenticate(c: Context<AppEnv>, credentials: Credentials): Promise<Principal> {
  const { verifyToken, apiKeys } = c.get('deps');
  const key = c.req.header('x-api-key');
  const authorization = c.req.header('authorization');
  if (key !== undefined && authorization !== undefined) {
    throw new ApiError('UNAUTHENTICATED', 'Send one credential: a token or an API key, not both');
  }
  if (credentials === 'apiKey' && key === undefined) {
    throw new ApiError('UNAUTHENTICATED', 'This operation takes an API key: send `x-api-key: rtn_sk_…`');
  }
  if (credentials === 'user' && key !== undefined) {
    throw new ApiError(
      'UNAUTHENTICATED',
      "This operation takes a user's token (`Authorization: Bearer`), not an API key",
    );
  }
  return key !== undefined ? apiKeys.verify(key) : verifyToken(bearerToken(authorization));
}

/** The tenant a request acts in: the `x-tenant-id` its token may act in, or an API key's own. */
function tenantOf(principal: Principal, header: string | undefined): string {
  if (header === undefined && principal.apiKey) return principal.tenantIds[0]!;
  const parsed = TenantIdSchema.safeParse(header);
  if (!parsed.success) {
    const message = header === undefined ? 'Required' : 'Must be a UUID';
    throw new ApiError('VALIDATION_FAILED', `x-tenant-id: ${message}`, {
      errors: [{ path: 'header.x-tenant-id', message }],
    });
  }
  // UUIDs are case-insensitive: an upper-case header names the same tenant as the token's lower-case claim.
  const tenantId = parsed.data.toLowerCase();
  if (!canActInTenant(principal, tenantId)) {
    const what = principal.apiKey
      ? 'The API key acts in its own tenant only'
      : 'The token does not grant access to this tenant';
    throw new ApiError('TENANT_ACCESS_DENIED', what);
  }
  return tenantId;
}

/**
 * Verifying a JWT (its HMAC or signature, then its claims) costs about as much CPU as the database read
 * of a get, and a client sends the same token on every request. A verified token is remembered until it
 * expires, for at most `ttlMs`, and at most `max` tokens at once (the oldest go first), so each is
 * verified about once per client every few minutes. Only successes are kept: a bad token is checked,
 * and refused, every time. A key removed from a JWKS stops new tokens at once, remembered ones at expiry.
 */
export function rememberVerifiedTokens(verify: TokenVerifier, max = 10_000, ttlMs = 300_000): TokenVerifier {
  const verified = new Map<string, { principal: Principal; until: number }>();
  return async (token) => {
    const now = Date.now();
    const known = verified.get(token);
    if (known && known.until > now) return known.principal;
    const principal = await verify(token);
    verified.delete(token);
    if (verified.size >= max) verified.delete(verified.keys().next().value!);
    verified.set(token, { principal, until: Math.min(now + ttlMs, expiryOf(token)) });
    return principal;
  };
}

/** The `exp` of a token that has just been verified, in milliseconds (0, so not remembered, if absent). */
function expiryOf(token: string): number {
  try {
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    return typeof exp === 'number' ? exp * 1000 : 0;
  } catch {
    return 0;
  }
}
