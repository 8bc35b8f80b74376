import { z } from '@hono/zod-openapi';
import { ATTRIBUTE_CATALOG } from '../../domain/attribute-catalog.ts';
import {
  ATTRIBUTE_STRATEGIES,
  POLICY_RESOLVER_TYPES,
  TARGET_CRITERIA_TYPES,
  TARGET_STRATEGIES,
} from '../../domain/resolution.ts';
import { EXAMPLE_IDS } from '../../http/examples.ts';
import { COMMERCE_USER_ROLES } from '../commerces/commerce.entity.ts';

export const AttributeKeySchema = z
  .object({
    id: z.guid().openapi({
      description: 'Attribute key id (`attributeKeyId` in attributes and policies)',
      example: 'ab0e8400-e29b-41d4-a716-446655440000',
    }),
    key: z
      .string()
      .openapi({ description: 'The name used in `attribute_keys` and `attributes[].key`', example: 'commerce_info' }),
    label: z.string().openapi({ description: 'Display name', example: 'Commerce Info' }),
    description: z
      .string()
      .openapi({ description: 'What the value holds', example: "The commerce's name, tax id and primary address" }),
  })
  .openapi('AttributeKey');

export type AttributeKey = z.infer<typeof AttributeKeySchema>;

const KEY_ID = 'ab0e8400-e29b-41d4-a716-446655440000';
const STAMP = '2025-01-15T10:30:00.000Z';

export const AttributePolicySchema = z
  .object({
    id: z.guid().openapi({ description: 'Policy id', example: 'ac0e8400-e29b-41d4-a716-446655440000' }),
    attributeKeyId: z.guid().openapi({ description: 'The attribute key', example: KEY_ID }),
    strategy: z.enum(ATTRIBUTE_STRATEGIES).openapi({
      description:
        'UPFRONT: resolved at creation; ON_DISPATCH: left PENDING until dispatch; CALLER_PROVIDED: taken from `attributes[]`',
      example: 'UPFRONT',
    }),
    resolverType: z
      .enum(POLICY_RESOLVER_TYPES)
      .openapi({ description: 'Who resolves it', example: 'INTERNAL_SERVICE' }),
    attributeKey: z
      .object({
        key: z.string().openapi({ description: 'Key name', example: 'commerce_info' }),
        label: z.string().openapi({ description: 'Display name', example: 'Commerce Info' }),
      })
      .openapi({ description: 'The key it applies to' }),
    createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: STAMP }),
    updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: STAMP }),
  })
  .openapi('AttributePolicy');

export type AttributePolicy = z.infer<typeof AttributePolicySchema>;

export const policyExample: AttributePolicy = {
  id: 'ac0e8400-e29b-41d4-a716-446655440000',
  attributeKeyId: KEY_ID,
  strategy: 'UPFRONT',
  resolverType: 'INTERNAL_SERVICE',
  attributeKey: { key: 'commerce_info', label: 'Commerce Info' },
  createdAt: STAMP,
  updatedAt: STAMP,
};

export const UpsertAttributePolicyBodySchema = z
  .strictObject({
    attribute_key_id: z.guid().openapi({
      description:
        'An attribute key of the catalog (the id of one listed by `GET /api/activity-config/attribute-keys`)',
      example: KEY_ID,
      enum: ATTRIBUTE_CATALOG.map((entry) => entry.id),
    }),
    strategy: z.enum(ATTRIBUTE_STRATEGIES).openapi({ description: 'When and how it is resolved', example: 'UPFRONT' }),
    resolver_type: z
      .enum(POLICY_RESOLVER_TYPES)
      .openapi({ description: 'Who resolves it', example: 'INTERNAL_SERVICE' }),
  })
  .openapi('UpsertAttributePolicyBody');

const HttpUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .openapi({ description: 'An http(s) URL', example: 'https://hooks.example.com/reten/attributes' });

const HOOK_TIMEOUT_MS = { min: 100, max: 10_000 };

export const ClientHookSchema = z
  .object({
    url: HttpUrl,
    timeoutMs: z.int().min(HOOK_TIMEOUT_MS.min).max(HOOK_TIMEOUT_MS.max).openapi({
      description: 'How long a call may take',
      example: 2000,
    }),
    hasSecret: z.literal(true).openapi({ description: 'A secret is set; it is never returned', example: true }),
    updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: STAMP }),
  })
  .openapi('ClientHook');

export const PutClientHookBodySchema = z
  .strictObject({
    url: HttpUrl,
    secret: z.string().min(16).max(500).openapi({
      description: 'Shared secret for the `x-reten-signature` HMAC; stored encrypted, never returned',
      example: 'whsec_5f2b8c1d9e0a4b7c',
    }),
    timeout_ms: z
      .int()
      .min(HOOK_TIMEOUT_MS.min)
      .max(HOOK_TIMEOUT_MS.max)
      .default(2000)
      .openapi({ description: 'Call timeout (default 2000)', example: 2000 }),
  })
  .openapi('PutClientHookBody');

/** Priorities of criteria and of configs: lower first. */
const PRIORITY = { min: 0, max: 1000 };
/** Criteria of a config or an activity. */
export const MAX_CRITERIA = 20;

const CriterionPriority = () =>
  z
    .int()
    .min(PRIORITY.min)
    .max(PRIORITY.max)
    .optional()
    .openapi({ description: 'Lower is tried first (default 0)', example: 0 });

const RoleMatchCriterionSchema = z
  .strictObject({
    type: z.literal('ROLE_MATCH').openapi({ description: 'A commerce user with this role' }),
    config: z
      .strictObject({
        role: z.enum(COMMERCE_USER_ROLES).openapi({ description: 'The commerce user role', example: 'COMMERCE_REP' }),
      })
      .openapi({ description: 'Which role', example: { role: 'COMMERCE_REP' } }),
    priority: CriterionPriority(),
  })
  .openapi('RoleMatchCriterion');

