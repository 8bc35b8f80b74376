import { z } from '@hono/zod-openapi';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context, MiddlewareHandler } from 'hono';
import { tenantEm } from '../db/tenant-owned.ts';
import { ApiError } from '../http/problem.ts';
import type { AppEnv } from '../http/types.ts';
import { hasPermission, type Permission, rolesWith } from './permissions.ts';
import type { Principal, TokenVerifier } from './tokens.ts';

export const BEARER_SCHEME = 'bearerAuth';
/**
 * `x-tenant-id` is declared as a security scheme rather than a parameter: it travels with the token on
 * every tenant operation, so clients and fuzzers configure it once, as they do the token.
 */
export const TENANT_SCHEME = 'tenantHeader';

export const SECURITY_SCHEMES = {
  [BEARER_SCHEME]: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'A JWT with claims `sub`, `roles` (SUPER_ADMIN, ADMIN, FDE, VIEWER), `tenants` (tenant ids) and `exp`.',
  },
  [TENANT_SCHEME]: {
    type: 'apiKey',
    in: 'header',
    name: 'x-tenant-id',
    description:
      "The tenant to act in (a UUID); it must be listed in the token's `tenants` claim (SUPER_ADMIN: any tenant).",
  },
} as const;

type Scope = 'tenant' | 'platform';

/**
 * What an operation needs to be called: spread into `createRoute`. It declares the security
 * requirement and the permission in the document, and installs the middleware that enforces both,
 * so the document and the behaviour cannot disagree.
 */
export function secured(permission: Permission, description: string, scope: Scope = 'tenant') {
  const roles = rolesWith(permission).join(', ');
  const where = scope === 'tenant' ? ' in the tenant named by `x-tenant-id`' : '';
  return {
    security: [requirement(scope)],
    'x-permission': permission,
    description: `${description}\n\n**Permission:** \`${permission}\`${where} (roles: ${roles}).`,
    middleware: [authorize(permission, scope)],
  };
}

function requirement(scope: Scope): Record<string, string[]> {
  return scope === 'tenant' ? { [BEARER_SCHEME]: [], [TENANT_SCHEME]: [] } : { [BEARER_SCHEME]: [] };
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

const TenantIdSchema = z.uuid();

/** Order matters: 401 (who are you) before 400 (tenant header), before 403, before 404 (tenant). */
export function authorize(permission: Permission, scope: Scope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { verifyToken, orm, knownTenants } = c.get('deps');
    const principal = await verifyToken(bearerToken(c.req.header('authorization')));
    c.set('principal', principal);
    if (!hasPermission(principal.roles, permission)) {
      throw new ApiError('PERMISSION_DENIED', `This operation needs the ${permission} permission`);
    }
    if (scope === 'platform') return next();
    const header = c.req.header('x-tenant-id');
    const parsed = TenantIdSchema.safeParse(header);
    if (!parsed.success) {
      const message = header === undefined ? 'Required' : 'Must be a UUID';
      throw new ApiError('VALIDATION_FAILED', `x-tenant-id: ${message}`, {
        errors: [{ path: 'header.x-tenant-id', message }],
      });
    }
    const tenantId = parsed.data;
    if (!canActInTenant(principal, tenantId)) {
      throw new ApiError('TENANT_ACCESS_DENIED', 'The token does not grant access to this tenant');
    }
    if (!knownTenants?.has(tenantId)) {
      const exists = await orm.em.getConnection().execute('select 1 from tenant where id = ?', [tenantId]);
      if (exists.length === 0) throw new ApiError('TENANT_NOT_FOUND', 'No tenant has this id');
      knownTenants?.add(tenantId);
    }
    c.set('tenantId', tenantId);
    return next();
  };
}

/**
 * The request's entity manager: a fork, tenant-filtered on tenant routes, made on first use. A request that
 * only reads plain rows (`readRows` on the ORM's connection) never needs one, and forking one was 8% of the
 * CPU of a get by id (docs/performance.md).
 */
export function requestEm(c: Context<AppEnv>): EntityManager {
  let em = c.get('em');
  if (!em) {
    const { orm } = c.get('deps');
    const tenantId = c.get('tenantId');
    em = tenantId === undefined ? orm.em.fork() : tenantEm(orm, tenantId);
    c.set('em', em);
  }
  return em;
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
