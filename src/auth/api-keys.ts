import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Sql } from '../db/sql.ts';
import { ApiError } from '../http/problem.ts';
import { keyByHash, markKeyUsed, type StoredKey } from './api-keys.queries.ts';
import type { Principal } from './tokens.ts';

/** What every key starts with, so a leaked one is recognisable (secret scanners, logs). */
export const API_KEY_PREFIX = 'rtn_sk_';
/** 32 random bytes, base64url: 256 bits from the CSPRNG. */
const API_KEY = /^rtn_sk_[A-Za-z0-9_-]{43}$/;
/** How much of a key is kept in clear to recognise it by: the prefix and five characters. */
const DISPLAY_LENGTH = API_KEY_PREFIX.length + 5;

/**
 * How long a verified key is trusted before it is looked up again: revoking or expiring a key takes effect on
 * every instance within this time (at once on the instance that revoked it).
 */
export const API_KEY_RECHECK_MS = 5_000;
/** `lastUsedAt` is written at most this often per key (per instance), not on every request. */
export const API_KEY_TOUCH_MS = 60_000;

export interface NewApiKey {
  plaintext: string;
  prefix: string;
  hash: Buffer;
}

export function newApiKey(): NewApiKey {
  const plaintext = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return { plaintext, prefix: plaintext.slice(0, DISPLAY_LENGTH), hash: hashOf(plaintext) };
}

/** Only this is stored: a key is 256 random bits, so a fast hash is enough (no password stretching needed). */
function hashOf(plaintext: string): Buffer {
  return createHash('sha256').update(plaintext).digest();
}

export interface ApiKeyVerifier {
  /** The principal of a valid key; 401 for a malformed, unknown, revoked or expired one. */
  verify(plaintext: string): Promise<Principal>;
  /** Stops trusting a key on this instance at once (after revoking it). */
  forget(keyId: string): void;
}

/**
 * Verifies `x-api-key` values: looked up by hash through the one function that reads keys across tenants
 * (`reten_api_key`), remembered for API_KEY_RECHECK_MS, and marked used about once a minute.
 */
export function createApiKeyVerifier(sql: Sql, logger: Logger, now: () => number): ApiKeyVerifier {
  const trusted = new Map<string, { key: StoredKey; until: number }>();
  const touched = new Map<string, number>();

  const touch = (key: StoredKey, at: number) => {
    if (at - (touched.get(key.id) ?? 0) < API_KEY_TOUCH_MS) return;
    touched.set(key.id, at);
    markKeyUsed(sql, key).catch((err: unknown) =>
      logger.warn({ err, apiKeyId: key.id }, 'could not record the use of an API key'),
    );
  };

  return {
    async verify(plaintext) {
      if (!API_KEY.test(plaintext)) throw new ApiError('UNAUTHENTICATED', 'The API key is malformed');
      const digest = hashOf(plaintext);
      const hash = digest.toString('hex');
      const at = now();
      const entry = trusted.get(hash);
      let key = entry && entry.until > at ? entry.key : undefined;
      if (!key) {
        key = await keyByHash(sql, digest);
        if (!key) throw new ApiError('UNAUTHENTICATED', 'The API key is not known');
        trusted.delete(hash);
        trusted.set(hash, { key, until: at + API_KEY_RECHECK_MS });
        if (trusted.size > 10_000) trusted.delete(trusted.keys().next().value!);
      }
      if (key.revoked_at) throw new ApiError('UNAUTHENTICATED', 'The API key has been revoked');
      if (key.expires_at && new Date(key.expires_at).getTime() <= at) {
        throw new ApiError('UNAUTHENTICATED', 'The API key has expired');
      }
      touch(key, at);
      return {
        subject: `api-key:${key.id}`,
        roles: [],
        tenantIds: [key.tenant_id],
        permissions: key.permissions,
        apiKey: {
          id: key.id,
          prefix: key.key_prefix,
          expiresAt: key.expires_at ? new Date(key.expires_at) : null,
          createdBy: key.created_by,
        },
      };
    },
    forget(keyId) {
      for (const [hash, entry] of trusted) if (entry.key.id === keyId) trusted.delete(hash);
    },
  };
}
