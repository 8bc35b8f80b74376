import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext } from '../../context.ts';
import { containsFolded } from '../../db/sql.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Page } from '../../http/pagination.ts';
import { OperatorEntity } from '../operators/operator.entity.ts';
import { RouteEntity, RouteOperatorEntity } from './route.entity.ts';
import type {
  CreateRouteBody,
  LinkOperatorBody,
  ListRoutesQuery,
  Route,
  RouteDetail,
  UpdateRouteBody,
} from './routes.schemas.ts';

function toRoute(r: RouteEntity): Route {
  return {
    id: r.id,
    name: r.name,
    externalId: r.externalId ?? null,
    description: r.description ?? null,
    isActive: r.isActive,
    metadata: r.metadata,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function listRoutes(ctx: TenantContext, query: ListRoutesQuery, page: Page) {
  // Explicit tenant condition: query builders do not rely on the ORM filter.
  const qb = ctx.em.createQueryBuilder(RouteEntity, 'r').where({ tenant: ctx.tenantId });
  if (query.search) {
    const term = query.search;
    qb.andWhere(`(${containsFolded('r.name', '?')} or ${containsFolded("coalesce(r.external_id, '')", '?')})`, [
      term,
      term,
    ]);
  }
  if (query.is_active !== undefined) qb.andWhere({ isActive: query.is_active });
  const [rows, total] = await qb
    .orderBy({ name: 'asc', id: 'asc' })
    .limit(page.limit)
    .offset(page.offset)
    .getResultAndCount();
  return { data: rows.map(toRoute), total };
}

async function findRoute(em: EntityManager, id: string, lock = false): Promise<RouteEntity> {
  // The tenant filter hides other tenants' routes: they are 404 like missing ones.
  const route = await em.findOne(RouteEntity, id, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!route) throw new DomainError('ROUTE_NOT_FOUND', 'No route has this id in this tenant');
  return route;
}

/** A route with its operator links, by operator name. */
export async function getRoute(ctx: TenantContext, id: string): Promise<RouteDetail> {
  const route = await findRoute(ctx.em, id);
  const links = await ctx.em.find(
    RouteOperatorEntity,
    { route: id },
    { populate: ['operator'], orderBy: { operator: { name: 'asc' }, id: 'asc' } },
  );
  return {
    ...toRoute(route),
    operators: links.map((l) => ({
      operatorId: l.operator.id,
      role: l.role,
      isActive: l.isActive,
      operator: { name: l.operator.name, type: l.operator.type },
    })),
  };
}

export async function createRoute(ctx: TenantContext, body: CreateRouteBody): Promise<Route> {
  const route = ctx.em.create(RouteEntity, {
    tenant: ctx.tenantId,
    name: body.name,
    externalId: body.external_id ?? null,
    description: body.description ?? null,
    isActive: body.is_active ?? true,
    metadata: body.metadata ?? {},
  });
  await ctx.em.flush();
  return toRoute(route);
}

export async function updateRoute(ctx: TenantContext, id: string, body: UpdateRouteBody): Promise<Route> {
  const route = await findRoute(ctx.em, id);
  if (body.name !== undefined) route.name = body.name;
  if (body.external_id !== undefined) route.externalId = body.external_id;
  if (body.description !== undefined) route.description = body.description;
  if (body.is_active !== undefined) route.isActive = body.is_active;
  if (body.metadata !== undefined) route.metadata = { ...route.metadata, ...body.metadata };
  await ctx.em.flush();
  return toRoute(route);
}

/**
 * Links an operator to a route, or updates and reactivates the existing link. The route row is
 * locked first, so two concurrent calls for the same link update one row instead of colliding.
 */
export async function linkOperator(ctx: TenantContext, routeId: string, body: LinkOperatorBody) {
  const link = await ctx.em.transactional(async (tx) => {
    const route = await findRoute(tx, routeId, true);
    const operator = await tx.findOne(OperatorEntity, body.operator_id);
    if (!operator) throw new DomainError('OPERATOR_NOT_FOUND', 'No operator has this id in this tenant');
    const link =
      (await tx.findOne(RouteOperatorEntity, { route, operator })) ??
      tx.create(RouteOperatorEntity, { tenant: ctx.tenantId, route, operator, role: 'MEMBER' });
    if (body.role) link.role = body.role;
    link.isActive = true;
    return link;
  });
  return { routeId: link.route.id, operatorId: link.operator.id, role: link.role, isActive: link.isActive };
}

export async function unlinkOperator(ctx: TenantContext, routeId: string, operatorId: string): Promise<void> {
  const route = await findRoute(ctx.em, routeId);
  const deleted = await ctx.em.nativeDelete(RouteOperatorEntity, { route, operator: operatorId });
  if (deleted === 0) throw new DomainError('OPERATOR_NOT_FOUND', 'This operator is not linked to this route');
}