const LastContactedCriterionSchema = z
  .strictObject({
    type: z.enum(['LAST_CONTACTED_ALL_CHANNELS', 'LAST_CONTACTED_SAME_CHANNEL']).openapi({
      description: "The commerce user most recently targeted, on any channel or on the activity's",
      example: 'LAST_CONTACTED_ALL_CHANNELS',
    }),
    config: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: 'Not read: these criteria have no settings', example: {} }),
    priority: CriterionPriority(),
  })
  .openapi('LastContactedCriterion');

/** A target criterion as clients send it: in a target-resolution config or an activity's `target_criteria`. */
export const TargetCriterionSchema = z
  .discriminatedUnion('type', [RoleMatchCriterionSchema, LastContactedCriterionSchema])
  .openapi('TargetCriterion');

export const TargetResolutionConfigSchema = z
  .object({
    id: z.guid().openapi({ description: 'Config id', example: EXAMPLE_IDS.targetResolutionConfig }),
    resolutionStrategy: z
      .enum(TARGET_STRATEGIES)
      .openapi({ description: 'When targets are resolved', example: 'ON_CREATION' }),
    fallbackToCommerceRep: z
      .boolean()
      .openapi({ description: 'Fall back to the commerce representative', example: true }),
    fallbackToOwner: z.boolean().openapi({ description: 'Then fall back to the owner', example: true }),
    priority: z.int().min(PRIORITY.min).max(PRIORITY.max).openapi({
      description: 'Lower wins among active configs',
      example: 0,
    }),
    isActive: z.boolean().openapi({ description: 'Only active configs apply', example: true }),
    criteria: z
      .array(
        z.object({
          id: z.guid().openapi({ description: 'Criterion id', example: 'ae0e8400-e29b-41d4-a716-446655440000' }),
          criteriaType: z.enum(TARGET_CRITERIA_TYPES).openapi({ description: 'Criterion type', example: 'ROLE_MATCH' }),
          criteriaConfig: z
            .record(z.string(), z.unknown())
            .openapi({ description: 'Its settings', example: { role: 'COMMERCE_REP' } }),
          priority: z.int().min(PRIORITY.min).max(PRIORITY.max).openapi({
            description: 'Lower is tried first',
            example: 0,
          }),
        }),
      )
      .max(MAX_CRITERIA)
      .openapi({ description: 'Tried by priority' }),
    createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: STAMP }),
    updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: STAMP }),
  })
  .openapi('TargetResolutionConfig');

export type TargetResolutionConfig = z.infer<typeof TargetResolutionConfigSchema>;

export const targetConfigExample: TargetResolutionConfig = {
  id: EXAMPLE_IDS.targetResolutionConfig,
  resolutionStrategy: 'ON_CREATION',
  fallbackToCommerceRep: true,
  fallbackToOwner: true,
  priority: 0,
  isActive: true,
  criteria: [
    {
      id: 'ae0e8400-e29b-41d4-a716-446655440000',
      criteriaType: 'ROLE_MATCH',
      criteriaConfig: { role: 'COMMERCE_REP' },
      priority: 0,
    },
    {
      id: 'af0e8400-e29b-41d4-a716-446655440000',
      criteriaType: 'LAST_CONTACTED_SAME_CHANNEL',
      criteriaConfig: {},
      priority: 1,
    },
  ],
  createdAt: STAMP,
  updatedAt: STAMP,
};

const targetConfigFields = {
  resolution_strategy: z
    .enum(TARGET_STRATEGIES)
    .openapi({ description: 'ON_CREATION, ON_DISPATCH or MANUAL', example: 'ON_CREATION' }),
  fallback_to_commerce_rep: z.boolean().openapi({ description: 'Default true', example: true }),
  fallback_to_owner: z.boolean().openapi({ description: 'Default true', example: true }),
  priority: z
    .int()
    .min(PRIORITY.min)
    .max(PRIORITY.max)
    .openapi({ description: 'Unique among active configs (default 0)', example: 0 }),
  is_active: z.boolean().openapi({ description: 'Default true', example: true }),
  criteria: z.array(TargetCriterionSchema).max(MAX_CRITERIA).openapi({ description: 'Criteria, tried by priority' }),
};

export const CreateTargetConfigBodySchema = z
  .strictObject({
    resolution_strategy: targetConfigFields.resolution_strategy,
    fallback_to_commerce_rep: targetConfigFields.fallback_to_commerce_rep.default(true),
    fallback_to_owner: targetConfigFields.fallback_to_owner.default(true),
    priority: targetConfigFields.priority.default(0),
    is_active: targetConfigFields.is_active.default(true),
    criteria: targetConfigFields.criteria.default([]),
  })
  .openapi('CreateTargetResolutionConfigBody');

export const UpdateTargetConfigBodySchema = z
  .strictObject({
    resolution_strategy: targetConfigFields.resolution_strategy.optional(),
    fallback_to_commerce_rep: targetConfigFields.fallback_to_commerce_rep.optional(),
    fallback_to_owner: targetConfigFields.fallback_to_owner.optional(),
    priority: targetConfigFields.priority.optional(),
    is_active: targetConfigFields.is_active.optional(),
    criteria: targetConfigFields.criteria.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change')
  .openapi('UpdateTargetResolutionConfigBody', { minProperties: 1 });

export const ConfigIdParamsSchema = z.object({
  id: z.guid().openapi({
    param: { name: 'id', in: 'path', description: 'Config id' },
    example: EXAMPLE_IDS.targetResolutionConfig,
  }),
});
