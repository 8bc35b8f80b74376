import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext } from '../../context.ts';
import { containsFolded, lockKey } from '../../db/sql.ts';
import { DomainError } from '../../domain/errors.ts';
import { splitName } from '../../domain/names.ts';
import type { Page } from '../../http/pagination.ts';
import { OperatorEntity } from './operator.entity.ts';
import type {
  CreateOperatorBody,
  ListOperatorsQuery,
  Operator,
  SyncOperatorsBody,
  UpdateOperatorBody,
} from './operators.schemas.ts';

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

export async function listOperators(ctx: TenantContext, query: ListOperatorsQuery, page: Page) {
  // Explicit tenant condition: query builders do not rely on the ORM filter.
  const qb = ctx.em.createQueryBuilder(OperatorEntity, 'o').where({ tenant: ctx.tenantId });
  if (query.search) {
    const term = query.search;
    qb.andWhere(`(${containsFolded('o.name', '?')} or ${containsFolded("coalesce(o.email, '')", '?')})`, [term, term]);
  }
  if (query.type) qb.andWhere({ type: query.type });
  if (query.is_active !== undefined) qb.andWhere({ isActive: query.is_active });
  const [rows, total] = await qb
    .orderBy({ name: 'asc', id: 'asc' })
    .limit(page.limit)
    .offset(page.offset)
    .getResultAndCount();
  return { data: rows.map(toOperator), total };
}

async function findOperator(em: EntityManager, id: string): Promise<OperatorEntity> {
  // The tenant filter hides other tenants' operators: they are 404 like missing ones.
  const operator = await em.findOne(OperatorEntity, id);
  if (!operator) throw new DomainError('OPERATOR_NOT_FOUND', 'No operator has this id in this tenant');
  return operator;
}

export async function getOperator(ctx: TenantContext, id: string): Promise<Operator> {
  return toOperator(await findOperator(ctx.em, id));
}

export async function createOperator(ctx: TenantContext, body: CreateOperatorBody): Promise<Operator> {
  const operator = ctx.em.create(OperatorEntity, {
    tenant: ctx.tenantId,
    type: body.type,
    name: body.name,
    email: body.email ?? null,
    phone: body.phone ?? null,
    externalId: body.external_id ?? null,
    isPlaceholder: body.is_placeholder ?? false,
    metadata: body.metadata ?? {},
  });
  await ctx.em.flush();
  return toOperator(operator);
}

export async function updateOperator(ctx: TenantContext, id: string, body: UpdateOperatorBody): Promise<Operator> {
  const operator = await findOperator(ctx.em, id);
  if (body.name !== undefined) operator.name = body.name;
  if (body.email !== undefined) operator.email = body.email;
  if (body.phone !== undefined) operator.phone = body.phone;
  if (body.is_active !== undefined) operator.isActive = body.is_active;
  if (body.metadata !== undefined) operator.metadata = { ...operator.metadata, ...body.metadata };
  await ctx.em.flush();
  return toOperator(operator);
}

/**
 * Upserts operators by (tenant, type, external_id) in one transaction: any failure writes nothing.
 * Syncs of one tenant are serialised by an advisory lock, so concurrent syncs do not collide.
 */
export async function syncOperators(ctx: TenantContext, items: SyncOperatorsBody['items']) {
  const { tenantId } = ctx;
  return ctx.em.transactional(async (tx) => {
    await lockKey(tx, `operator-sync:${tenantId}`);
    const stored = await tx.find(OperatorEntity, { externalId: { $in: items.map((i) => i.external_id) } });
    const byKey = new Map(stored.map((o) => [`${o.type}:${o.externalId}`, o]));
    let created = 0;
    for (const item of items) {
      let operator = byKey.get(`${item.type}:${item.external_id}`);
      if (!operator) {
        created += 1;
        operator = tx.create(OperatorEntity, {
          tenant: tenantId,
          type: item.type,
          externalId: item.external_id,
          name: item.name,
          metadata: {},
        });
      }
      operator.name = item.name;
      operator.isPlaceholder = false;
      if (item.email !== undefined) operator.email = item.email;
      if (item.phone !== undefined) operator.phone = item.phone;
      if (item.metadata !== undefined) operator.metadata = item.metadata;
    }
    await tx.flush();
    return { created, updated: items.length - created, total: items.length };
  });
}
