import type { Context } from 'hono';
import { requestEm } from '../../auth/authorize.ts';
import type { AppEnv, AppRouteHandler } from '../../http/types.ts';
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
import { createDispatcher } from './dispatcher.ts';

function configContext(c: Context<AppEnv>): configs.DispatchConfigContext {
  return { em: requestEm(c), tenantId: c.get('tenantId'), credentialsKey: c.get('deps').config.credentialsKey };
}

export const listDispatchProviders: AppRouteHandler<ListDispatchProvidersRoute> = async (c) =>
  c.json(await providers.listProviders(requestEm(c)), 200);

export const listDispatchChannelDefinitions: AppRouteHandler<ListDispatchChannelDefinitionsRoute> = async (c) =>
  c.json(await providers.listChannelDefinitions(requestEm(c), c.req.valid('param').id), 200);

export const listDispatchConfigs: AppRouteHandler<ListDispatchConfigsRoute> = async (c) =>
  c.json(await configs.listConfigs(configContext(c)), 200);

export const createDispatchConfig: AppRouteHandler<CreateDispatchConfigRoute> = async (c) =>
  c.json(await configs.createConfig(configContext(c), c.req.valid('json')), 201);

export const updateDispatchConfig: AppRouteHandler<UpdateDispatchConfigRoute> = async (c) =>
  c.json(await configs.updateConfig(configContext(c), c.req.valid('param').id, c.req.valid('json')), 200);

export const deleteDispatchConfig: AppRouteHandler<DeleteDispatchConfigRoute> = async (c) => {
  await configs.deleteConfig(configContext(c), c.req.valid('param').id);
  return c.body(null, 204);
};

/** The same dispatcher as the worker's, built from the app's deps for this one request. */
export const dispatchTask: AppRouteHandler<DispatchTaskRoute> = async (c) => {
  const { orm, config, now } = c.get('deps');
  const dispatcher = createDispatcher({
    orm,
    logger: c.get('logger'),
    now,
    credentialsKey: config.credentialsKey,
    settings: config.dispatch,
  });
  await dispatcher.dispatchNow(c.get('tenantId'), c.req.valid('param').id);
  return c.body(null, 204);
};
