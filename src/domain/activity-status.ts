/**
 * The activity state machine: the one place that knows which status changes are allowed and which
 * status event records each. Callers persist the event it returns in the same transaction as the
 * status change (see activities/status.service.ts).
 */
export const ACTIVITY_STATUSES = ['READY', 'UNRESOLVED', 'DISPATCHED', 'COMPLETED', 'CANCELED', 'FAILED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Exactly the event types of the Reten docs. */
export const STATUS_EVENT_TYPES = [
  'CREATED',
  'CREATION_FAILED',
  'DISPATCH_ATTEMPT',
  'DISPATCH_SUCCESS',
  'DISPATCH_FAILED',
  'COMPLETED',
  'CANCELED',
  'FAILED',
  'RESOLUTION_FAILED',
  'RESOLUTION_RETRY_SUCCESS',
  'RESOLUTION_RETRY_FAILED',
] as const;
export type StatusEventType = (typeof STATUS_EVENT_TYPES)[number];

export const TERMINAL_STATUSES: readonly ActivityStatus[] = ['COMPLETED', 'CANCELED', 'FAILED'];

/**
 * Allowed changes. READY may also complete, fail or be canceled by a result: in pull mode a provider
 * reports on activities Reten never dispatched. Terminal statuses have no way out.
 */
const NEXT: Record<ActivityStatus, readonly ActivityStatus[]> = {
  READY: ['DISPATCHED', 'UNRESOLVED', 'COMPLETED', 'CANCELED', 'FAILED'],
  UNRESOLVED: ['READY', 'CANCELED'],
  DISPATCHED: ['COMPLETED', 'FAILED', 'CANCELED'],
  COMPLETED: [],
  CANCELED: [],
  FAILED: [],
};

/** Events that record something without changing the status. */
const STATUS_PRESERVING: readonly StatusEventType[] = [
  'DISPATCH_ATTEMPT',
  'DISPATCH_FAILED',
  'RESOLUTION_RETRY_FAILED',
];

export class InvalidTransitionError extends Error {
  readonly from: ActivityStatus | null;
  readonly to: ActivityStatus;

  constructor(from: ActivityStatus | null, to: ActivityStatus, eventType: StatusEventType) {
    super(`An activity cannot go from ${from ?? 'nothing'} to ${to} (${eventType})`);
    this.from = from;
    this.to = to;
  }
}

export function canTransition(from: ActivityStatus, to: ActivityStatus): boolean {
  return NEXT[from].includes(to);
}

export interface StatusChange {
  eventType: StatusEventType;
  fromStatus: ActivityStatus | null;
  toStatus: ActivityStatus;
  /** True when `force` let through a change the machine forbids (a result's `hard_override`). */
  forced: boolean;
}

/** Validates one change; `from` is null only for creation. */
export function planTransition(
  from: ActivityStatus | null,
  to: ActivityStatus,
  eventType: StatusEventType,
  options: { force?: boolean } = {},
): StatusChange {
  const allowed =
    from === null
      ? eventType === 'CREATED' && to === 'READY'
      : from === to
        ? STATUS_PRESERVING.includes(eventType)
        : canTransition(from, to);
  if (!allowed && !(options.force && from !== null)) throw new InvalidTransitionError(from, to, eventType);
  return { eventType, fromStatus: from, toStatus: to, forced: !allowed };
}
