import { describe, expect, it } from 'vitest';
import { contactTypeFor, orderCriteria } from './resolution.ts';

describe('resolution rules', () => {
  it('knows which contact each channel needs', () => {
    expect(contactTypeFor('WHATSAPP')).toBe('WHATSAPP');
    expect(contactTypeFor('SMS')).toBe('PHONE');
    expect(contactTypeFor('EMAIL')).toBe('EMAIL');
    expect(contactTypeFor('PUSH')).toBe('OTHER');
    expect(contactTypeFor('SALESMAN')).toBeNull();
    expect(contactTypeFor('CALLCENTER')).toBeNull();
  });

  it('tries criteria by priority, keeping the given order on ties', () => {
    const ordered = orderCriteria([
      { type: 'LAST_CONTACTED_SAME_CHANNEL', priority: 1 },
      { type: 'ROLE_MATCH', config: { role: 'OWNER' } },
      { type: 'ROLE_MATCH', config: { role: 'ADMIN' }, priority: 0 },
      { type: 'LAST_CONTACTED_ALL_CHANNELS', priority: -1 },
    ]);
    expect(ordered.map((c) => c.config?.role ?? c.type)).toEqual([
      'LAST_CONTACTED_ALL_CHANNELS',
      'OWNER',
      'ADMIN',
      'LAST_CONTACTED_SAME_CHANNEL',
    ]);
  });
});
