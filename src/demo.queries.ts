import type { Sql } from './db/sql.ts';
import { EXAMPLE_IDS } from './http/examples.ts';

/** The demo tenant dev mode seeds; fixed, so a printed token keeps working across restarts. */
export const DEMO_TENANT_ID = '0195b4a0-0000-7000-8000-000000000001';

/**
 * Seeds the demo tenant with the commerce, route and operator the Reten docs' examples name (same ids),
 * so those examples run as printed against a dev server. Safe to run on every start.
 */
export async function seedDemo(sql: Sql): Promise<void> {
  const tenant = DEMO_TENANT_ID;
  const statements: [string, unknown[]][] = [
    [
      `insert into tenant (id, name, slug, created_at, updated_at) values ($1, 'Demo tenant', 'demo', now(), now())`,
      [tenant],
    ],
    [
      `insert into commerce (id, tenant_id, external_id, name, tax_id, is_active, is_placeholder, metadata, created_at, updated_at)
       values ($1, $2, 'store-001', 'Main Street Store', '12345678-9', true, false, $3, now(), now())`,
      [EXAMPLE_IDS.commerce, tenant, JSON.stringify({ promotions: [{ sku: 'SODA-6', discount: 0.1 }] })],
    ],
    [
      `insert into commerce_address (id, tenant_id, commerce_id, street, city, is_primary, source, is_active, created_at, updated_at)
       values ('0195b4a0-0000-7000-8000-000000000101', $1, $2, '123 Main St', 'Santiago', true, 'RETEN', true, now(), now())`,
      [tenant, EXAMPLE_IDS.commerce],
    ],
    [
      `insert into commerce_user (id, tenant_id, commerce_id, external_id, first_name, last_name, roles, source, is_active, created_at, updated_at)
       values ($1, $2, $3, 'owner-1', 'María', 'González', '{OWNER,COMMERCE_REP}', 'RETEN', true, now(), now())`,
      [EXAMPLE_IDS.commerceUser, tenant, EXAMPLE_IDS.commerce],
    ],
    [
      `insert into commerce_contact (id, tenant_id, commerce_user_id, type, value, is_primary, source, is_active, created_at, updated_at)
       values ('0195b4a0-0000-7000-8000-000000000102', $1, $2, 'WHATSAPP', '+56912345678', true, 'RETEN', true, now(), now())`,
      [tenant, EXAMPLE_IDS.commerceUser],
    ],
    [
      `insert into route (id, tenant_id, name, external_id, is_active, metadata, created_at, updated_at)
       values ($1, $2, 'North route', 'route-north', true, '{}', now(), now())`,
      [EXAMPLE_IDS.route, tenant],
    ],
    [
      `insert into operator (id, tenant_id, type, external_id, name, email, is_active, is_placeholder, metadata, created_at, updated_at)
       values ($1, $2, 'SALESMAN', 'op-77', 'Ana Pérez', 'ana.perez@example.com', true, false, '{}', now(), now())`,
      [EXAMPLE_IDS.operator, tenant],
    ],
    [
      `insert into route_operator (id, tenant_id, route_id, operator_id, role, is_active, created_at, updated_at)
       values ('0195b4a0-0000-7000-8000-000000000103', $1, $2, $3, 'LEAD', true, now(), now())`,
      [tenant, EXAMPLE_IDS.route, EXAMPLE_IDS.operator],
    ],
  ];
  await sql.forTenant(tenant).transaction(async (tx) => {
    for (const [text, params] of statements) await tx.rows(`${text} on conflict do nothing`, params);
  });
}
