import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { openSecrets, sealSecrets } from '../src/crypto/envelope.ts';
import { afterFailure, hasAttemptsLeft, MAX_DISPATCH_ATTEMPTS, retryDelayMs } from '../src/modules/dispatch/claims.ts';
import { credentialErrors, credentialsBinding, scrubCredentials } from '../src/modules/dispatch/credentials.ts';
import { PROVIDER_CATALOG } from '../src/modules/dispatch/provider-catalog.ts';
import { PROVIDER_ADAPTERS, providerActivityIdOf } from '../src/modules/dispatch/providers.ts';

describe('dispatch policy', () => {
  it('three attempts: 30 s after the first failure, 2 min after the second, none after the third', () => {
    expect(MAX_DISPATCH_ATTEMPTS).toBe(3);
    expect([1, 2, 3].map(retryDelayMs)).toEqual([30_000, 120_000, null]);
    const at = new Date('2025-01-16T09:00:00.000Z');
    expect(afterFailure(1, at)).toEqual({ retryAt: new Date('2025-01-16T09:00:30.000Z') });
    expect(afterFailure(2, at)).toEqual({ retryAt: new Date('2025-01-16T09:02:00.000Z') });
    expect(afterFailure(3, at)).toEqual({ exhausted: true });
  });

  it('an activity whose third attempt was claimed has no attempt left', () => {
    expect([0, 1, 2, 3, 4].map(hasAttemptsLeft)).toEqual([true, true, true, false, false]);
  });
});

describe('credentials at rest', () => {
  const key = randomBytes(32);

  it('round-trips through AES-256-GCM with a fresh nonce each time', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (credentials) => {
        const a = sealSecrets(key, credentials, 'row-1');
        const b = sealSecrets(key, credentials, 'row-1');
        expect(a).not.toBe(b);
        expect(openSecrets(key, a, 'row-1')).toEqual(credentials);
      }),
      { numRuns: 50 },
    );
  });

  it('never holds the plaintext, and refuses another row, another key or a tampered envelope', () => {
    const envelope = sealSecrets(key, { apiKey: 'sk-live-123456' }, credentialsBinding('t1', 'c1'));
    expect(envelope).not.toContain('sk-live');
    expect(envelope.startsWith('v1.')).toBe(true);
    expect(() => openSecrets(key, envelope, credentialsBinding('t2', 'c1'))).toThrow();
    expect(() => openSecrets(randomBytes(32), envelope, credentialsBinding('t1', 'c1'))).toThrow();
    const parts = envelope.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    parts[3] = flipped.toString('base64url');
    expect(() => openSecrets(key, parts.join('.'), credentialsBinding('t1', 'c1'))).toThrow();
  });

  it('checks required and unknown keys against the credential schema, without echoing values', () => {
    const schema = PROVIDER_CATALOG.find((p) => p.code === 'WEBHOOK')!.credentialSchema;
    expect(credentialErrors(schema, { apiKey: 'sk-1' })).toEqual([]);
    expect(credentialErrors(schema, {})).toEqual([
      { path: 'body.credentials.apiKey', message: 'Required by this provider (API key)' },
    ]);
    expect(credentialErrors(schema, { apiKey: '  ' })).toHaveLength(1);
    const unknown = credentialErrors(schema, { apiKey: 'sk-1', token: 'super-secret' });
    expect(unknown).toEqual([{ path: 'body.credentials.token', message: expect.stringContaining('apiKey') }]);
    expect(JSON.stringify(unknown)).not.toContain('super-secret');
  });

  it('scrubs credential values out of provider messages', () => {
    expect(scrubCredentials('bad key sk-abc123 (sk-abc123)', { apiKey: 'sk-abc123' })).toBe(
      'bad key [REDACTED] ([REDACTED])',
    );
  });
});

describe('configuration', () => {
  const base = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://h/db' } as const;

  it('production refuses to start without CREDENTIALS_KEY, and rejects a key that is not 32 bytes', () => {
    expect(() => loadConfig(base)).toThrow(/CREDENTIALS_KEY/);
    expect(() => loadConfig({ ...base, CREDENTIALS_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/32 bytes/);
    const key = randomBytes(32);
    expect(loadConfig({ ...base, CREDENTIALS_KEY: key.toString('base64') }).credentialsKey).toEqual(key);
  });

  it('dispatches every 30 s in production and every 5 s elsewhere by default; a lease must outlive two timeouts', () => {
    const key = randomBytes(32).toString('base64');
    expect(loadConfig({ ...base, CREDENTIALS_KEY: key }).dispatch).toEqual({
      inProcess: true,
      intervalMs: 30_000,
      batchSize: 100,
      concurrency: 10,
      timeoutMs: 10_000,
      leaseMs: 60_000,
    });
    expect(loadConfig({}).dispatch.intervalMs).toBe(5_000);
    expect(() => loadConfig({ DISPATCH_TIMEOUT_MS: '40000' })).toThrow(/DISPATCH_LEASE_MS/);
  });
});

describe('providers', () => {
  it('every catalog provider has an adapter', () => {
    for (const provider of PROVIDER_CATALOG) expect(PROVIDER_ADAPTERS[provider.code]).toBeTypeOf('function');
  });

  it("takes the provider's id from `providerActivityId` or `id` of a JSON object reply", () => {
    expect(providerActivityIdOf('{"providerActivityId":"p-1","id":"x"}')).toBe('p-1');
    expect(providerActivityIdOf('{"id":42}')).toBe('42');
    expect(providerActivityIdOf('{"id":""}')).toBeNull();
    expect(providerActivityIdOf(`{"id":"${'x'.repeat(201)}"}`)).toBeNull();
    expect(providerActivityIdOf('[1]')).toBeNull();
    expect(providerActivityIdOf('accepted')).toBeNull();
    expect(providerActivityIdOf('')).toBeNull();
  });
});
