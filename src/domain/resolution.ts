import type { Channel } from './activity-enums.ts';

export const ATTRIBUTE_STRATEGIES = ['UPFRONT', 'ON_DISPATCH', 'CALLER_PROVIDED'] as const;
export type AttributeStrategy = (typeof ATTRIBUTE_STRATEGIES)[number];

export const POLICY_RESOLVER_TYPES = ['INTERNAL_SERVICE', 'CLIENT_HOOK'] as const;
export type PolicyResolverType = (typeof POLICY_RESOLVER_TYPES)[number];

export const TARGET_STRATEGIES = ['ON_CREATION', 'ON_DISPATCH', 'MANUAL'] as const;
export type TargetStrategy = (typeof TARGET_STRATEGIES)[number];

export const TARGET_CRITERIA_TYPES = [
  'ROLE_MATCH',
  'LAST_CONTACTED_ALL_CHANNELS',
  'LAST_CONTACTED_SAME_CHANNEL',
] as const;
export type TargetCriteriaType = (typeof TARGET_CRITERIA_TYPES)[number];

export const TARGET_STATUSES = ['PENDING', 'RESOLVED', 'LOCKED', 'FAILED'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const LOCK_REASONS = ['CRITERIA_MATCH', 'FALLBACK_COMMERCE_REP', 'FALLBACK_OWNER', 'MANUAL_ASSIGNMENT'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

/**
 * The contact a channel needs to reach a person; channels worked in person or by the operator
 * (SALESMAN, CALLCENTER) need none.
 */
export function contactTypeFor(channel: Channel): 'WHATSAPP' | 'PHONE' | 'EMAIL' | 'OTHER' | null {
  switch (channel) {
    case 'WHATSAPP':
      return 'WHATSAPP';
    case 'SMS':
      return 'PHONE';
    case 'EMAIL':
      return 'EMAIL';
    case 'PUSH':
      return 'OTHER';
    default:
      return null;
  }
}

export interface Criterion {
  type: TargetCriteriaType;
  config?: Record<string, unknown>;
  priority?: number;
}

/** Criteria in the order they are tried: lower priority first, then as given. */
export function orderCriteria<T extends Criterion>(criteria: readonly T[]): T[] {
  return criteria
    .map((criterion, index) => ({ criterion, index }))
    .sort((a, b) => (a.criterion.priority ?? 0) - (b.criterion.priority ?? 0) || a.index - b.index)
    .map(({ criterion }) => criterion);
}
