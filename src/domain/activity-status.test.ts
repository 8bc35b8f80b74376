import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_STATUSES,
  canTransition,
  InvalidTransitionError,
  planTransition,
  TERMINAL_STATUSES,
} from './activity-status.ts';

describe('the activity state machine', () => {
  it('creates activities READY and nothing else', () => {
    expect(planTransition(null, 'READY', 'CREATED')).toEqual({
      eventType: 'CREATED',
      fromStatus: null,
      toStatus: 'READY',
      forced: false,
    });
    expect(() => planTransition(null, 'COMPLETED', 'CREATED')).toThrow(InvalidTransitionError);
    expect(() => planTransition(null, 'READY', 'CREATED', { force: true })).not.toThrow();
    expect(() => planTransition(null, 'DISPATCHED', 'DISPATCH_SUCCESS', { force: true })).toThrow();
  });

  it('follows the documented edges', () => {
    expect(canTransition('READY', 'DISPATCHED')).toBe(true);
    expect(canTransition('READY', 'UNRESOLVED')).toBe(true);
    expect(canTransition('UNRESOLVED', 'READY')).toBe(true);
    expect(canTransition('DISPATCHED', 'COMPLETED')).toBe(true);
    expect(canTransition('DISPATCHED', 'FAILED')).toBe(true);
    expect(canTransition('READY', 'CANCELED')).toBe(true);
    expect(canTransition('UNRESOLVED', 'DISPATCHED')).toBe(false);
    expect(canTransition('DISPATCHED', 'READY')).toBe(false);
  });

  it('never leaves a terminal status, unless forced', () => {
    for (const from of TERMINAL_STATUSES) {
      for (const to of ACTIVITY_STATUSES) {
        if (to === from) continue;
        expect(canTransition(from, to)).toBe(false);
        expect(() => planTransition(from, to, 'COMPLETED')).toThrow(InvalidTransitionError);
        expect(planTransition(from, to, 'COMPLETED', { force: true }).forced).toBe(true);
      }
    }
  });

  it('lets attempt and retry-failure events keep the status, but no other event', () => {
    expect(planTransition('READY', 'READY', 'DISPATCH_ATTEMPT').forced).toBe(false);
    expect(planTransition('UNRESOLVED', 'UNRESOLVED', 'RESOLUTION_RETRY_FAILED').forced).toBe(false);
    expect(() => planTransition('CANCELED', 'CANCELED', 'CANCELED')).toThrow(InvalidTransitionError);
  });
});
