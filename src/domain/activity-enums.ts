export const ACTIVITY_TYPES = ['TASK', 'MESSAGE'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const CHANNELS = ['SALESMAN', 'CALLCENTER', 'WHATSAPP', 'EMAIL', 'SMS', 'PUSH'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ATTRIBUTE_RESOLUTION_STATUSES = ['PENDING', 'RESOLVED', 'FAILED', 'FALLBACK'] as const;
export type AttributeResolutionStatus = (typeof ATTRIBUTE_RESOLUTION_STATUSES)[number];

/** How an attribute value was obtained; CALLER_PROVIDED when the request carried it. */
export const RESOLVER_TYPES = ['INTERNAL_SERVICE', 'CLIENT_HOOK', 'CALLER_PROVIDED'] as const;
export type ResolverType = (typeof RESOLVER_TYPES)[number];
