import { z } from '@hono/zod-openapi';
import { CHANNELS } from '../../domain/activity-enums.ts';
import { EXAMPLE_IDS } from '../../http/examples.ts';
import { JsonObject } from '../../http/openapi.ts';
import { CREDENTIAL_FIELD_TYPES, PROTOCOL_TYPES, PROVIDER_CATALOG, SETTING_FIELD_TYPES } from './provider-catalog.ts';

/**
 * The ids the dispatch examples use. Providers are the catalog's fixed ids; `config` is a MOCK config on
 * SALESMAN, so that dispatching the example task (EXAMPLE_IDS.activity) succeeds with no network: the
 * contract tests seed it to replay every example.
 */
export const DISPATCH_EXAMPLE_IDS = {
  mockProvider: PROVIDER_CATALOG.find((p) => p.code === 'MOCK')!.id,
  webhookProvider: PROVIDER_CATALOG.find((p) => p.code === 'WEBHOOK')!.id,
  config: '0195b4a0-2000-7000-8000-000000000001',
} as const;

const PROVIDER_ID = DISPATCH_EXAMPLE_IDS.webhookProvider;
const DEFINITION_ID = '0195b4a0-1000-7000-8000-000000000010';
const WEBHOOK_CONFIG_ID = '0195b4a0-2000-7000-8000-000000000002';
const CREATED = '2025-01-15T10:30:00.000Z';

const ChannelSchema = z
  .enum(CHANNELS)
  .openapi({ description: 'The activity channel this applies to', example: 'SALESMAN' });

export const CredentialFieldSchema = z
  .object({
    key: z.string().openapi({ description: "The key in a config's `credentials`", example: 'apiKey' }),
    label: z.string().openapi({ description: 'Display name', example: 'API key' }),
    type: z
      .enum(CREDENTIAL_FIELD_TYPES)
      .openapi({ description: '`password`: a secret, never shown again once saved', example: 'password' }),
    required: z.boolean().openapi({ description: 'Whether a config must give it', example: true }),
    header: z.string().nullable().openapi({
      description: 'The HTTP request header it is sent in when dispatching; null when not sent as a header',
      example: 'x-api-key',
    }),
  })
  .openapi('DispatchCredentialField');

export const SettingFieldSchema = z
  .object({
    key: z.string().openapi({ description: "The key in a config's `settings`", example: 'region' }),
    label: z.string().openapi({ description: 'Display name', example: 'Region' }),
    type: z.enum(SETTING_FIELD_TYPES).openapi({ description: 'Value type', example: 'string' }),
    required: z.boolean().openapi({ description: 'Whether a config must give it', example: false }),
  })
  .openapi('DispatchSettingField');

const credentialSchemaExample = [
  { key: 'apiKey', label: 'API key', type: 'password' as const, required: true, header: 'x-api-key' },
];

/** Fields of one channel definition: the catalog (code) stays within it, the contract tests check. */
const MAX_FIELDS = 20;

const CredentialSchemaList = z.array(CredentialFieldSchema).max(MAX_FIELDS).openapi({
  description: 'The credentials a config for this channel takes',
  example: credentialSchemaExample,
});
const SettingsSchemaList = z
  .array(SettingFieldSchema)
  .max(MAX_FIELDS)
  .openapi({ description: 'The settings a config for this channel takes', example: [] });

export const DispatchProviderSchema = z
  .object({
    id: z.guid().openapi({ description: 'Provider id (`dispatch_provider_id` of a config)', example: PROVIDER_ID }),
    code: z.string().openapi({ description: 'Stable provider code: `MOCK`, `WEBHOOK`', example: 'WEBHOOK' }),
    name: z.string().openapi({ description: 'Display name', example: 'Generic REST webhook' }),
    protocolType: z.enum(PROTOCOL_TYPES).openapi({
      description: "`REST`: the server POSTs to the config's `base_url`; `INTERNAL`: handled in-process (MOCK)",
      example: 'REST',
    }),
    isActive: z.boolean().openapi({ description: 'Whether new configs may use it', example: true }),
    channelDefinitions: z
      .array(
        z.object({
          channel: ChannelSchema,
          credentialSchema: CredentialSchemaList,
          settingsSchema: SettingsSchemaList,
        }),
      )
      .max(CHANNELS.length)
      .openapi({ description: 'The channels it serves, each with what a config needs' }),
  })
  .openapi('DispatchProvider');

