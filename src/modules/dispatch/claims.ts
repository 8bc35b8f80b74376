/**
 * Claims and leases: the state machine of one dispatch attempt, with no I/O. A claim starts an attempt
 * (counts it and leases the activity to its claimer); settling applies the provider's outcome if the claim
 * is still current. The dispatcher persists what these decide (dispatcher.ts); the manual endpoint and the
 * worker follow the same rules.
 */
import type { ActivityStatus } from '../../domain/activity-status.ts';

export const MAX_DISPATCH_ATTEMPTS = 3;

/** Wait after failed attempt 1, 2, ...; after the last attempt there is no retry. */
export const RETRY_DELAYS_MS: readonly number[] = [30_000, 120_000];

/** Milliseconds to wait before the next attempt, or null when `attempt` was the last one allowed. */
export function retryDelayMs(attempt: number): number | null {
  if (attempt >= MAX_DISPATCH_ATTEMPTS) return null;
  return RETRY_DELAYS_MS[attempt - 1] ?? RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1] ?? 0;
}

/** What a failed attempt leads to: another attempt at `retryAt`, or the end (the activity FAILS). */
export function afterFailure(attempt: number, at: Date): { retryAt: Date } | { exhausted: true } {
  const delay = retryDelayMs(attempt);
  return delay === null ? { exhausted: true } : { retryAt: new Date(at.getTime() + delay) };
}

/**
 * Whether an activity that has used `attemptsSoFar` attempts may be tried again. False only when a
 * worker claimed the last attempt and never recorded its outcome (it was killed): that activity FAILS.
 */
export function hasAttemptsLeft(attemptsSoFar: number): boolean {
  return attemptsSoFar < MAX_DISPATCH_ATTEMPTS;
}

/** An activity's dispatch state, as claims read it. */
export interface DispatchState {
  status: ActivityStatus;
  /** Attempts started so far (`dispatch_attempt_count`). */
  attempts: number;
  leaseUntil: Date | null;
}

/** Whether another claimer holds the activity right now. */
export function isLeased(state: DispatchState, now: Date): boolean {
  return state.leaseUntil !== null && state.leaseUntil > now;
}

/**
 * Starting an attempt on a READY activity: the next attempt number and its lease, or `exhausted` when the
 * last allowed attempt was claimed but never recorded (its worker died): that activity is not tried again.
 */
export function claim(
  state: DispatchState,
  now: Date,
  leaseMs: number,
): { attempt: number; leaseUntil: Date } | { exhausted: true } {
  if (!hasAttemptsLeft(state.attempts)) return { exhausted: true };
  return { attempt: state.attempts + 1, leaseUntil: new Date(now.getTime() + leaseMs) };
}

/** What settling an attempt does; `stale`: the claim was no longer current, nothing changes. */
export type Settlement =
  | { kind: 'stale' }
  | { kind: 'dispatched' }
  | { kind: 'retry'; retryAt: Date }
  | { kind: 'failed' }
  | { kind: 'unresolved'; attempts: number };

/** How an attempt ended: sent, refused or failed by the provider, or stopped before it by resolution. */
export type AttemptEnd = 'sent' | 'provider-failed' | 'unresolved';

/**
 * Settles attempt `attempt` with the provider's outcome. It applies only while the activity is READY and
 * its attempt count is still this attempt's: a cancel, a result, or another worker that took over an
 * expired lease (and counted another attempt) makes it stale.
 */
export function settle(state: DispatchState, attempt: number, end: AttemptEnd, at: Date): Settlement {
  if (state.status !== 'READY' || state.attempts !== attempt) return { kind: 'stale' };
  if (end === 'sent') return { kind: 'dispatched' };
  // Nothing reached a provider: the activity goes UNRESOLVED (seed 000) and gets its attempt back.
  if (end === 'unresolved') return { kind: 'unresolved', attempts: attempt - 1 };
  const next = afterFailure(attempt, at);
  return 'retryAt' in next ? { kind: 'retry', retryAt: next.retryAt } : { kind: 'failed' };
}
