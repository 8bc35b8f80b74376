/**
 * The dispatcher's plain-SQL read (every active config across tenants) and the provider catalog's bootstrap
 * upserts.
 */
import { uuidv7 } from '../../db/ids.ts';
import { type Rows, valueTuples } from '../../db/sql.ts';
import type { Channel } from '../../domain/activity-enums.ts';
import { type CredentialField, PROVIDER_CATALOG } from './provider-catalog.ts';

/** An active tenant config as the dispatcher reads it; credentials are still sealed. */
export interface ActiveConfig {
  id: string;
  tenantId: string;
  channel: Channel;
  providerCode: string;
  baseUrl: string | null;
  credentials: string | null;
  settings: Record<string, unknown>;
  credentialSchema: CredentialField[];
}

/**
 * Active configs whose provider and channel definition exist, by tenant and channel: of the given tenants, or
 * of every tenant. The one read across tenants of the server, through a SECURITY DEFINER function
 * (Migration20261130000000_row_level_security) rather than a bypass of the tenant policies.
 */
export async function activeConfigs(
  sql: Rows,
  filter: { tenantIds?: readonly string[] } = {},
): Promise<ActiveConfig[]> {
  if (filter.tenantIds?.length === 0) return [];
  const rows = await sql.rows<{
    id: string;
    tenant_id: string;
    channel: Channel;
    provider_code: string;
    base_url: string | null;
    credentials: string | null;
    settings: Record<string, unknown>;
    credential_schema: CredentialField[];
  }>(
    `select id, tenant_id, channel, provider_code, base_url, credentials, settings, credential_schema
     from reten_active_dispatch_configs($1)`,
    [filter.tenantIds ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    channel: r.channel,
    providerCode: r.provider_code,
    baseUrl: r.base_url,
    credentials: r.credentials,
    settings: r.settings,
    credentialSchema: r.credential_schema,
  }));
}

const changed = (table: string, columns: string[]) =>
  `updated_at = case when (${columns.map((c) => `${table}.${c}`).join(', ')}) is distinct from
     (${columns.map((c) => `excluded.${c}`).join(', ')}) then now() else ${table}.updated_at end`;

/**
 * Writes the provider catalog: one upsert by code for the providers (with the catalog's fixed id on
 * first insert), one by (provider, channel) for their channel definitions, so concurrent or repeated
 * starts never duplicate rows and edits in code reach existing databases. `is_active` is left as the
 * database has it.
 */
export async function bootstrapDispatchProviders(sql: Rows): Promise<void> {
  const providerRows = valueTuples(
    PROVIDER_CATALOG.map((p) => [p.id, p.code, p.name, p.protocolType]),
    ([id, code, name, protocol]) => `(${id}, ${code}, ${name}, ${protocol}, true, now(), now())`,
  );
  const providers = await sql.rows<{ id: string; code: string }>(
    `insert into dispatch_provider (id, code, name, protocol_type, is_active, created_at, updated_at)
     values ${providerRows.text}
     on conflict (code) do update set name = excluded.name, protocol_type = excluded.protocol_type,
       ${changed('dispatch_provider', ['name', 'protocol_type'])}
     returning id, code`,
    providerRows.values,
  );
  const definitionRows = valueTuples(
    PROVIDER_CATALOG.flatMap((provider) =>
      provider.channels.map((channel) => [
        uuidv7(),
        providers.find((row) => row.code === provider.code)?.id,
        channel,
        JSON.stringify(provider.credentialSchema),
        JSON.stringify(provider.settingsSchema),
      ]),
    ),
    ([id, provider, channel, credentials, settings]) =>
      `(${id}, ${provider}, ${channel}, ${credentials}::jsonb, ${settings}::jsonb, now(), now())`,
  );
  await sql.rows(
    `insert into dispatch_channel_definition
       (id, dispatch_provider_id, channel, credential_schema, settings_schema, created_at, updated_at)
     values ${definitionRows.text}
     on conflict (dispatch_provider_id, channel) do update set credential_schema = excluded.credential_schema,
       settings_schema = excluded.settings_schema,
       ${changed('dispatch_channel_definition', ['credential_schema', 'settings_schema'])}`,
    definitionRows.values,
  );
}

/**
 * How many seconds the oldest activity of a config that is due and not claimed has waited past its due time
 * (0 when none waits): the conditions of the dispatcher's claim, on the same index.
 */
export async function dueLagSeconds(sql: Rows, config: Pick<ActiveConfig, 'tenantId' | 'channel'>, now: Date) {
  const [row] = await sql.rows<{ lag: number }>(
    `select coalesce(extract(epoch from $3::timestamptz - min(greatest(scheduled_at, next_dispatch_at))), 0)::float8 as lag
     from activity
     where tenant_id = $1 and channel = $2 and status = 'READY' and scheduled_at <= $3
       and (next_dispatch_at is null or next_dispatch_at <= $3)
       and (dispatch_lease_until is null or dispatch_lease_until <= $3)`,
    [config.tenantId, config.channel, now],
  );
  return row?.lag ?? 0;
}