export type DispatchProvider = z.infer<typeof DispatchProviderSchema>;

export const providersExample: DispatchProvider[] = [
  {
    id: DISPATCH_EXAMPLE_IDS.mockProvider,
    code: 'MOCK',
    name: 'Mock provider',
    protocolType: 'INTERNAL',
    isActive: true,
    channelDefinitions: [{ channel: 'SALESMAN', credentialSchema: [], settingsSchema: [] }],
  },
  {
    id: DISPATCH_EXAMPLE_IDS.webhookProvider,
    code: 'WEBHOOK',
    name: 'Generic REST webhook',
    protocolType: 'REST',
    isActive: true,
    channelDefinitions: [{ channel: 'SALESMAN', credentialSchema: credentialSchemaExample, settingsSchema: [] }],
  },
];

export const ChannelDefinitionSchema = z
  .object({
    id: z.guid().openapi({ description: 'Channel definition id', example: DEFINITION_ID }),
    dispatchProviderId: z.guid().openapi({ description: 'The provider', example: PROVIDER_ID }),
    channel: ChannelSchema,
    credentialSchema: CredentialSchemaList,
    settingsSchema: SettingsSchemaList,
    createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: CREATED }),
    updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: CREATED }),
  })
  .openapi('DispatchChannelDefinition');

export type ChannelDefinition = z.infer<typeof ChannelDefinitionSchema>;

export const channelDefinitionExample: ChannelDefinition = {
  id: DEFINITION_ID,
  dispatchProviderId: PROVIDER_ID,
  channel: 'SALESMAN',
  credentialSchema: credentialSchemaExample,
  settingsSchema: [],
  createdAt: CREATED,
  updatedAt: CREATED,
};

export const DispatchConfigSchema = z
  .object({
    id: z.guid().openapi({ description: 'Dispatch config id', example: WEBHOOK_CONFIG_ID }),
    dispatchProviderId: z.guid().openapi({ description: 'The provider', example: PROVIDER_ID }),
    channel: ChannelSchema,
    baseUrl: z.string().nullable().openapi({
      description: 'Where REST providers are called (`POST {baseUrl}/activities`); null for MOCK',
      example: 'https://provider.example.com/api',
    }),
    settings: z.record(z.string(), z.unknown()).openapi({ description: 'Provider settings, as given', example: {} }),
    isActive: z.boolean().openapi({
      description: "Active configs receive the channel's activities; at most one per channel",
      example: true,
    }),
    hasCredentials: z.boolean().openapi({
      description: 'Whether credentials are stored. They are encrypted at rest and never returned',
      example: true,
    }),
    dispatchProvider: z
      .object({
        code: z.string().openapi({ description: 'Provider code', example: 'WEBHOOK' }),
        name: z.string().openapi({ description: 'Provider name', example: 'Generic REST webhook' }),
      })
      .openapi({ description: 'The provider, for display' }),
    createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: CREATED }),
    updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: CREATED }),
  })
  .openapi('DispatchConfig');

export type DispatchConfig = z.infer<typeof DispatchConfigSchema>;

/** The seeded example config (MOCK on SALESMAN) and the one the create example makes (WEBHOOK on WHATSAPP). */
export const mockConfigExample: DispatchConfig = {
  id: DISPATCH_EXAMPLE_IDS.config,
  dispatchProviderId: DISPATCH_EXAMPLE_IDS.mockProvider,
  channel: 'SALESMAN',
  baseUrl: null,
  settings: {},
  isActive: true,
  hasCredentials: false,
  dispatchProvider: { code: 'MOCK', name: 'Mock provider' },
  createdAt: CREATED,
  updatedAt: CREATED,
};

