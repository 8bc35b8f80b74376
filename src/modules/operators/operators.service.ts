import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { likeContains } from '../../db/sql.ts';
import type { Page } from '../../http/pagination.ts';
import { ApiError } from '../../http/problem.ts';
import { OperatorEntity } from './operator.entity.ts';
import type {
  CreateOperatorBody,
  ListOperatorsQuery,
  SyncOperatorsBody,
  UpdateOperatorBody,
} from './operators.schemas.ts';

/** Both unique keys of an operator are OPERATOR_CONFLICT; anything else is rethrown. */
function operatorConflict(err: unknown): never {
  if (err instanceof UniqueConstraintViolationException) {
    const constraint = (err as { constraint?: string }).constraint;
    if (constraint === 'operator_tenant_email_unique') {
      throw new ApiError('OPERATOR_CONFLICT', 'Another operator of the tenant has this email');
    }
    if (constraint === 'operator_tenant_type_external_id_unique') {
      throw new ApiError('OPERATOR_CONFLICT', 'Another operator of the tenant has this type and external_id');
    }
  }
  throw err;
}

export async function listOperators(em: EntityManager, tenantId: string, query: ListOperatorsQuery, page: Page) {
  // Explicit tenant condition: query builders do not rely on the ORM filter.
  const qb = em.createQueryBuilder(OperatorEntity, 'o').where({ tenant: tenantId });
  if (query.search) {
    const term = likeContains(query.search);
    qb.andWhere(`(reten_fold(o.name) like reten_fold(?) or reten_fold(coalesce(o.email, '')) like reten_fold(?))`, [
      term,
      term,
    ]);
  }
  if (query.type) qb.andWhere({ type: query.type });
  if (query.is_active !== undefined) qb.andWhere({ isActive: query.is_active });
  const [rows, total] = await qb
    .orderBy({ name: 'asc', id: 'asc' })
    .limit(page.limit)
    .offset(page.offset)
    .getResultAndCount();
  return { rows, total };
}

export async function getOperator(em: EntityManager, id: string): Promise<OperatorEntity> {
  // The tenant filter hides other tenants' operators: they are 404 like missing ones.
  const operator = await em.findOne(OperatorEntity, id);
  if (!operator) throw new ApiError('OPERATOR_NOT_FOUND', 'No operator has this id in this tenant');
  return operator;
}

export async function createOperator(em: EntityManager, tenantId: string, body: CreateOperatorBody) {
  const operator = em.create(OperatorEntity, {
    tenant: tenantId,
    type: body.type,
    name: body.name,
    email: body.email ?? null,
    phone: body.phone ?? null,
    externalId: body.external_id ?? null,
    isPlaceholder: body.is_placeholder ?? false,
    metadata: body.metadata ?? {},
  });
  await em.flush().catch(operatorConflict);
  return operator;
}

export async function updateOperator(em: EntityManager, id: string, body: UpdateOperatorBody) {
  const operator = await getOperator(em, id);
  if (body.name !== undefined) operator.name = body.name;
  if (body.email !== undefined) operator.email = body.email;
  if (body.phone !== undefined) operator.phone = body.phone;
  if (body.is_active !== undefined) operator.isActive = body.is_active;
  if (body.metadata !== undefined) operator.metadata = { ...operator.metadata, ...body.metadata };
  await em.flush().catch(operatorConflict);
  return operator;
}

/**
 * Upserts operators by (tenant, type, external_id) in one transaction: any failure writes nothing.
 * Syncs of one tenant are serialised by an advisory lock, so concurrent syncs do not collide.
 */
export async function syncOperators(em: EntityManager, tenantId: string, items: SyncOperatorsBody['items']) {
  return em
    .transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`operator-sync:${tenantId}`]);
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
    })
    .catch(operatorConflict);
}
