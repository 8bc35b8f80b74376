import type { z } from '@hono/zod-openapi';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { uuidv7 } from '../../db/ids.ts';
import { ApiError } from '../../http/problem.ts';
import type { TenantContext } from '../activities/activities.service.ts';
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
import { sealHookSecret } from './client-hook.ts';

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

/** Create-or-update by attribute key, atomically (`on conflict`), so concurrent upserts leave one row. */
export async function upsertPolicy(
  ctx: TenantContext,
  input: z.infer<typeof UpsertAttributePolicyBodySchema>,
): Promise<AttributePolicy> {
  const key = await ctx.em.findOne(AttributeKeyEntity, { id: input.attribute_key_id });
  if (!key) {
    throw new ApiError('UNKNOWN_ATTRIBUTE_KEY', `No attribute key ${input.attribute_key_id} in the catalog`, {
      errors: [{ path: 'body.attribute_key_id', message: 'Not an attribute key of the catalog' }],
    });
  }
  await ctx.em.getConnection().execute(
    `insert into attribute_policy (id, tenant_id, attribute_key_id, strategy, resolver_type, created_at, updated_at)
     values (?, ?, ?, ?, ?, now(), now())
     on conflict (tenant_id, attribute_key_id) do update
       set strategy = excluded.strategy, resolver_type = excluded.resolver_type, updated_at = now()`,
    [uuidv7(), ctx.tenantId, key.id, input.strategy, input.resolver_type],
  );
  const policy = await ctx.em
    .fork()
    .findOneOrFail(
      AttributePolicyEntity,
      { attributeKey: key.id },
      { populate: ['attributeKey'], filters: { tenant: { tenantId: ctx.tenantId } } },
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
  if (!hook) throw new ApiError('CLIENT_HOOK_NOT_FOUND', 'This tenant has no client hook');
  return toHook(hook);
}

export async function putClientHook(ctx: TenantContext, input: z.infer<typeof PutClientHookBodySchema>) {
  if (!ctx.credentialsKey) throw new Error('No credentials key is configured');
  const secretEnvelope = sealHookSecret(ctx.credentialsKey, ctx.tenantId, input.secret);
  await ctx.em.getConnection().execute(
    `insert into client_hook (id, tenant_id, url, secret_envelope, timeout_ms, created_at, updated_at)
     values (?, ?, ?, ?, ?, now(), now())
     on conflict (tenant_id) do update
       set url = excluded.url, secret_envelope = excluded.secret_envelope, timeout_ms = excluded.timeout_ms, updated_at = now()`,
    [uuidv7(), ctx.tenantId, input.url, secretEnvelope, input.timeout_ms],
  );
  return getClientHook({ ...ctx, em: ctx.em.fork() });
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

const priorityTaken = (priority: number) =>
  new ApiError('RESOURCE_CONFLICT', `Another active target-resolution config has priority ${priority}`);

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
  try {
    await ctx.em.flush();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw priorityTaken(input.priority);
    throw err;
  }
  return toTargetConfig(config);
}

async function findTargetConfig(ctx: TenantContext, id: string) {
  const config = await ctx.em.findOne(TargetResolutionConfigEntity, { id });
  if (!config)
    throw new ApiError('TARGET_RESOLUTION_CONFIG_NOT_FOUND', `No target-resolution config ${id} in this tenant`);
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
  try {
    await ctx.em.flush();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw priorityTaken(config.priority);
    throw err;
  }
  return toTargetConfig(config);
}

export async function deleteTargetConfig(ctx: TenantContext, id: string) {
  const config = await findTargetConfig(ctx, id);
  await ctx.em.remove(config).flush();
}
