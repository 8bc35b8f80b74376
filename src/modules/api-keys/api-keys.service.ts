import { newApiKey } from '../../auth/api-keys.ts';
import type { Permission } from '../../auth/permissions.ts';
import { type Principal, permissionsOf } from '../../auth/tokens.ts';
import type { TenantContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { ApiKeyEntity } from './api-key.entity.ts';
import type { ApiKey, CreateApiKeyBody } from './api-keys.schemas.ts';

function toApiKey(key: ApiKeyEntity, now: Date): ApiKey {
  const expired = key.expiresAt !== null && key.expiresAt !== undefined && key.expiresAt <= now;
  return {
    id: key.id,
    name: key.name,
    keyPrefix: key.keyPrefix,
    userId: key.createdBy,
    tenantId: key.tenant.id,
    isActive: !key.revokedAt && !expired,
    permissions: key.permissions,
    expiresAt: key.expiresAt?.toISOString() ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    createdAt: key.createdAt.toISOString(),
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

/**
 * A key for the caller in this tenant, with a subset of the caller's permissions (403 for any other). The
 * plaintext is in this answer only: the row keeps its SHA-256.
 */
export async function createApiKey(
  ctx: TenantContext,
  creator: Principal,
  body: CreateApiKeyBody,
): Promise<ApiKey & { plaintextKey: string }> {
  const held = new Set<Permission>(permissionsOf(creator));
  const beyond = body.permissions.filter((permission) => !held.has(permission));
  if (beyond.length > 0) {
    throw new DomainError('PERMISSION_DENIED', `A key cannot hold what its creator does not: ${beyond.join(', ')}`);
  }
  const { plaintext, prefix, hash } = newApiKey();
  const key = ctx.em.create(ApiKeyEntity, {
    tenant: ctx.tenantId,
    createdBy: creator.subject,
    name: body.name,
    keyPrefix: prefix,
    keyHash: hash,
    permissions: body.permissions,
    expiresAt: body.expires_at ? new Date(body.expires_at) : null,
  });
  await ctx.em.flush();
  return { ...toApiKey(key, ctx.now), plaintextKey: plaintext };
}

/** The caller's keys in this tenant, newest first, revoked and expired ones included. */
export async function listApiKeys(ctx: TenantContext, caller: Principal): Promise<ApiKey[]> {
  const keys = await ctx.em.find(
    ApiKeyEntity,
    { tenant: ctx.tenantId, createdBy: caller.subject },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  return keys.map((key) => toApiKey(key, ctx.now));
}

/** Revokes one of the caller's keys (a soft delete: the row stays for audit). */
export async function revokeApiKey(ctx: TenantContext, caller: Principal, id: string): Promise<void> {
  const key = await ctx.em.findOne(ApiKeyEntity, { id, tenant: ctx.tenantId });
  if (!key) throw new DomainError('API_KEY_NOT_FOUND', `No API key ${id} in this tenant`);
  if (key.createdBy !== caller.subject) {
    throw new DomainError('PERMISSION_DENIED', 'This API key belongs to another user: only its creator may revoke it');
  }
  // Only the first of two racing revocations wins; the other is told it was already done.
  const revoked = await ctx.em.nativeUpdate(
    ApiKeyEntity,
    { id, tenant: ctx.tenantId, revokedAt: null },
    { revokedAt: ctx.now },
  );
  if (revoked === 0) throw new DomainError('API_KEY_REVOKED', 'This API key is already revoked');
}
