import { z } from '@hono/zod-openapi';
import { secured } from '../../auth/authorize.ts';
import { CHANNELS } from '../../domain/activity-enums.ts';
import { jsonBody, jsonResponse } from '../../http/openapi.ts';
import {
  ChannelDefinitionSchema,
  ConfigIdParamsSchema,
  CreateDispatchConfigBodySchema,
  channelDefinitionExample,
  DISPATCH_EXAMPLE_IDS,
  DispatchConfigSchema,
  DispatchProviderSchema,
  mockConfigExample,
  ProviderIdParamsSchema,
  providersExample,
  TaskIdParamsSchema,
  UpdateDispatchConfigBodySchema,
  webhookConfigExample,
} from './dispatch.schemas.ts';
import { PROVIDER_CATALOG } from './provider-catalog.ts';

const tags = ['Dispatch'];
const configNotFound = 'No dispatch config with this id in the tenant (`DISPATCH_CONFIG_NOT_FOUND`)';
const credentialsNote =
  'Credentials are checked against the channel definition (`credentialSchema`: required keys present, no unknown keys), ' +
  'encrypted at rest with AES-256-GCM and never returned: responses carry `hasCredentials` only.';
const conflict = 'The tenant already has an active config for this channel (`RESOURCE_CONFLICT`): deactivate it first';

export const listDispatchProviders = secured({
  method: 'get',
  path: '/dispatch-providers',
  operationId: 'listDispatchProviders',
  tags,
  summary: 'List dispatch providers',
  permission: 'VIEW_ACTIVITIES',
  description:
    'The global provider catalog (the same for every tenant), by code, each with its channel definitions: which channels it serves and which credentials and settings a config needs. `MOCK` always succeeds and sends nothing; `WEBHOOK` POSTs each activity to `{base_url}/activities`.',
  responses: {
    200: jsonResponse(z.array(DispatchProviderSchema).max(PROVIDER_CATALOG.length), 'The providers', providersExample),
  },
});

export const listDispatchChannelDefinitions = secured({
  method: 'get',
  path: '/dispatch-providers/{id}/channel-definitions',
  operationId: 'listDispatchChannelDefinitions',
  tags,
  summary: "List a provider's channel definitions",
  permission: 'VIEW_ACTIVITIES',
  description: 'The channels one provider serves, with the credentials and settings each needs.',
  request: { params: ProviderIdParamsSchema },
  responses: {
    200: jsonResponse(z.array(ChannelDefinitionSchema).max(CHANNELS.length), 'The channel definitions', [
      channelDefinitionExample,
    ]),
  },
  problems: {
    404: 'No provider with this id (`DISPATCH_PROVIDER_NOT_FOUND`)',
  },
});

export const listDispatchConfigs = secured({
  method: 'get',
  path: '/dispatch-configs',
  operationId: 'listDispatchConfigs',
  tags,
  summary: 'List dispatch configs',
  permission: 'VIEW_ACTIVITIES',
  description:
    "The tenant's dispatch configs, oldest first. Credentials are never returned (`hasCredentials` says whether there are any).",
  responses: {
    200: jsonResponse(z.array(DispatchConfigSchema), 'The configs', [mockConfigExample, webhookConfigExample]),
  },
});

export const createDispatchConfig = secured({
  method: 'post',
  path: '/dispatch-configs',
  operationId: 'createDispatchConfig',
  tags,
  summary: 'Create a dispatch config',
  permission: 'MANAGE_ACTIVITY_CONFIG',
  description: `Chooses the provider for one channel of the tenant. READY activities of that channel are sent to it once due. \`base_url\` is required for REST providers. ${credentialsNote} A tenant has at most one active config per channel.`,
  request: {
    body: jsonBody(CreateDispatchConfigBodySchema, 'The config', {
      dispatch_provider_id: DISPATCH_EXAMPLE_IDS.webhookProvider,
      channel: 'WHATSAPP',
      base_url: 'https://provider.example.com/api',
      credentials: { apiKey: 'sk-xxx' },
      settings: {},
    }),
  },
  responses: {
    201: jsonResponse(DispatchConfigSchema, 'The config was created', webhookConfigExample),
  },
  problems: {
    400: 'The provider does not serve the channel, `base_url` is missing, or the credentials do not match the channel definition (`VALIDATION_FAILED`)',
    404: 'No active provider with this id (`DISPATCH_PROVIDER_NOT_FOUND`)',
    409: conflict,
  },
});

