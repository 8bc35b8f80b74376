import { describe, expect, it } from 'vitest';
import { activityChangeFor, isNewer } from './result-sync.ts';

describe('result status sync', () => {
  it('maps each result status to its activity change', () => {
    expect(activityChangeFor('PENDING')).toBeNull();
    expect(activityChangeFor('COMPLETED')).toEqual({ to: 'COMPLETED', eventType: 'COMPLETED' });
    expect(activityChangeFor('TRANSFERRED')).toEqual({ to: 'COMPLETED', eventType: 'COMPLETED' });
    expect(activityChangeFor('NOT_EXECUTED')).toEqual({ to: 'FAILED', eventType: 'FAILED' });
    expect(activityChangeFor('CANCELED')).toEqual({ to: 'CANCELED', eventType: 'CANCELED' });
  });

  it('accepts only strictly later results', () => {
    const t = new Date('2025-01-16T14:30:00.000Z');
    expect(isNewer(new Date('2025-01-16T14:30:00.001Z'), t)).toBe(true);
    expect(isNewer(new Date(t), t)).toBe(false);
    expect(isNewer(new Date('2025-01-16T14:29:59.999Z'), t)).toBe(false);
  });
});
