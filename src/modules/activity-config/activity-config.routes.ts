import { z } from '@hono/zod-openapi';
import { secured } from '../../auth/authorize.ts';
import { ATTRIBUTE_CATALOG } from '../../domain/attribute-catalog.ts';
import { jsonBody, jsonResponse } from '../../http/openapi.ts';
import {
  AttributeKeySchema,
  AttributePolicySchema,
  ClientHookSchema,
  ConfigIdParamsSchema,
  CreateTargetConfigBodySchema,
  PutClientHookBodySchema,
  policyExample,
  TargetResolutionConfigSchema,
  targetConfigExample,
  UpdateTargetConfigBodySchema,
  UpsertAttributePolicyBodySchema,
} from './activity-config.schemas.ts';

export const listAttributeKeys = secured({
  method: 'get',
  path: '/activity-config/attribute-keys',
  operationId: 'listAttributeKeys',
  tags: ['Activity configuration'],
  summary: 'List attribute keys',
  permission: 'VIEW_ACTIVITIES',
  description:
    'The global catalog of attribute keys, ordered by key. The catalog is the same for every tenant; each tenant sets its own policy per key.',
  responses: {
    200: jsonResponse(z.array(AttributeKeySchema).max(ATTRIBUTE_CATALOG.length), 'The catalog', [
      {
        id: 'ab0e8400-e29b-41d4-a716-446655440000',
        key: 'commerce_info',
        label: 'Commerce Info',
        description: "The commerce's name, tax id and primary address: `{ name, taxId, address }`.",
      },
    ]),
  },
});

const tags = ['Activity configuration'];

export const listAttributePolicies = secured({
  method: 'get',
  path: '/activity-config/attribute-policies',
  operationId: 'listAttributePolicies',
  tags,
  summary: 'List attribute policies',
  permission: 'VIEW_ACTIVITIES',
  description:
    "The tenant's policy per attribute key. A key without a policy is resolved UPFRONT by the internal resolver when one exists for it, and fails otherwise.",
  responses: {
    200: jsonResponse(z.array(AttributePolicySchema).max(ATTRIBUTE_CATALOG.length), 'The policies, by key', [
      policyExample,
    ]),
  },
});

export const upsertAttributePolicy = secured({
  method: 'post',
  path: '/activity-config/attribute-policies',
  operationId: 'upsertAttributePolicy',
  tags,
  summary: 'Create or update an attribute policy',
  permission: 'MANAGE_ACTIVITY_CONFIG',
  description:
    'Sets how one attribute key is resolved in this tenant, replacing any policy the key had (one per key). UPFRONT resolves at creation with the resolver type; ON_DISPATCH leaves the attribute PENDING until dispatch; CALLER_PROVIDED takes the value from `attributes[]` (FALLBACK with its `fallback`, FAILED without). An id outside the catalog is 400 `UNKNOWN_ATTRIBUTE_KEY`.',
  request: {
    body: jsonBody(UpsertAttributePolicyBodySchema, 'The policy', {
      attribute_key_id: 'ab0e8400-e29b-41d4-a716-446655440000',
      strategy: 'UPFRONT',
      resolver_type: 'INTERNAL_SERVICE',
    }),
  },
  responses: {
    200: jsonResponse(AttributePolicySchema, 'The policy as stored', policyExample),
  },
  problems: { 400: 'The id is not one of the catalog (`UNKNOWN_ATTRIBUTE_KEY`)' },
});

const hookExample = {
  url: 'https://hooks.example.com/reten/attributes',
  timeoutMs: 2000,
  hasSecret: true as const,
  updatedAt: '2025-01-15T10:30:00.000Z',
};

export const getClientHook = secured({
  method: 'get',
  path: '/activity-config/client-hook',
  operationId: 'getClientHook',
  tags,
  summary: 'Get the client hook',
  permission: 'VIEW_ACTIVITIES',
  description: "The tenant's client hook, without its secret.",
  responses: {
    200: jsonResponse(ClientHookSchema, 'The hook', hookExample),
  },
  problems: {
    404: 'No hook is configured (`CLIENT_HOOK_NOT_FOUND`)',
  },
});

export const putClientHook = secured({
  method: 'put',
  path: '/activity-config/client-hook',
  operationId: 'putClientHook',
  tags,
  summary: 'Set the client hook',
  permission: 'MANAGE_ACTIVITY_CONFIG',
  description: [
    'Sets where CLIENT_HOOK attributes are resolved. For each such attribute the server POSTs',
    '`{ key, activity: { id?, type, channel, reason }, commerce: { id, externalId, name, taxId }, targetUserId }`',
    'as JSON with `x-reten-timestamp` (Unix seconds) and `x-reten-signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the secret>`.',
    'A 2xx JSON answer `{ "value": <any JSON> }` resolves the attribute; a timeout, another status, a redirect or a malformed answer fails it with the reason in `errorMessage`.',
    'The hook is called before the activity is written, never inside a database transaction. The secret is stored encrypted (AES-256-GCM) and never returned.',
  ].join(' '),
  request: {
    body: jsonBody(PutClientHookBodySchema, 'The hook', {
      url: 'https://hooks.example.com/reten/attributes',
      secret: 'whsec_5f2b8c1d9e0a4b7c',
      timeout_ms: 2000,
    }),
  },
  responses: {
    200: jsonResponse(ClientHookSchema, 'The hook as stored', hookExample),
  },
});