export const updateDispatchConfig = secured({
  method: 'patch',
  path: '/dispatch-configs/{id}',
  operationId: 'updateDispatchConfig',
  tags,
  summary: 'Update a dispatch config',
  permission: 'MANAGE_ACTIVITY_CONFIG',
  description: `Changes the given fields; the provider and channel stay (create another config to change them). \`credentials\`, when given, replace the whole stored set. ${credentialsNote}`,
  request: {
    params: ConfigIdParamsSchema,
    body: jsonBody(UpdateDispatchConfigBodySchema, 'The fields to change', { settings: { team: 'north' } }),
  },
  responses: {
    200: jsonResponse(DispatchConfigSchema, 'The updated config', {
      ...mockConfigExample,
      settings: { team: 'north' },
    }),
  },
  problems: {
    400: 'The `base_url` is one the server may not call (`VALIDATION_FAILED`)',
    404: configNotFound,
    409: `${conflict}, or the change does not fit the config's provider: \`base_url\` removed from a REST provider's config, or credentials that do not match the channel definition (\`PROVIDER_MISMATCH\`, with field \`errors\`)`,
  },
});

export const deleteDispatchConfig = secured({
  method: 'delete',
  path: '/dispatch-configs/{id}',
  operationId: 'deleteDispatchConfig',
  tags,
  summary: 'Delete a dispatch config',
  permission: 'MANAGE_ACTIVITY_CONFIG',
  description:
    "Deletes the config and its credentials. The channel's READY activities then stay READY until a config is active again.",
  request: { params: ConfigIdParamsSchema },
  responses: {
    204: { description: 'The config was deleted' },
  },
  problems: {
    404: configNotFound,
  },
});

export const dispatchTask = secured({
  method: 'post',
  path: '/activities/tasks/{id}/dispatch',
  operationId: 'dispatchTask',
  tags,
  summary: 'Dispatch a task now',
  permission: 'DISPATCH_ACTIVITY',
  description:
    'Sends a READY TASK to the provider of its channel now, whatever its `scheduled_at` or retry time, through the same steps as the dispatcher: a DISPATCH_ATTEMPT event and one more `dispatchAttemptCount`, then DISPATCH_SUCCESS (the task becomes DISPATCHED, `providerActivityId` is stored) and 204. ' +
    'When the provider fails, DISPATCH_FAILED is recorded exactly as the dispatcher records it and the answer is 502 `PROVIDER_FAILED`: the task stays READY and the dispatcher retries it after the backoff (30 s, then 2 min), or, if that was the 3rd attempt, the task is FAILED. ' +
    'When target users or attributes due at dispatch (ON_DISPATCH) cannot be resolved, no provider is called: as with the dispatcher, the task becomes UNRESOLVED with a RESOLUTION_FAILED event, the attempt is given back (`dispatchAttemptCount` unchanged), and the answer is 409 `RESOLUTION_FAILED` with the reason; `retry-resolution` or a manual target assignment recovers it. ' +
    'No body.',
  request: { params: TaskIdParamsSchema },
  responses: {
    204: { description: 'The provider accepted the task; it is now DISPATCHED' },
  },
  problems: {
    400: 'The activity is not a TASK or not READY (`INVALID_ACTIVITY_STATE`)',
    404: 'No activity with this id in the tenant (`ACTIVITY_NOT_FOUND`), or no active dispatch config for its channel (`DISPATCH_CONFIG_NOT_FOUND`)',
    409: 'The dispatcher is sending this task right now (`DISPATCH_IN_PROGRESS`); its status events will show the outcome. Or what it needs at dispatch did not resolve (`RESOLUTION_FAILED`): nothing was sent, the task is now UNRESOLVED',
    502: 'The provider failed, timed out or could not be reached (`PROVIDER_FAILED`); DISPATCH_FAILED was recorded and `detail` says whether it will be retried',
  },
});

export type ListDispatchProvidersRoute = typeof listDispatchProviders;
export type ListDispatchChannelDefinitionsRoute = typeof listDispatchChannelDefinitions;
export type ListDispatchConfigsRoute = typeof listDispatchConfigs;
export type CreateDispatchConfigRoute = typeof createDispatchConfig;
export type UpdateDispatchConfigRoute = typeof updateDispatchConfig;
export type DeleteDispatchConfigRoute = typeof deleteDispatchConfig;
export type DispatchTaskRoute = typeof dispatchTask;