export const webhookConfigExample: DispatchConfig = {
  id: WEBHOOK_CONFIG_ID,
  dispatchProviderId: DISPATCH_EXAMPLE_IDS.webhookProvider,
  channel: 'WHATSAPP',
  baseUrl: 'https://provider.example.com/api',
  settings: {},
  isActive: true,
  hasCredentials: true,
  dispatchProvider: { code: 'WEBHOOK', name: 'Generic REST webhook' },
  createdAt: CREATED,
  updatedAt: CREATED,
};

/** http(s) only, and no user:password in the URL: credentials go in `credentials`, encrypted. */
const BaseUrl = () =>
  z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .refine((value) => {
      // zod runs refinements after a failed format check too, so the value may not parse at all.
      const url = URL.parse(value);
      return !url || (url.username === '' && url.password === '' && url.search === '' && url.hash === '');
    }, 'Must be an http(s) URL without user info, query or fragment');

const CREDENTIAL_KEY = { minLength: 1, maxLength: 100 };
// The generator drops a record's key schema, and its metadata type lacks OpenAPI 3.1's `propertyNames`: the
// keys' rule is stated here (no NUL either, as in every string).
const credentialKeys: object = { propertyNames: { ...CREDENTIAL_KEY, pattern: '^[^\\u0000]*$' } };

const CredentialsBody = () =>
  z.record(z.string().min(CREDENTIAL_KEY.minLength).max(CREDENTIAL_KEY.maxLength), z.string().max(4096)).openapi({
    ...credentialKeys,
    description:
      "Secrets for the provider, checked against the channel definition's `credentialSchema` (required keys present, no unknown keys, string values). Encrypted at rest (AES-256-GCM); never returned",
    example: { apiKey: 'sk-xxx' },
  });

const SettingsBody = () =>
  JsonObject().openapi({ description: 'Provider settings (any JSON object), returned as given', example: {} });

export const CreateDispatchConfigBodySchema = z
  .strictObject({
    dispatch_provider_id: z.guid().openapi({ description: 'A provider of the catalog', example: PROVIDER_ID }),
    channel: ChannelSchema,
    base_url: BaseUrl().optional().openapi({
      description: 'Required for REST providers (WEBHOOK): activities are POSTed to `{base_url}/activities`',
      example: 'https://provider.example.com/api',
    }),
    credentials: CredentialsBody().optional(),
    settings: SettingsBody().optional(),
    is_active: z
      .boolean()
      .optional()
      .openapi({ description: 'Default true. A second active config for the channel is 409', example: true }),
  })
  .openapi('CreateDispatchConfigBody');

export type CreateDispatchConfigBody = z.infer<typeof CreateDispatchConfigBodySchema>;

export const UpdateDispatchConfigBodySchema = z
  .strictObject({
    base_url: BaseUrl().nullable().optional().openapi({
      description: 'The new base URL (null clears it, which REST providers refuse)',
      example: 'https://provider.example.com/api/v2',
    }),
    credentials: CredentialsBody()
      .optional()
      .openapi({ description: 'Replaces every stored credential (the whole set, validated again)' }),
    settings: SettingsBody().optional().openapi({ description: 'Replaces the settings' }),
    is_active: z.boolean().optional().openapi({
      description: 'Activate or deactivate; activating beside another active config is 409',
      example: false,
    }),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change')
  .openapi('UpdateDispatchConfigBody', { minProperties: 1 });

export type UpdateDispatchConfigBody = z.infer<typeof UpdateDispatchConfigBodySchema>;

export const ProviderIdParamsSchema = z.object({
  id: z
    .guid()
    .openapi({ param: { name: 'id', in: 'path', description: 'Dispatch provider id' }, example: PROVIDER_ID }),
});

export const ConfigIdParamsSchema = z.object({
  id: z.guid().openapi({
    param: { name: 'id', in: 'path', description: 'Dispatch config id' },
    example: DISPATCH_EXAMPLE_IDS.config,
  }),
});

export const TaskIdParamsSchema = z.object({
  id: z
    .guid()
    .openapi({ param: { name: 'id', in: 'path', description: 'Activity id (a TASK)' }, example: EXAMPLE_IDS.activity }),
});
