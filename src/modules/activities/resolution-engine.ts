/**
 * The resolution engine: computes who an activity addresses (its target user) and the values of its
 * attributes, from the tenant's data, policies and client hook. It stores nothing: creation, retries and
 * dispatch store its outcomes (activities.service.ts, re-resolution.service.ts).
 */
import type { TenantContext } from '../../context.ts';
import type { AttributeResolutionStatus, Channel, ResolverType } from '../../domain/activity-enums.ts';
import {
  type Criterion,
  contactTypeFor,
  type LockReason,
  orderCriteria,
  type TargetStatus,
  type TargetStrategy,
} from '../../domain/resolution.ts';
import { activeTargetConfig, attributePolicies } from '../activity-config/activity-config.queries.ts';
import { CommerceAddressEntity, CommerceContactEntity, CommerceUserEntity } from '../commerces/commerce.entity.ts';
import { lastContacted } from './activities.queries.ts';
import { createClientHookResolver } from './client-hook-resolver.ts';

/** What resolvers know of the commerce (a plain row at creation, the entity on retries). */
export interface SubjectCommerce {
  id: string;
  externalId: string;
  name: string;
  taxId?: string | null;
  metadata?: Record<string, unknown> | null;
}

/** What resolvers may look at: the activity being resolved, its commerce and its target user. */
export interface ResolutionSubject {
  ctx: TenantContext;
  commerce: SubjectCommerce;
  activity: { id?: string; type: string; channel: Channel; reason: string };
  targetUserId: string | null;
}

/**
 * A way to obtain an attribute's value. Resolvers are strategies chosen by the tenant's policy for
 * the key; a resolver throws to report a failure, and its message becomes the `errorMessage`.
 */
export interface AttributeResolver {
  readonly type: Exclude<ResolverType, 'CALLER_PROVIDED'>;
  resolve(key: string, subject: ResolutionSubject): Promise<unknown>;
}

async function primaryAddress(subject: ResolutionSubject): Promise<string | null> {
  const address = await subject.ctx.em.findOne(
    CommerceAddressEntity,
    { commerce: subject.commerce.id, isActive: true },
    { orderBy: { isPrimary: 'desc', createdAt: 'asc' } },
  );
  if (!address) return null;
  const line = [[address.street, address.streetNumber].filter(Boolean).join(' '), address.unit, address.city];
  return address.formattedAddress ?? (line.filter(Boolean).join(', ') || null);
}

const INTERNAL: Record<string, (subject: ResolutionSubject) => Promise<unknown>> = {
  commerce_info: async (subject) => ({
    name: subject.commerce.name,
    taxId: subject.commerce.taxId ?? null,
    address: await primaryAddress(subject),
  }),
  promotions: async (subject) => {
    const promotions = subject.commerce.metadata?.promotions;
    return Array.isArray(promotions) ? promotions : [];
  },
  target_contact: async (subject) => {
    if (!subject.targetUserId) throw new Error('No target user is resolved for this activity');
    const type = contactTypeFor(subject.activity.channel) ?? 'PHONE';
    const contact = await subject.ctx.em.findOne(
      CommerceContactEntity,
      { commerceUser: subject.targetUserId, type, isActive: true },
      { orderBy: { isPrimary: 'desc', createdAt: 'asc' } },
    );
    if (!contact) throw new Error(`The target user has no active ${type} contact`);
    return { commerceUserId: subject.targetUserId, type, value: contact.value };
  },
};

/** Resolves catalog keys from the tenant's own data (commerce, addresses, metadata, contacts). */
export const internalResolver: AttributeResolver = {
  type: 'INTERNAL_SERVICE',
  async resolve(key, subject) {
    const resolve = INTERNAL[key];
    if (!resolve) throw new Error(`No internal resolver exists for "${key}"; configure a CLIENT_HOOK policy`);
    return resolve(subject);
  },
};

export interface AttributeRequest {
  key: string;
  value?: unknown;
  fallback?: unknown;
  callerProvided: boolean;
  hasFallback: boolean;
}

export interface AttributeOutcome {
  key: string;
  status: AttributeResolutionStatus;
  value: unknown;
  resolverType: ResolverType | null;
  resolvedAt: Date | null;
  errorMessage: string | null;
}

/**
 * One outcome per requested key, following the tenant's policy for it (without one: UPFRONT through
 * the internal resolver). A caller value always wins (RESOLVED, CALLER_PROVIDED); ON_DISPATCH stays
 * PENDING until the `dispatch` phase; a failure falls back to the caller's `fallback` (FALLBACK) or is
 * FAILED with the reason.
 */
