import type { EntityManager } from '@mikro-orm/postgresql';
import { type Db, readRows } from '../../db/sql.ts';
import type { AttributeResolutionStatus, Channel, ResolverType } from '../../domain/activity-enums.ts';
import {
  type AttributeStrategy,
  type Criterion,
  contactTypeFor,
  type LockReason,
  orderCriteria,
  type PolicyResolverType,
  type TargetStatus,
  type TargetStrategy,
} from '../../domain/resolution.ts';
import { CommerceAddressEntity, CommerceContactEntity, CommerceUserEntity } from '../commerces/commerce.entity.ts';

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
  em: EntityManager;
  tenantId: string;
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
  const address = await subject.em.findOne(
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
    const contact = await subject.em.findOne(
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
  resolvers: { internal: AttributeResolver; clientHook: AttributeResolver },
  now: Date,
  phase: 'creation' | 'dispatch' = 'creation',
): Promise<AttributeOutcome[]> {
  const policies = requests.length
    ? await readRows<{ key: string; strategy: AttributeStrategy; resolver_type: PolicyResolverType }>(
        subject.em.getConnection(),
        `select k.key, p.strategy, p.resolver_type from attribute_policy p join attribute_key k on k.id = p.attribute_key_id
         where p.tenant_id = $1 and k.key = any($2)`,
        [subject.tenantId, requests.map((r) => r.key)],
      )
    : [];
  return Promise.all(
    requests.map(async (request): Promise<AttributeOutcome> => {
      const outcome = { key: request.key, resolvedAt: now, errorMessage: null };
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
export async function targetPlan(
  ctx: { db: Db; tenantId: string },
  override: Criterion[] | null,
): Promise<TargetPlan | null> {
  if (override?.length) {
    return { strategy: 'ON_CREATION', criteria: override, fallbackToCommerceRep: true, fallbackToOwner: true };
  }
  const [config] = await readRows<{
    resolution_strategy: TargetStrategy;
    criteria: Criterion[];
    fallback_to_commerce_rep: boolean;
    fallback_to_owner: boolean;
  }>(
    ctx.db,
    `select resolution_strategy, criteria, fallback_to_commerce_rep, fallback_to_owner from target_resolution_config
     where tenant_id = $1 and is_active order by priority limit 1`,
    [ctx.tenantId],
  );
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

/** Commerce users of this commerce who were the target of a dispatched or completed activity, newest first. */
async function lastContacted(subject: ResolutionSubject, channel: Channel | null): Promise<string[]> {
  const rows = await subject.em.getConnection().execute<{ commerce_user_id: string }[]>(
    `select tu.commerce_user_id from activity_target_user tu join activity a on a.id = tu.activity_id
     where tu.tenant_id = ? and a.commerce_id = ? and tu.commerce_user_id is not null
       and a.status in ('DISPATCHED', 'COMPLETED') ${channel ? 'and a.channel = ?' : ''}
     order by a.updated_at desc, a.id desc limit 50`,
    channel ? [subject.tenantId, subject.commerce.id, channel] : [subject.tenantId, subject.commerce.id],
  );
  return rows.map((r) => r.commerce_user_id);
}

/**
 * Picks the target user: criteria by priority, then the commerce representative, then the owner.
 * For channels that need an address, only users with an active contact of that type qualify.
 */
export async function resolveTarget(subject: ResolutionSubject, plan: TargetPlan, now: Date): Promise<TargetOutcome> {
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
  const users = await subject.em.find(
    CommerceUserEntity,
    { commerce: subject.commerce.id, isActive: true },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const contactType = contactTypeFor(subject.activity.channel);
  const reachableIds = new Set(
    contactType
      ? (
          await subject.em.find(CommerceContactEntity, {
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
    const recent = await lastContacted(subject, sameChannel ? subject.activity.channel : null);
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
