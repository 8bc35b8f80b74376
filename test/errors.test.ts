// Errors are declared once: the constraint table in http/errors.ts, checked against the real schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSTRAINT_PROBLEMS } from '../src/http/errors.ts';
import { setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

/**
 * Unique keys a client cannot violate through the API, because the write that could is decided by the key
 * itself (`on conflict`, an upsert) or serialized before it (a row or advisory lock). A new unique key must
 * be added here or to CONSTRAINT_PROBLEMS, so its violation never becomes a generic answer by accident.
 */
const DECIDED_BY_THE_WRITE = [
  'activity_attribute_tenant_activity_key_unique',
  'activity_count_pkey',
  'activity_result_tenant_activity_unique',
  'activity_result_tenant_standalone_provider_unique',
  'activity_tenant_idempotency_key_unique',
  // 256 random bits per key: a collision is not a client's doing.
  'api_key_key_hash_unique',
  'attribute_key_key_unique',
  'attribute_policy_tenant_key_unique',
  'client_hook_tenant_unique',
  'commerce_tenant_external_id_unique',
  'commerce_user_tenant_commerce_external_id_unique',
  'dispatch_channel_definition_provider_channel_unique',
  'dispatch_provider_code_unique',
  'route_operator_tenant_route_operator_unique',
  // The rate limiter's upsert (rate-limiter-flexible) decides by it.
  'rate_limit_pkey',
];

describe('the constraint table (CONSTRAINT_PROBLEMS)', () => {
  it('names only unique keys that exist, and with the rest covers every one of the schema', async () => {
    const rows = await ctx.source.sql.rows<{ name: string }>(
      `select indexname as name from pg_indexes
       where schemaname = 'public' and indexdef like 'CREATE UNIQUE INDEX%'
         and (indexname not like '%_pkey' or indexname in ('activity_count_pkey', 'rate_limit_pkey'))`,
      [],
    );
    const unique = rows.map((r) => r.name).sort();
    expect(Object.keys(CONSTRAINT_PROBLEMS).filter((name) => !unique.includes(name))).toEqual([]);
    expect(unique).toEqual([...Object.keys(CONSTRAINT_PROBLEMS), ...DECIDED_BY_THE_WRITE].sort());
  });
});