export async function resolveAttributes(
  requests: AttributeRequest[],
  subject: ResolutionSubject,
  phase: 'creation' | 'dispatch' = 'creation',
): Promise<AttributeOutcome[]> {
  const { ctx } = subject;
  const policies = await attributePolicies(
    ctx,
    requests.map((r) => r.key),
  );
  const resolvers = { internal: internalResolver, clientHook: createClientHookResolver(ctx) };
  return Promise.all(
    requests.map(async (request): Promise<AttributeOutcome> => {
      const outcome = { key: request.key, resolvedAt: ctx.now, errorMessage: null };
      if (request.callerProvided) {
        return { ...outcome, status: 'RESOLVED', value: request.value ?? null, resolverType: 'CALLER_PROVIDED' };
      }
      const policy = policies.find((p) => p.key === request.key);
      const failed = (resolverType: ResolverType, errorMessage: string): AttributeOutcome =>
        request.hasFallback
          ? { ...outcome, status: 'FALLBACK', value: request.fallback ?? null, resolverType, errorMessage }
          : { ...outcome, status: 'FAILED', value: null, resolverType, resolvedAt: null, errorMessage };
      if (policy?.strategy === 'ON_DISPATCH' && phase === 'creation') {
        return { ...outcome, status: 'PENDING', value: null, resolverType: null, resolvedAt: null };
      }
      if (policy?.strategy === 'CALLER_PROVIDED') {
        return failed('CALLER_PROVIDED', `The policy for "${request.key}" expects the caller to provide its value`);
      }
      const resolver = policy?.resolver_type === 'CLIENT_HOOK' ? resolvers.clientHook : resolvers.internal;
      try {
        const value = await resolver.resolve(request.key, subject);
        return { ...outcome, status: 'RESOLVED', value: value ?? null, resolverType: resolver.type };
      } catch (err) {
        return failed(resolver.type, err instanceof Error ? err.message : String(err));
      }
    }),
  );
}

export interface TargetPlan {
  strategy: TargetStrategy;
  criteria: Criterion[];
  fallbackToCommerceRep: boolean;
  fallbackToOwner: boolean;
}

/**
 * How an activity's target is chosen: its own `target_criteria` (resolved at creation, with both
 * fallbacks), else the tenant's active config with the lowest priority, else none: without either,
 * an activity has no target user.
 */
export async function targetPlan(ctx: TenantContext, override: Criterion[] | null): Promise<TargetPlan | null> {
  if (override?.length) {
    return { strategy: 'ON_CREATION', criteria: override, fallbackToCommerceRep: true, fallbackToOwner: true };
  }
  const config = await activeTargetConfig(ctx);
  if (!config) return null;
  return {
    strategy: config.resolution_strategy,
    criteria: config.criteria,
    fallbackToCommerceRep: config.fallback_to_commerce_rep,
    fallbackToOwner: config.fallback_to_owner,
  };
}

export interface TargetOutcome {
  strategy: TargetStrategy;
  status: TargetStatus;
  commerceUserId: string | null;
  lockReason: LockReason | null;
  resolvedAt: Date | null;
  errorMessage: string | null;
}

/**
 * Picks the target user: criteria by priority, then the commerce representative, then the owner.
 * For channels that need an address, only users with an active contact of that type qualify.
 */
export async function resolveTarget(subject: ResolutionSubject, plan: TargetPlan): Promise<TargetOutcome> {
  const now = subject.ctx.now;
  if (plan.strategy !== 'ON_CREATION') {
    return {
      strategy: plan.strategy,
      status: 'PENDING',
      commerceUserId: null,
      lockReason: null,
      resolvedAt: null,
      errorMessage: null,
    };
  }
  const users = await subject.ctx.em.find(
    CommerceUserEntity,
    { commerce: subject.commerce.id, isActive: true },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const contactType = contactTypeFor(subject.activity.channel);
  const reachableIds = new Set(
    contactType
      ? (
          await subject.ctx.em.find(CommerceContactEntity, {
            commerceUser: { $in: users.map((u) => u.id) },
            type: contactType,
            isActive: true,
          })
        ).map((c) => c.commerceUser.id)
      : users.map((u) => u.id),
  );
  const candidates = users.filter((u) => reachableIds.has(u.id));
  const withRole = (role: unknown) => candidates.find((u) => u.roles.includes(role as never));
  const found = (commerceUserId: string, lockReason: LockReason): TargetOutcome => ({
    strategy: plan.strategy,
    status: 'RESOLVED',
    commerceUserId,
    lockReason,
    resolvedAt: now,
    errorMessage: null,
  });

  for (const criterion of orderCriteria(plan.criteria)) {
    if (criterion.type === 'ROLE_MATCH') {
      const user = withRole(criterion.config?.role);
      if (user) return found(user.id, 'CRITERIA_MATCH');
      continue;
    }
    const sameChannel = criterion.type === 'LAST_CONTACTED_SAME_CHANNEL';
    const recent = await lastContacted(subject.ctx, subject.commerce.id, sameChannel ? subject.activity.channel : null);
    const user = recent.map((id) => candidates.find((u) => u.id === id)).find(Boolean);
    if (user) return found(user.id, 'CRITERIA_MATCH');
  }
  const rep = plan.fallbackToCommerceRep ? withRole('COMMERCE_REP') : undefined;
  if (rep) return found(rep.id, 'FALLBACK_COMMERCE_REP');
  const owner = plan.fallbackToOwner ? withRole('OWNER') : undefined;
  if (owner) return found(owner.id, 'FALLBACK_OWNER');
  return {
    strategy: plan.strategy,
    status: 'FAILED',
    commerceUserId: null,
    lockReason: null,
    resolvedAt: null,
    errorMessage: `No active commerce user matches the criteria or the fallbacks${contactType ? ` with a ${contactType} contact` : ''}`,
  };
}
