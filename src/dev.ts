import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EXAMPLE_IDS } from './http/examples.ts';

/** The demo tenant dev mode seeds; fixed, so a printed token keeps working across restarts. */
export const DEMO_TENANT_ID = '0195b4a0-0000-7000-8000-000000000001';

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
 * Seeds the demo tenant with the commerce, route and operator the Reten docs' examples name (same ids),
 * so those examples run as printed against a dev server. Safe to run on every start.
 */
export async function seedDemo(em: EntityManager): Promise<void> {
  const tenant = DEMO_TENANT_ID;
  const statements: [string, unknown[]][] = [
    [
      `insert into tenant (id, name, slug, created_at, updated_at) values (?, 'Demo tenant', 'demo', now(), now())`,
      [tenant],
    ],
    [
      `insert into commerce (id, tenant_id, external_id, name, tax_id, is_active, is_placeholder, metadata, created_at, updated_at)
       values (?, ?, 'store-001', 'Main Street Store', '12345678-9', true, false, ?, now(), now())`,
      [EXAMPLE_IDS.commerce, tenant, JSON.stringify({ promotions: [{ sku: 'SODA-6', discount: 0.1 }] })],
    ],
    [
      `insert into commerce_address (id, tenant_id, commerce_id, street, city, is_primary, source, is_active, created_at, updated_at)
       values ('0195b4a0-0000-7000-8000-000000000101', ?, ?, '123 Main St', 'Santiago', true, 'RETEN', true, now(), now())`,
      [tenant, EXAMPLE_IDS.commerce],
    ],
    [
      `insert into commerce_user (id, tenant_id, commerce_id, external_id, first_name, last_name, roles, source, is_active, created_at, updated_at)
       values (?, ?, ?, 'owner-1', 'María', 'González', '{OWNER,COMMERCE_REP}', 'RETEN', true, now(), now())`,
      [EXAMPLE_IDS.commerceUser, tenant, EXAMPLE_IDS.commerce],
    ],
    [
      `insert into commerce_contact (id, tenant_id, commerce_user_id, type, value, is_primary, source, is_active, created_at, updated_at)
       values ('0195b4a0-0000-7000-8000-000000000102', ?, ?, 'WHATSAPP', '+56912345678', true, 'RETEN', true, now(), now())`,
      [tenant, EXAMPLE_IDS.commerceUser],
    ],
    [
      `insert into route (id, tenant_id, name, external_id, is_active, metadata, created_at, updated_at)
       values (?, ?, 'North route', 'route-north', true, '{}', now(), now())`,
      [EXAMPLE_IDS.route, tenant],
    ],
    [
      `insert into operator (id, tenant_id, type, external_id, name, email, is_active, is_placeholder, metadata, created_at, updated_at)
       values (?, ?, 'SALESMAN', 'op-77', 'Ana Pérez', 'ana.perez@example.com', true, false, '{}', now(), now())`,
      [EXAMPLE_IDS.operator, tenant],
    ],
    [
      `insert into route_operator (id, tenant_id, route_id, operator_id, role, is_active, created_at, updated_at)
       values ('0195b4a0-0000-7000-8000-000000000103', ?, ?, ?, 'LEAD', true, now(), now())`,
      [tenant, EXAMPLE_IDS.route, EXAMPLE_IDS.operator],
    ],
  ];
  await em.transactional(async (tx) => {
    for (const [sql, params] of statements) await tx.execute(`${sql} on conflict do nothing`, params);
  });
}
