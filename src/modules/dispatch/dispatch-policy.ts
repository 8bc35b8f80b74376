/**
 * The retry rules of dispatch, with no I/O: how many attempts an activity gets and how long to wait
 * after each failed one. The dispatcher and the manual endpoint both follow them.
 */
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
