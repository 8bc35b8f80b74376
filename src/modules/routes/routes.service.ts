import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { likeContains } from '../../db/sql.ts';
import type { Page } from '../../http/pagination.ts';
import { ApiError } from '../../http/problem.ts';
import { OperatorEntity } from '../operators/operator.entity.ts';
import { RouteEntity, RouteOperatorEntity } from './route.entity.ts';
import type { CreateRouteBody, LinkOperatorBody, ListRoutesQuery, UpdateRouteBody } from './routes.schemas.ts';

function externalIdConflict(err: unknown): never {
  if (
    err instanceof UniqueConstraintViolationException &&
    (err as { constraint?: string }).constraint === 'route_tenant_external_id_unique'
  ) {
    throw new ApiError('RESOURCE_CONFLICT', 'Another route of the tenant has this external_id');
  }
  throw err;
}

export async function listRoutes(em: EntityManager, tenantId: string, query: ListRoutesQuery, page: Page) {
  // Explicit tenant condition: query builders do not rely on the ORM filter.
  const qb = em.createQueryBuilder(RouteEntity, 'r').where({ tenant: tenantId });
  if (query.search) {
    const term = likeContains(query.search);
    qb.andWhere(
      `(reten_fold(r.name) like reten_fold(?) or reten_fold(coalesce(r.external_id, '')) like reten_fold(?))`,
      [term, term],
    );
  }
  if (query.is_active !== undefined) qb.andWhere({ isActive: query.is_active });
  const [rows, total] = await qb
    .orderBy({ name: 'asc', id: 'asc' })
    .limit(page.limit)
    .offset(page.offset)
    .getResultAndCount();
  return { rows, total };
}

async function findRoute(em: EntityManager, id: string, lock = false): Promise<RouteEntity> {
  // The tenant filter hides other tenants' routes: they are 404 like missing ones.
  const route = await em.findOne(RouteEntity, id, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!route) throw new ApiError('ROUTE_NOT_FOUND', 'No route has this id in this tenant');
  return route;
}

export async function getRoute(em: EntityManager, id: string) {
  const route = await findRoute(em, id);
  const links = await em.find(
    RouteOperatorEntity,
    { route: id },
    { populate: ['operator'], orderBy: { operator: { name: 'asc' }, id: 'asc' } },
  );
  return { route, links };
}

export async function createRoute(em: EntityManager, tenantId: string, body: CreateRouteBody) {
  const route = em.create(RouteEntity, {
    tenant: tenantId,
    name: body.name,
    externalId: body.external_id ?? null,
    description: body.description ?? null,
    isActive: body.is_active ?? true,
    metadata: body.metadata ?? {},
  });
  await em.flush().catch(externalIdConflict);
  return route;
}

export async function updateRoute(em: EntityManager, id: string, body: UpdateRouteBody) {
  const route = await findRoute(em, id);
  if (body.name !== undefined) route.name = body.name;
  if (body.external_id !== undefined) route.externalId = body.external_id;
  if (body.description !== undefined) route.description = body.description;
  if (body.is_active !== undefined) route.isActive = body.is_active;
  if (body.metadata !== undefined) route.metadata = { ...route.metadata, ...body.metadata };
  await em.flush().catch(externalIdConflict);
  return route;
}

/**
 * Links an operator to a route, or updates and reactivates the existing link. The route row is
 * locked first, so two concurrent calls for the same link update one row instead of colliding.
 */
export async function linkOperator(em: EntityManager, tenantId: string, routeId: string, body: LinkOperatorBody) {
  return em.transactional(async (tx) => {
    const route = await findRoute(tx, routeId, true);
    const operator = await tx.findOne(OperatorEntity, body.operator_id);
    if (!operator) throw new ApiError('OPERATOR_NOT_FOUND', 'No operator has this id in this tenant');
    const link =
      (await tx.findOne(RouteOperatorEntity, { route, operator })) ??
      tx.create(RouteOperatorEntity, { tenant: tenantId, route, operator, role: 'MEMBER' });
    if (body.role) link.role = body.role;
    link.isActive = true;
    return link;
  });
}

export async function unlinkOperator(em: EntityManager, routeId: string, operatorId: string) {
  const route = await findRoute(em, routeId);
  const deleted = await em.nativeDelete(RouteOperatorEntity, { route, operator: operatorId });
  if (deleted === 0) throw new ApiError('OPERATOR_NOT_FOUND', 'This operator is not linked to this route');
}
