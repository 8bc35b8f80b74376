import type { PlatformContext } from '../../context.ts';
import { CHANNELS } from '../../domain/activity-enums.ts';
import { DomainError } from '../../domain/errors.ts';
import { DispatchChannelDefinitionEntity, DispatchProviderEntity } from './dispatch.entity.ts';
import type { ChannelDefinition, DispatchProvider } from './dispatch.schemas.ts';

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
export async function listProviders(ctx: PlatformContext): Promise<DispatchProvider[]> {
  const { em } = ctx;
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

export async function listChannelDefinitions(ctx: PlatformContext, providerId: string): Promise<ChannelDefinition[]> {
  const { em } = ctx;
  const provider = await em.findOne(DispatchProviderEntity, { id: providerId });
  if (!provider) throw new DomainError('DISPATCH_PROVIDER_NOT_FOUND', `No dispatch provider ${providerId}`);
  const definitions = await em.find(DispatchChannelDefinitionEntity, { dispatchProvider: providerId });
  return definitions.sort(byChannel).map(toChannelDefinition);
}
