import type { z } from '@hono/zod-openapi';
import type { TenantContext } from '../../context.ts';
import { uuidv7 } from '../../db/ids.ts';
import { DomainError, invalid } from '../../domain/errors.ts';
import { destinationRefusal } from '../../net/outbound.ts';
import type { StoredCriterion } from './activity-config.entity.ts';
import { AttributePolicyEntity, ClientHookEntity, TargetResolutionConfigEntity } from './activity-config.entity.ts';
import type {
  AttributePolicy,
  CreateTargetConfigBodySchema,
  PutClientHookBodySchema,
  TargetResolutionConfig,
  UpdateTargetConfigBodySchema,
  UpsertAttributePolicyBodySchema,
} from './activity-config.schemas.ts';
import { AttributeKeyEntity } from './attribute-key.entity.ts';
import { sealHookSecret } from './client-hook-secret.ts';

function toPolicy(policy: AttributePolicyEntity): AttributePolicy {
  return {
    id: policy.id,
    attributeKeyId: policy.attributeKey.id,
    strategy: policy.strategy,
    resolverType: policy.resolverType,
    attributeKey: { key: policy.attributeKey.key, label: policy.attributeKey.label },
    createdAt: policy.createdAt.toISOString(),
    updatedAt: policy.updatedAt.toISOString(),
  };
}

export async function listPolicies(ctx: TenantContext): Promise<AttributePolicy[]> {
  const policies = await ctx.em.find(
    AttributePolicyEntity,
    {},
    { populate: ['attributeKey'], orderBy: { attributeKey: { key: 'asc' } } },
  );
  return policies.map(toPolicy);
}

/** Create-or-update by attribute key, atomically (an upsert), so concurrent upserts leave one row. */
export async function upsertPolicy(
  ctx: TenantContext,
  input: z.infer<typeof UpsertAttributePolicyBodySchema>,
): Promise<AttributePolicy> {
  const key = await ctx.em.findOne(AttributeKeyEntity, { id: input.attribute_key_id });
  if (!key) {
    throw new DomainError('UNKNOWN_ATTRIBUTE_KEY', `No attribute key ${input.attribute_key_id} in the catalog`, {
      errors: [{ path: 'body.attribute_key_id', message: 'Not an attribute key of the catalog' }],
    });
  }
  const policy = await ctx.em.upsert(
    AttributePolicyEntity,
    {
      tenant: ctx.tenantId,
      attributeKey: key,
      strategy: input.strategy,
      resolverType: input.resolver_type,
      updatedAt: ctx.now,
    },
    { onConflictFields: ['tenant', 'attributeKey'], onConflictAction: 'merge' },
  );
  return toPolicy(policy);
}

function toHook(hook: ClientHookEntity) {
  return {
    url: hook.url,
    timeoutMs: hook.timeoutMs,
    hasSecret: true as const,
    updatedAt: hook.updatedAt.toISOString(),
  };
}

export async function getClientHook(ctx: TenantContext) {
  const hook = await ctx.em.findOne(ClientHookEntity, { tenant: ctx.tenantId });
  if (!hook) throw new DomainError('CLIENT_HOOK_NOT_FOUND', 'This tenant has no client hook');
  return toHook(hook);
}

/** Creates or replaces the tenant's hook (an upsert on its one-per-tenant key); the secret is sealed at rest. */
export async function putClientHook(ctx: TenantContext, input: z.infer<typeof PutClientHookBodySchema>) {
  if (!ctx.credentialsKey) throw new Error('No credentials key is configured');
  const refused = await destinationRefusal(ctx.outbound.policy, input.url);
  if (refused) throw invalid([{ path: 'body.url', message: refused }]);
  const hook = await ctx.em.upsert(
    ClientHookEntity,
    {
      tenant: ctx.tenantId,
      url: input.url,
      secretEnvelope: sealHookSecret(ctx.credentialsKey, ctx.tenantId, input.secret),
      timeoutMs: input.timeout_ms,
      updatedAt: ctx.now,
    },
    { onConflictFields: ['tenant'], onConflictAction: 'merge' },
  );
  return toHook(hook);
}

function toTargetConfig(config: TargetResolutionConfigEntity): TargetResolutionConfig {
  return {
    id: config.id,
    resolutionStrategy: config.resolutionStrategy,
    fallbackToCommerceRep: config.fallbackToCommerceRep,
    fallbackToOwner: config.fallbackToOwner,
    priority: config.priority,
    isActive: config.isActive,
    criteria: config.criteria.map((c) => ({
      id: c.id,
      criteriaType: c.type,
      criteriaConfig: c.config ?? {},
      priority: c.priority ?? 0,
    })),
    createdAt: config.createdAt.toISOString(),
    updatedAt: config.updatedAt.toISOString(),
  };
}

function storedCriteria(criteria: z.infer<typeof CreateTargetConfigBodySchema>['criteria']): StoredCriterion[] {
  return criteria.map((c) => ({ id: uuidv7(), type: c.type, config: c.config ?? {}, priority: c.priority ?? 0 }));
}

export async function listTargetConfigs(ctx: TenantContext): Promise<TargetResolutionConfig[]> {
  const configs = await ctx.em.find(
    TargetResolutionConfigEntity,
    {},
    { orderBy: { priority: 'asc', createdAt: 'asc' } },
  );
  return configs.map(toTargetConfig);
}

export async function createTargetConfig(ctx: TenantContext, input: z.infer<typeof CreateTargetConfigBodySchema>) {
  const config = ctx.em.create(TargetResolutionConfigEntity, {
    tenant: ctx.tenantId,
    resolutionStrategy: input.resolution_strategy,
    fallbackToCommerceRep: input.fallback_to_commerce_rep,
    fallbackToOwner: input.fallback_to_owner,
    priority: input.priority,
    isActive: input.is_active,
    criteria: storedCriteria(input.criteria),
  });
  await ctx.em.flush();
  return toTargetConfig(config);
}

async function findTargetConfig(ctx: TenantContext, id: string) {
  const config = await ctx.em.findOne(TargetResolutionConfigEntity, { id });
  if (!config)
    throw new DomainError('TARGET_RESOLUTION_CONFIG_NOT_FOUND', `No target-resolution config ${id} in this tenant`);
  return config;
}

export async function updateTargetConfig(
  ctx: TenantContext,
  id: string,
  input: z.infer<typeof UpdateTargetConfigBodySchema>,
) {
  const config = await findTargetConfig(ctx, id);
  ctx.em.assign(config, {
    resolutionStrategy: input.resolution_strategy ?? config.resolutionStrategy,
    fallbackToCommerceRep: input.fallback_to_commerce_rep ?? config.fallbackToCommerceRep,
    fallbackToOwner: input.fallback_to_owner ?? config.fallbackToOwner,
    priority: input.priority ?? config.priority,
    isActive: input.is_active ?? config.isActive,
    criteria: input.criteria ? storedCriteria(input.criteria) : config.criteria,
  });
  await ctx.em.flush();
  return toTargetConfig(config);
}

export async function deleteTargetConfig(ctx: TenantContext, id: string) {
  const config = await findTargetConfig(ctx, id);
  await ctx.em.remove(config).flush();
}

export async function listAttributeKeys(ctx: TenantContext) {
  const keys = await ctx.em.find(AttributeKeyEntity, {}, { orderBy: { key: 'asc' } });
  return keys.map((k) => ({ id: k.id, key: k.key, label: k.label, description: k.description }));
}
