import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { keptSecret } from '../../dev.ts';
import type { FieldError } from '../../http/problem.ts';
import type { CredentialField } from './provider-catalog.ts';

export type Credentials = Record<string, string>;

const VERSION = 'v1';

/**
 * AES-256-GCM with a random 96-bit nonce per write. The associated data binds the envelope to its row
 * (tenant and config id), so a ciphertext copied into another tenant's config does not decrypt.
 * Stored as `v1.<iv>.<tag>.<ciphertext>` (base64url): the version leaves room for key rotation.
 */
export function encryptCredentials(key: Buffer, credentials: Credentials, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
  return [VERSION, ...parts].join('.');
}

export function decryptCredentials(key: Buffer, envelope: string, boundTo: string): Credentials {
  const [version, iv, tag, ciphertext] = envelope.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error('Unknown credentials format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(boundTo, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as Credentials;
}

/** The associated data of a config's envelope. */
export function credentialsBinding(tenantId: string, configId: string): string {
  return `dispatch_config:${tenantId}:${configId}`;
}

/**
 * Checks credentials against a channel definition: every required key present and non-empty, no key
 * the definition does not declare. Values are strings by the body schema. Messages never echo values.
 */
export function credentialErrors(schema: readonly CredentialField[], credentials: Credentials): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of schema) {
    const value = credentials[field.key];
    if (field.required && (value === undefined || value.trim() === '')) {
      errors.push({ path: `body.credentials.${field.key}`, message: `Required by this provider (${field.label})` });
    }
  }
  for (const key of Object.keys(credentials)) {
    if (!schema.some((f) => f.key === key)) {
      const known = schema.map((f) => f.key).join(', ') || 'none';
      errors.push({
        path: `body.credentials.${key}`,
        message: `Not a credential of this provider (expected: ${known})`,
      });
    }
  }
  return errors;
}

/**
 * Replaces every credential value found in `text` (e.g. a provider's error body that echoes a header)
 * so it can be stored in a status event or logged.
 */
export function scrubCredentials(text: string, credentials: Credentials): string {
  let out = text;
  for (const value of Object.values(credentials)) {
    if (value.length >= 4) out = out.split(value).join('[REDACTED]');
  }
  return out;
}

/**
 * The configured key, or in dev mode one generated once and kept in the data folder (as the JWT dev
 * secret is). Production never gets here without CREDENTIALS_KEY: loadConfig refuses to start.
 */
export async function resolveCredentialsKey(config: Config): Promise<Buffer> {
  if (config.credentialsKey) return config.credentialsKey;
  const stored = await keptSecret(config.dataDir, 'credentials-key', () => randomBytes(32).toString('base64'));
  const key = Buffer.from(stored, 'base64');
  // Never replace a damaged key silently: the configs encrypted with it would be lost.
  if (key.length !== 32) {
    throw new Error(`${join(config.dataDir, 'credentials-key')} does not hold a base64 32-byte key`);
  }
  return key;
}
