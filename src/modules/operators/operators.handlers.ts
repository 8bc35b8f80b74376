import { requestEm } from '../../auth/authorize.ts';
import { splitName } from '../../domain/names.ts';
import { pageMeta, toPage } from '../../http/pagination.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type { OperatorEntity } from './operator.entity.ts';
import type {
  CreateOperatorRoute,
  GetOperatorRoute,
  ListOperatorsRoute,
  SyncOperatorsRoute,
  UpdateOperatorRoute,
} from './operators.routes.ts';
import type { Operator } from './operators.schemas.ts';
import * as service from './operators.service.ts';

/** Written as one `name`, read as both `name` and `firstName` / `lastName` (split at the first space). */
function toOperator(o: OperatorEntity): Operator {
  const { firstName, lastName } = splitName(o.name);
  return {
    id: o.id,
    name: o.name,
    firstName,
    lastName,
    email: o.email ?? null,
    phone: o.phone ?? null,
    type: o.type,
    externalId: o.externalId ?? null,
    isActive: o.isActive,
    isPlaceholder: o.isPlaceholder,
    metadata: o.metadata,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export const createOperator: AppRouteHandler<CreateOperatorRoute> = async (c) => {
  const operator = await service.createOperator(requestEm(c), c.get('tenantId'), c.req.valid('json'));
  return c.json(toOperator(operator), 201);
};

export const syncOperators: AppRouteHandler<SyncOperatorsRoute> = async (c) => {
  const { items } = c.req.valid('json');
  return c.json(await service.syncOperators(requestEm(c), c.get('tenantId'), items), 200);
};

export const listOperators: AppRouteHandler<ListOperatorsRoute> = async (c) => {
  const query = c.req.valid('query');
  const page = toPage(query);
  const { rows, total } = await service.listOperators(requestEm(c), c.get('tenantId'), query, page);
  return c.json({ data: rows.map(toOperator), meta: pageMeta(page, total) }, 200);
};

export const getOperator: AppRouteHandler<GetOperatorRoute> = async (c) => {
  const { id } = c.req.valid('param');
  return c.json(toOperator(await service.getOperator(requestEm(c), id)), 200);
};

export const updateOperator: AppRouteHandler<UpdateOperatorRoute> = async (c) => {
  const { id } = c.req.valid('param');
  return c.json(toOperator(await service.updateOperator(requestEm(c), id, c.req.valid('json'))), 200);
};
