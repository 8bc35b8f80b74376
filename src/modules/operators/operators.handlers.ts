import { conditionalJson } from '../../http/conditional.ts';
import { tenantContext } from '../../http/context.ts';
import { pageMeta, toPage } from '../../http/pagination.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type {
  CreateOperatorRoute,
  GetOperatorRoute,
  ListOperatorsRoute,
  SyncOperatorsRoute,
  UpdateOperatorRoute,
} from './operators.routes.ts';
import * as operators from './operators.service.ts';

export const createOperator: AppRouteHandler<CreateOperatorRoute> = async (c) =>
  c.json(await operators.createOperator(tenantContext(c), c.req.valid('json')), 201);

export const syncOperators: AppRouteHandler<SyncOperatorsRoute> = async (c) =>
  c.json(await operators.syncOperators(tenantContext(c), c.req.valid('json').items), 200);

export const listOperators: AppRouteHandler<ListOperatorsRoute> = async (c) => {
  const query = c.req.valid('query');
  const page = toPage(query);
  const { data, total } = await operators.listOperators(tenantContext(c), query, page);
  return c.json({ data, meta: pageMeta(page, total) }, 200);
};

export const getOperator: AppRouteHandler<GetOperatorRoute> = async (c) =>
  conditionalJson(c, await operators.getOperator(tenantContext(c), c.req.valid('param').id));

export const updateOperator: AppRouteHandler<UpdateOperatorRoute> = async (c) =>
  c.json(await operators.updateOperator(tenantContext(c), c.req.valid('param').id, c.req.valid('json')), 200);
