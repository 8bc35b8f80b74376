import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberVerifiedTokens } from './authorize.ts';
import type { Principal } from './tokens.ts';

function tokenExpiringAt(seconds: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part({ sub: 's', exp: seconds })}.signature`;
}

describe('remembered tokens', () => {
  afterEach(() => vi.useRealTimers());
  const principal: Principal = { subject: 's', roles: ['ADMIN'], tenantIds: [] };

  it('verifies a token once, then serves it until it expires, and never remembers failures', async () => {
    vi.useFakeTimers({ now: 1_000_000_000_000 });
    const verify = vi.fn(async (token: string) => {
      if (token === 'bad') throw new Error('refused');
      return principal;
    });
    const remembered = rememberVerifiedTokens(verify);
    const token = tokenExpiringAt(1_000_000_000 + 60);
    await remembered(token);
    await remembered(token);
    expect(verify).toHaveBeenCalledTimes(1);

    vi.setSystemTime(1_000_000_000_000 + 61_000);
    await remembered(token);
    expect(verify).toHaveBeenCalledTimes(2);

    await expect(remembered('bad')).rejects.toThrow('refused');
    await expect(remembered('bad')).rejects.toThrow('refused');
    expect(verify).toHaveBeenCalledTimes(4);
  });

  it('keeps at most `max` tokens, dropping the oldest', async () => {
    const verify = vi.fn(async () => principal);
    const remembered = rememberVerifiedTokens(verify, 2);
    const [a, b, c] = [1, 2, 3].map((n) => tokenExpiringAt(Math.floor(Date.now() / 1000) + 3600 + n));
    for (const token of [a, b, c, a]) await remembered(token!);
    expect(verify).toHaveBeenCalledTimes(4);
  });
});
