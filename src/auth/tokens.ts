import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { AuthConfig } from '../config.ts';
import { ApiError } from '../http/problem.ts';
import { hasPermission, PERMISSIONS, type Permission, ROLES, type Role } from './permissions.ts';

/** Who is calling, as proven by a verified token or an API key. */
export interface Principal {
  /** The token's `sub`; `api-key:<id>` for a key. */
  subject: string;
  /** The token's roles; a key has none. */
  roles: Role[];
  tenantIds: string[];
  /** A key's own permissions (a subset of its creator's); a token's come from its roles. */
  permissions?: readonly Permission[];
  apiKey?: { id: string; prefix: string; expiresAt: Date | null; createdBy: string };
}

export function principalHas(principal: Principal, permission: Permission): boolean {
  return principal.permissions
    ? principal.permissions.includes(permission)
    : hasPermission(principal.roles, permission);
}

/** Every permission the principal holds. */
export function permissionsOf(principal: Principal): Permission[] {
  return PERMISSIONS.filter((permission) => principalHas(principal, permission));
}

export type TokenVerifier = (token: string) => Promise<Principal>;

const ClaimsSchema = z.object({
  sub: z.string().min(1),
  roles: z.array(z.enum(ROLES)).min(1),
  tenants: z.array(z.guid()).default([]),
});

export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  const key =
    auth.kind === 'secret' ? new TextEncoder().encode(auth.secret) : createRemoteJWKSet(new URL(auth.jwksUrl));
  const options = {
    issuer: auth.issuer,
    audience: auth.audience,
    algorithms: auth.kind === 'secret' ? ['HS256'] : ['RS256', 'ES256', 'PS256', 'EdDSA'],
    requiredClaims: ['sub', 'exp'],
  };
  return async (token) => {
    let payload: JWTPayload;
    try {
      // jose's overloads differ for a key and a key set; both verify signature, exp, iss and aud.
      ({ payload } =
        typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options));
    } catch (err) {
      throw new ApiError('UNAUTHENTICATED', describeJoseError(err));
    }
    const claims = ClaimsSchema.safeParse(payload);
    if (!claims.success) {
      throw new ApiError('UNAUTHENTICATED', 'The token lacks valid `sub`, `roles` or `tenants` claims');
    }
    return {
      subject: claims.data.sub,
      roles: claims.data.roles,
      tenantIds: claims.data.tenants.map((id) => id.toLowerCase()),
    };
  };
}

function describeJoseError(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'The token has expired';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is invalid';
  if (err instanceof errors.JWTClaimValidationFailed) return `The token's \`${err.claim}\` claim is not accepted`;
  if (err instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm that is not accepted';
  return 'The token is malformed';
}

export interface TokenRequest {
  subject: string;
  roles: Role[];
  tenantIds: string[];
  /** Lifetime, as jose accepts it: '1h', '15m', '7d'. */
  ttl: string;
  issuer?: string;
  audience?: string;
}

/** Mints an HS256 token; used by dev mode, `npm run token` and the tests. */
export async function signToken(secret: string, request: TokenRequest): Promise<string> {
  let jwt = new SignJWT({ roles: request.roles, tenants: request.tenantIds })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuedAt()
    .setExpirationTime(request.ttl);
  if (request.issuer) jwt = jwt.setIssuer(request.issuer);
  if (request.audience) jwt = jwt.setAudience(request.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
