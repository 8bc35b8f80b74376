import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../db/ids.ts';
import { CHANNELS } from '../../domain/activity-enums.ts';
import { ApiError } from '../../http/problem.ts';
import { DispatchChannelDefinitionEntity, DispatchProviderEntity } from './dispatch.entity.ts';
import type { ChannelDefinition, DispatchProvider } from './dispatch.schemas.ts';
import { PROVIDER_CATALOG } from './provider-catalog.ts';

const changed = (table: string, columns: string[]) =>
  `updated_at = case when (${columns.map((c) => `${table}.${c}`).join(', ')}) is distinct from
     (${columns.map((c) => `excluded.${c}`).join(', ')}) then now() else ${table}.updated_at end`;

/**
 * Writes the provider catalog: one upsert by code for the providers (with the catalog's fixed id on
 * first insert), one by (provider, channel) for their channel definitions, so concurrent or repeated
 * starts never duplicate rows and edits in code reach existing databases. `is_active` is left as the
 * database has it.
 */
export async function bootstrapDispatchProviders(em: EntityManager): Promise<void> {
  const connection = em.getConnection();
  const providers = await connection.execute<{ id: string; code: string }[]>(
    `insert into dispatch_provider (id, code, name, protocol_type, is_active, created_at, updated_at)
     values ${PROVIDER_CATALOG.map(() => '(?, ?, ?, ?, true, now(), now())').join(', ')}
     on conflict (code) do update set name = excluded.name, protocol_type = excluded.protocol_type,
       ${changed('dispatch_provider', ['name', 'protocol_type'])}
     returning id, code`,
    PROVIDER_CATALOG.flatMap((p) => [p.id, p.code, p.name, p.protocolType]),
  );
  const definitions = PROVIDER_CATALOG.flatMap((provider) => {
    const providerId = providers.find((row) => row.code === provider.code)?.id;
    return provider.channels.map((channel) => [
      uuidv7(),
      providerId,
      channel,
      JSON.stringify(provider.credentialSchema),
      JSON.stringify(provider.settingsSchema),
    ]);
  });
  await connection.execute(
    `insert into dispatch_channel_definition
       (id, dispatch_provider_id, channel, credential_schema, settings_schema, created_at, updated_at)
     values ${definitions.map(() => '(?, ?, ?, ?::jsonb, ?::jsonb, now(), now())').join(', ')}
     on conflict (dispatch_provider_id, channel) do update set credential_schema = excluded.credential_schema,
       settings_schema = excluded.settings_schema,
       ${changed('dispatch_channel_definition', ['credential_schema', 'settings_schema'])}`,
    definitions.flat(),
  );
}

const byChannel = (a: { channel: string }, b: { channel: string }) =>
  CHANNELS.indexOf(a.channel as never) - CHANNELS.indexOf(b.channel as never);

function toChannelDefinition(d: DispatchChannelDefinitionEntity): ChannelDefinition {
  return {
    id: d.id,
    dispatchProviderId: d.dispatchProvider.id,
    channel: d.channel,
    credentialSchema: d.credentialSchema,
    settingsSchema: d.settingsSchema,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

/** The catalog with each provider's channel definitions, by code then channel. */
export async function listProviders(em: EntityManager): Promise<DispatchProvider[]> {
  const [providers, definitions] = await Promise.all([
    em.find(DispatchProviderEntity, {}, { orderBy: { code: 'asc' } }),
    em.find(DispatchChannelDefinitionEntity, {}),
  ]);
  return providers.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    protocolType: p.protocolType,
    isActive: p.isActive,
    channelDefinitions: definitions
      .filter((d) => d.dispatchProvider.id === p.id)
      .sort(byChannel)
      .map((d) => ({ channel: d.channel, credentialSchema: d.credentialSchema, settingsSchema: d.settingsSchema })),
  }));
}

export async function listChannelDefinitions(em: EntityManager, providerId: string): Promise<ChannelDefinition[]> {
  const provider = await em.findOne(DispatchProviderEntity, { id: providerId });
  if (!provider) throw new ApiError('DISPATCH_PROVIDER_NOT_FOUND', `No dispatch provider ${providerId}`);
  const definitions = await em.find(DispatchChannelDefinitionEntity, { dispatchProvider: providerId });
  return definitions.sort(byChannel).map(toChannelDefinition);
}
