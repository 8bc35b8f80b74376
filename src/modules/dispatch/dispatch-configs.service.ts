import type { TenantContext } from '../../context.ts';
import { sealSecrets } from '../../crypto/envelope.ts';
import { uuidv7 } from '../../db/ids.ts';
import type { Channel } from '../../domain/activity-enums.ts';
import { DomainError, type FieldError, invalid, withFieldErrors } from '../../domain/errors.ts';
import { destinationRefusal } from '../../net/outbound.ts';
import { type Credentials, credentialErrors, credentialsBinding } from './credentials.ts';
import { DispatchChannelDefinitionEntity, DispatchConfigEntity, DispatchProviderEntity } from './dispatch.entity.ts';
import type { CreateDispatchConfigBody, DispatchConfig, UpdateDispatchConfigBody } from './dispatch.schemas.ts';

/** The one mapping to the wire shape: credentials are reduced to whether there are any. */
function toDispatchConfig(config: DispatchConfigEntity, provider: DispatchProviderEntity): DispatchConfig {
  return {
    id: config.id,
    dispatchProviderId: provider.id,
    channel: config.channel,
    baseUrl: config.baseUrl ?? null,
    settings: config.settings,
    isActive: config.isActive,
    hasCredentials: config.credentials !== null && config.credentials !== undefined,
    dispatchProvider: { code: provider.code, name: provider.name },
    createdAt: config.createdAt.toISOString(),
    updatedAt: config.updatedAt.toISOString(),
  };
}

export async function listConfigs(ctx: TenantContext): Promise<DispatchConfig[]> {
  const configs = await ctx.em.find(
    DispatchConfigEntity,
    {},
    { populate: ['dispatchProvider'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return configs.map((c) => toDispatchConfig(c, c.dispatchProvider));
}

async function findConfig(ctx: TenantContext, id: string) {
  const config = await ctx.em.findOne(DispatchConfigEntity, { id }, { populate: ['dispatchProvider'] });
  if (!config) throw new DomainError('DISPATCH_CONFIG_NOT_FOUND', `No dispatch config ${id} in this tenant`);
  return config;
}

/** Sealed credentials for the row, or null when there are none. */
function seal(ctx: TenantContext, configId: string, credentials: Credentials): string | null {
  if (Object.keys(credentials).length === 0) return null;
  // main.ts and worker.ts always resolve a key (configured, or generated in dev mode).
  if (!ctx.credentialsKey) throw new Error('No credentials key: set CREDENTIALS_KEY');
  return sealSecrets(ctx.credentialsKey, credentials, credentialsBinding(ctx.tenantId, configId));
}

/** What the provider's channel definition requires of a config (every problem at once). */
async function providerRequirements(
  ctx: TenantContext,
  provider: DispatchProviderEntity,
  channel: Channel,
  baseUrl: string | null,
  credentials: Credentials | undefined,
): Promise<FieldError[]> {
  const definition = await ctx.em.findOne(DispatchChannelDefinitionEntity, { dispatchProvider: provider.id, channel });
  const errors: FieldError[] = [];
  if (!definition) errors.push({ path: 'body.channel', message: `${provider.code} does not serve ${channel}` });
  if (provider.protocolType === 'REST' && !baseUrl) {
    errors.push({ path: 'body.base_url', message: `Required for ${provider.code} (a REST provider)` });
  }
  if (definition && credentials !== undefined)
    errors.push(...credentialErrors(definition.credentialSchema, credentials));
  return errors;
}

/** A `base_url` the server may not call (outbound safety), as a field error. */
async function destinationErrors(ctx: TenantContext, baseUrl: string | null): Promise<FieldError[]> {
  const refused = baseUrl ? await destinationRefusal(ctx.outbound.policy, baseUrl) : null;
  return refused ? [{ path: 'body.base_url', message: refused }] : [];
}

export async function createConfig(ctx: TenantContext, body: CreateDispatchConfigBody) {
  const provider = await ctx.em.findOne(DispatchProviderEntity, { id: body.dispatch_provider_id, isActive: true });
  if (!provider) {
    throw new DomainError('DISPATCH_PROVIDER_NOT_FOUND', `No active dispatch provider ${body.dispatch_provider_id}`);
  }
  const credentials = body.credentials ?? {};
  const errors = [
    ...(await providerRequirements(ctx, provider, body.channel, body.base_url ?? null, credentials)),
    ...(await destinationErrors(ctx, body.base_url ?? null)),
  ];
  if (errors.length > 0) throw invalid(errors);
  const id = uuidv7();
  const config = ctx.em.create(DispatchConfigEntity, {
    id,
    tenant: ctx.tenantId,
    dispatchProvider: provider,
    channel: body.channel,
    baseUrl: body.base_url ?? null,
    credentials: seal(ctx, id, credentials),
    settings: body.settings ?? {},
    isActive: body.is_active ?? true,
  });
  // The partial unique index (one active config per channel) decides between concurrent writers.
  await ctx.em.flush();
  return toDispatchConfig(config, provider);
}

export async function updateConfig(ctx: TenantContext, id: string, body: UpdateDispatchConfigBody) {
  const config = await findConfig(ctx, id);
  const provider = config.dispatchProvider;
  const baseUrl = body.base_url === undefined ? (config.baseUrl ?? null) : body.base_url;
  const refused = await destinationErrors(ctx, baseUrl);
  if (refused.length > 0) throw invalid(refused);
  // The stored provider decides what the config needs: a change that does not fit it conflicts with the config.
  const unfit = await providerRequirements(ctx, provider, config.channel, baseUrl, body.credentials);
  if (unfit.length > 0) throw withFieldErrors('PROVIDER_MISMATCH', `The change does not fit ${provider.code}`, unfit);
  config.baseUrl = baseUrl;
  if (body.credentials !== undefined) config.credentials = seal(ctx, config.id, body.credentials);
  if (body.settings !== undefined) config.settings = body.settings;
  if (body.is_active !== undefined) config.isActive = body.is_active;
  await ctx.em.flush();
  return toDispatchConfig(config, provider);
}

export async function deleteConfig(ctx: TenantContext, id: string): Promise<void> {
  const config = await findConfig(ctx, id);
  await ctx.em.remove(config).flush();
}
