import type { EntityManager } from '@mikro-orm/postgresql';
import type { AttributeResolutionStatus, Channel, ResolverType } from '../../domain/activity-enums.ts';
import { CommerceAddressEntity, type CommerceEntity } from '../commerces/commerce.entity.ts';

/** What a resolver may look at: the activity being created and its commerce. */
export interface ResolutionSubject {
  em: EntityManager;
  commerce: CommerceEntity;
  activity: { type: string; channel: Channel };
}

/**
 * A way to obtain an attribute's value. Resolvers are strategies: the internal ones live here, the
 * tenant policies and client hooks plug in as further resolvers without touching activity creation.
 * A resolver throws to report a failure; its message becomes the attribute's `errorMessage`.
 */
export interface AttributeResolver {
  readonly type: ResolverType;
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
};

/** Resolves catalog keys from the tenant's own data (commerce, addresses, metadata). */
export const internalResolver: AttributeResolver = {
  type: 'INTERNAL_SERVICE',
  async resolve(key, subject) {
    const resolve = INTERNAL[key];
    if (!resolve) throw new Error(`No resolver is configured for "${key}"`);
    return resolve(subject);
  },
};

export interface AttributeRequest {
  key: string;
  /** Present (even as null) when the caller gave a value. */
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
 * One outcome per requested key: a caller value is RESOLVED as given; otherwise the resolver runs, and
 * a failure falls back to the caller's `fallback` (FALLBACK) or is FAILED with the reason.
 */
export async function resolveAttributes(
  requests: AttributeRequest[],
  subject: ResolutionSubject,
  resolverFor: (key: string) => AttributeResolver,
  now: Date,
): Promise<AttributeOutcome[]> {
  return Promise.all(
    requests.map(async (request): Promise<AttributeOutcome> => {
      if (request.callerProvided) {
        return {
          key: request.key,
          status: 'RESOLVED',
          value: request.value ?? null,
          resolverType: 'CALLER_PROVIDED',
          resolvedAt: now,
          errorMessage: null,
        };
      }
      const resolver = resolverFor(request.key);
      try {
        const value = await resolver.resolve(request.key, subject);
        return {
          key: request.key,
          status: 'RESOLVED',
          value: value ?? null,
          resolverType: resolver.type,
          resolvedAt: now,
          errorMessage: null,
        };
      } catch (err) {
        const errorMessage = err instanceof Error ? err.message : String(err);
        if (request.hasFallback) {
          return {
            key: request.key,
            status: 'FALLBACK',
            value: request.fallback ?? null,
            resolverType: resolver.type,
            resolvedAt: now,
            errorMessage,
          };
        }
        return {
          key: request.key,
          status: 'FAILED',
          value: null,
          resolverType: resolver.type,
          resolvedAt: null,
          errorMessage,
        };
      }
    }),
  );
}
