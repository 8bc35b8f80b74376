/**
 * The activity configuration that the hot paths read as plain rows (administration goes through the
 * unit of work, activity-config.service.ts), and the catalog's bootstrap upsert.
 */
import { type Rows, type TenantRows, valueTuples } from '../../db/sql.ts';
import { ATTRIBUTE_CATALOG } from '../../domain/attribute-catalog.ts';
import type { AttributeStrategy, Criterion, PolicyResolverType, TargetStrategy } from '../../domain/resolution.ts';

export interface AttributePolicyRow {
  key: string;
  strategy: AttributeStrategy;
  resolver_type: PolicyResolverType;
}

/** The tenant's policies for these attribute keys. */
export async function attributePolicies(q: TenantRows, keys: string[]): Promise<AttributePolicyRow[]> {
  if (keys.length === 0) return [];
  return q.sql.rows<AttributePolicyRow>(
    `select k.key, p.strategy, p.resolver_type from attribute_policy p join attribute_key k on k.id = p.attribute_key_id
     where p.tenant_id = $1 and k.key = any($2)`,
    [q.tenantId, keys],
  );
}

export interface TargetConfigRow {
  resolution_strategy: TargetStrategy;
  criteria: Criterion[];
  fallback_to_commerce_rep: boolean;
  fallback_to_owner: boolean;
}

/** The tenant's active target-resolution config with the lowest priority, if any. */
export async function activeTargetConfig(q: TenantRows): Promise<TargetConfigRow | undefined> {
  const [config] = await q.sql.rows<TargetConfigRow>(
    `select resolution_strategy, criteria, fallback_to_commerce_rep, fallback_to_owner from target_resolution_config
     where tenant_id = $1 and is_active order by priority limit 1`,
    [q.tenantId],
  );
  return config;
}

/**
 * Writes the attribute-key catalog: one statement, an upsert by key, so concurrent starts cannot duplicate
 * rows; `updated_at` moves only when a label or description changed.
 */
export async function bootstrapAttributeKeys(sql: Rows): Promise<void> {
  const { text, values } = valueTuples(
    ATTRIBUTE_CATALOG.map((k) => [k.id, k.key, k.label, k.description]),
    (placeholders) => `(${placeholders.join(', ')}, now(), now())`,
  );
  await sql.rows(
    `insert into attribute_key (id, key, label, description, created_at, updated_at) values ${text}
     on conflict (key) do update set label = excluded.label, description = excluded.description,
       updated_at = case when (attribute_key.label, attribute_key.description) is distinct from
         (excluded.label, excluded.description) then now() else attribute_key.updated_at end`,
    values,
  );
}
