import {
  ActivityAttributeEntity,
  ActivityEntity,
  ActivityStatusEventEntity,
  ActivityTargetUserEntity,
} from '../modules/activities/activity.entity.ts';
import { ActivityCountEntity } from '../modules/activities/activity-count.entity.ts';
import {
  AttributePolicyEntity,
  ClientHookEntity,
  TargetResolutionConfigEntity,
} from '../modules/activity-config/activity-config.entity.ts';
import { AttributeKeyEntity } from '../modules/activity-config/attribute-key.entity.ts';
import { ActivityResultEntity } from '../modules/activity-results/activity-result.entity.ts';
import { ApiKeyEntity } from '../modules/api-keys/api-key.entity.ts';
import {
  CommerceAddressEntity,
  CommerceContactEntity,
  CommerceEntity,
  CommerceUserEntity,
} from '../modules/commerces/commerce.entity.ts';
import {
  DispatchChannelDefinitionEntity,
  DispatchConfigEntity,
  DispatchProviderEntity,
} from '../modules/dispatch/dispatch.entity.ts';
import { OperatorEntity } from '../modules/operators/operator.entity.ts';
import { RouteEntity, RouteOperatorEntity } from '../modules/routes/route.entity.ts';
import { TaskResultTypeEntity } from '../modules/task-result-types/task-result-type.entity.ts';
import { TenantEntity } from '../modules/tenants/tenant.entity.ts';
import { RateLimitEntity } from './rate-limit.entity.ts';

/** Every entity the ORM knows; discovery is explicit so start-up does no file scanning. */
export const entities = [
  TenantEntity,
  AttributeKeyEntity,
  CommerceEntity,
  CommerceAddressEntity,
  CommerceUserEntity,
  CommerceContactEntity,
  OperatorEntity,
  RouteEntity,
  RouteOperatorEntity,
  ActivityEntity,
  ActivityAttributeEntity,
  ActivityStatusEventEntity,
  ActivityTargetUserEntity,
  ActivityCountEntity,
  ActivityResultEntity,
  AttributePolicyEntity,
  ClientHookEntity,
  TargetResolutionConfigEntity,
  DispatchProviderEntity,
  DispatchChannelDefinitionEntity,
  DispatchConfigEntity,
  RateLimitEntity,
  ApiKeyEntity,
  TaskResultTypeEntity,
];
