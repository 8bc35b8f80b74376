import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.ts';

/**
 * A secret kept in the data folder: read when the file exists, made by `make` and written (0600) when it
 * does not. Any other read failure is thrown, never answered with a new secret that would orphan data.
 */
export async function keptSecret(dataDir: string, name: string, make: () => string): Promise<string> {
  const file = join(dataDir, name);
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const secret = make();
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Dev mode's signing secret, generated once and kept in the data folder (never in production). */
export function devSecret(dataDir: string): Promise<string> {
  return keptSecret(dataDir, 'jwt-secret', () => randomBytes(48).toString('base64url'));
}

/**
 * The configured credentials key, or in dev mode one generated once and kept in the data folder (as the
 * JWT dev secret is). Production never gets here without CREDENTIALS_KEY: loadConfig refuses to start.
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
