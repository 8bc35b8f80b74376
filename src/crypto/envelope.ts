import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Secrets kept at rest: a flat map of names to values (dispatch credentials, a client hook's secret). */
export type Secrets = Record<string, string>;

const VERSION = 'v1';

/**
 * AES-256-GCM with a random 96-bit nonce per write. The associated data binds the envelope to its row
 * (e.g. tenant and config id), so a ciphertext copied into another tenant's row does not decrypt.
 * Stored as `v1.<iv>.<tag>.<ciphertext>` (base64url): the version leaves room for key rotation.
 */
export function sealSecrets(key: Buffer, secrets: Secrets, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
  return [VERSION, ...parts].join('.');
}

export function openSecrets(key: Buffer, envelope: string, boundTo: string): Secrets {
  const [version, iv, tag, ciphertext] = envelope.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error('Unknown envelope format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(boundTo, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as Secrets;
}
