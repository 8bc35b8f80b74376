import { describe, expect, it } from 'vitest';
import { claim, type DispatchState, isLeased, MAX_DISPATCH_ATTEMPTS, settle } from './claims.ts';

const at = new Date('2025-01-16T09:00:00.000Z');
const ready = (attempts: number, leaseUntil: Date | null = null): DispatchState => ({
  status: 'READY',
  attempts,
  leaseUntil,
});

describe('claims and leases', () => {
  it('a claim counts the next attempt and leases the activity for the lease time', () => {
    expect(claim(ready(0), at, 60_000)).toEqual({ attempt: 1, leaseUntil: new Date('2025-01-16T09:01:00.000Z') });
    expect(claim(ready(2), at, 1_000)).toEqual({ attempt: 3, leaseUntil: new Date('2025-01-16T09:00:01.000Z') });
  });

  it('an activity whose last attempt was claimed and never recorded is exhausted, not claimed a 4th time', () => {
    expect(claim(ready(MAX_DISPATCH_ATTEMPTS), at, 60_000)).toEqual({ exhausted: true });
  });

  it('a lease holds until its end, exclusive', () => {
    expect(isLeased(ready(1, null), at)).toBe(false);
    expect(isLeased(ready(1, new Date(at.getTime() + 1)), at)).toBe(true);
    expect(isLeased(ready(1, at), at)).toBe(false);
  });

  it('settling the current claim: success dispatches; failures retry after 30 s, then 2 min, then fail; an unresolved one gives the attempt back', () => {
    expect(settle(ready(1), 1, 'sent', at)).toEqual({ kind: 'dispatched' });
    expect(settle(ready(1), 1, 'provider-failed', at)).toEqual({
      kind: 'retry',
      retryAt: new Date('2025-01-16T09:00:30.000Z'),
    });
    expect(settle(ready(2), 2, 'provider-failed', at)).toEqual({
      kind: 'retry',
      retryAt: new Date('2025-01-16T09:02:00.000Z'),
    });
    expect(settle(ready(3), 3, 'provider-failed', at)).toEqual({ kind: 'failed' });
    // A resolution failure called no provider: the attempt is given back, even the last one.
    expect(settle(ready(3), 3, 'unresolved', at)).toEqual({ kind: 'unresolved', attempts: 2 });
  });

  it('a claim that is no longer current is stale: canceled or completed meanwhile, or taken over', () => {
    for (const status of ['CANCELED', 'COMPLETED', 'DISPATCHED', 'FAILED', 'UNRESOLVED'] as const) {
      expect(settle({ status, attempts: 1, leaseUntil: null }, 1, 'sent', at)).toEqual({ kind: 'stale' });
    }
    // Another worker took over after the lease expired and counted attempt 2.
    expect(settle(ready(2), 1, 'sent', at)).toEqual({ kind: 'stale' });
  });
});