export const listTargetResolutionConfigs = secured({
  method: 'get',
  path: '/activity-config/target-resolution',
  operationId: 'listTargetResolutionConfigs',
  tags,
  summary: 'List target-resolution configs',
  permission: 'VIEW_ACTIVITIES',
  description:
    "The tenant's target-resolution configs by priority. The active one with the lowest priority applies to activities without their own `target_criteria`; with neither, activities have no target user.",
  responses: {
    200: jsonResponse(z.array(TargetResolutionConfigSchema), 'The configs', [targetConfigExample]),
  },
});

const targetConfigRules =
  'Criteria are tried by priority: ROLE_MATCH (`config.role`), LAST_CONTACTED_ALL_CHANNELS and LAST_CONTACTED_SAME_CHANNEL (the commerce user most recently targeted by a DISPATCHED or COMPLETED activity of the commerce); then the commerce representative and the owner when the fallbacks are on. For WHATSAPP, SMS, EMAIL and PUSH only users with an active WHATSAPP, PHONE, EMAIL or OTHER contact qualify. Priorities are unique among active configs (409 `RESOURCE_CONFLICT`).';

export const createTargetResolutionConfig = secured({
  method: 'post',
  path: '/activity-config/target-resolution',
  operationId: 'createTargetResolutionConfig',
  tags,
  summary: 'Create a target-resolution config',
  permission: 'MANAGE_ACTIVITY_CONFIG',
  description: `Creates a config. ${targetConfigRules}`,
  request: {
    body: jsonBody(CreateTargetConfigBodySchema, 'The config', {
      resolution_strategy: 'ON_CREATION',
      fallback_to_commerce_rep: true,
      fallback_to_owner: true,
      priority: 0,
      criteria: [
        { type: 'ROLE_MATCH', config: { role: 'COMMERCE_REP' }, priority: 0 },
        { type: 'LAST_CONTACTED_SAME_CHANNEL', priority: 1 },
      ],
    }),
  },
  responses: {
    201: jsonResponse(TargetResolutionConfigSchema, 'The config was created', targetConfigExample),
  },
  problems: {
    409: 'The priority is taken by another active config (`RESOURCE_CONFLICT`)',
  },
});

const configMissing = 'No such config in this tenant (`TARGET_RESOLUTION_CONFIG_NOT_FOUND`)';

export const updateTargetResolutionConfig = secured({
  method: 'patch',
  path: '/activity-config/target-resolution/{id}',
  operationId: 'updateTargetResolutionConfig',
  tags,
  summary: 'Update a target-resolution config',
  permission: 'MANAGE_ACTIVITY_CONFIG',
  description: `Changes the given fields; \`criteria\`, when given, replaces the list. ${targetConfigRules}`,
  request: {
    params: ConfigIdParamsSchema,
    body: jsonBody(UpdateTargetConfigBodySchema, 'The fields to change', { is_active: false }),
  },
  responses: {
    200: jsonResponse(TargetResolutionConfigSchema, 'The config as stored', {
      ...targetConfigExample,
      isActive: false,
    }),
  },
  problems: {
    404: configMissing,
    409: 'The priority is taken by another active config (`RESOURCE_CONFLICT`)',
  },
});

export const deleteTargetResolutionConfig = secured({
  method: 'delete',
  path: '/activity-config/target-resolution/{id}',
  operationId: 'deleteTargetResolutionConfig',
  tags,
  summary: 'Delete a target-resolution config',
  permission: 'MANAGE_ACTIVITY_CONFIG',
  description: 'Deletes a config. Activities already created keep their target users.',
  request: { params: ConfigIdParamsSchema },
  responses: {
    204: { description: 'Deleted' },
  },
  problems: {
    404: configMissing,
  },
});

export type ListAttributeKeysRoute = typeof listAttributeKeys;
export type ListAttributePoliciesRoute = typeof listAttributePolicies;
export type UpsertAttributePolicyRoute = typeof upsertAttributePolicy;
export type GetClientHookRoute = typeof getClientHook;
export type PutClientHookRoute = typeof putClientHook;
export type ListTargetResolutionConfigsRoute = typeof listTargetResolutionConfigs;
export type CreateTargetResolutionConfigRoute = typeof createTargetResolutionConfig;
export type UpdateTargetResolutionConfigRoute = typeof updateTargetResolutionConfig;
export type DeleteTargetResolutionConfigRoute = typeof deleteTargetResolutionConfig;
