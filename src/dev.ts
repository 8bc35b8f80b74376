import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';

/** The demo tenant dev mode seeds; fixed, so a printed token keeps working across restarts. */
export const DEMO_TENANT_ID = '0195b4a0-0000-7000-8000-000000000001';

/** Dev mode's signing secret, generated once and kept in the data folder (never in production). */
export async function devSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, 'jwt-secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(48).toString('base64url');
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}

/** Seeds the demo tenant; safe to run on every start. */
export async function seedDemo(em: EntityManager): Promise<void> {
  await em.getConnection().execute(
    `insert into tenant (id, name, slug, created_at, updated_at) values (?, 'Demo tenant', 'demo', now(), now())
     on conflict do nothing`,
    [DEMO_TENANT_ID],
  );
}
