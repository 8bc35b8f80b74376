import { tenantContext } from '../../http/context.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type {
  CreateDispatchConfigRoute,
  DeleteDispatchConfigRoute,
  DispatchTaskRoute,
  ListDispatchChannelDefinitionsRoute,
  ListDispatchConfigsRoute,
  ListDispatchProvidersRoute,
  UpdateDispatchConfigRoute,
} from './dispatch.routes.ts';
import * as configs from './dispatch-configs.service.ts';
import * as providers from './dispatch-providers.service.ts';

export const listDispatchProviders: AppRouteHandler<ListDispatchProvidersRoute> = async (c) =>
  c.json(await providers.listProviders(tenantContext(c)), 200);

export const listDispatchChannelDefinitions: AppRouteHandler<ListDispatchChannelDefinitionsRoute> = async (c) =>
  c.json(await providers.listChannelDefinitions(tenantContext(c), c.req.valid('param').id), 200);

export const listDispatchConfigs: AppRouteHandler<ListDispatchConfigsRoute> = async (c) =>
  c.json(await configs.listConfigs(tenantContext(c)), 200);

export const createDispatchConfig: AppRouteHandler<CreateDispatchConfigRoute> = async (c) =>
  c.json(await configs.createConfig(tenantContext(c), c.req.valid('json')), 201);

export const updateDispatchConfig: AppRouteHandler<UpdateDispatchConfigRoute> = async (c) =>
  c.json(await configs.updateConfig(tenantContext(c), c.req.valid('param').id, c.req.valid('json')), 200);

export const deleteDispatchConfig: AppRouteHandler<DeleteDispatchConfigRoute> = async (c) => {
  await configs.deleteConfig(tenantContext(c), c.req.valid('param').id);
  return c.body(null, 204);
};

/** The app's dispatcher (the one the worker loop runs), for this one task, now. */
export const dispatchTask: AppRouteHandler<DispatchTaskRoute> = async (c) => {
  await c.get('deps').dispatcher.dispatchNow(tenantContext(c), c.req.valid('param').id);
  return c.body(null, 204);
};
