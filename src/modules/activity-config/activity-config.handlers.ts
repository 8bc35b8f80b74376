import { tenantContext } from '../../http/context.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type {
  CreateTargetResolutionConfigRoute,
  DeleteTargetResolutionConfigRoute,
  GetClientHookRoute,
  ListAttributeKeysRoute,
  ListAttributePoliciesRoute,
  ListTargetResolutionConfigsRoute,
  PutClientHookRoute,
  UpdateTargetResolutionConfigRoute,
  UpsertAttributePolicyRoute,
} from './activity-config.routes.ts';
import * as config from './activity-config.service.ts';

export const listAttributeKeys: AppRouteHandler<ListAttributeKeysRoute> = async (c) =>
  c.json(await config.listAttributeKeys(tenantContext(c)), 200);

export const listAttributePolicies: AppRouteHandler<ListAttributePoliciesRoute> = async (c) =>
  c.json(await config.listPolicies(tenantContext(c)), 200);

export const upsertAttributePolicy: AppRouteHandler<UpsertAttributePolicyRoute> = async (c) =>
  c.json(await config.upsertPolicy(tenantContext(c), c.req.valid('json')), 200);

export const getClientHook: AppRouteHandler<GetClientHookRoute> = async (c) =>
  c.json(await config.getClientHook(tenantContext(c)), 200);

export const putClientHook: AppRouteHandler<PutClientHookRoute> = async (c) =>
  c.json(await config.putClientHook(tenantContext(c), c.req.valid('json')), 200);

export const listTargetResolutionConfigs: AppRouteHandler<ListTargetResolutionConfigsRoute> = async (c) =>
  c.json(await config.listTargetConfigs(tenantContext(c)), 200);

export const createTargetResolutionConfig: AppRouteHandler<CreateTargetResolutionConfigRoute> = async (c) =>
  c.json(await config.createTargetConfig(tenantContext(c), c.req.valid('json')), 201);

export const updateTargetResolutionConfig: AppRouteHandler<UpdateTargetResolutionConfigRoute> = async (c) =>
  c.json(await config.updateTargetConfig(tenantContext(c), c.req.valid('param').id, c.req.valid('json')), 200);

export const deleteTargetResolutionConfig: AppRouteHandler<DeleteTargetResolutionConfigRoute> = async (c) => {
  await config.deleteTargetConfig(tenantContext(c), c.req.valid('param').id);
  return c.body(null, 204);
};
