import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../db/ids.ts';
import { iso, readRows } from '../../db/sql.ts';
import { activityChangeFor, isNewer, type ResultSource, type ResultStatus } from '../../domain/result-sync.ts';
import type { Page } from '../../http/pagination.ts';
import { ApiError } from '../../http/problem.ts';
import type { TenantContext } from '../activities/activities.service.ts';
import { ActivityEntity } from '../activities/activity.entity.ts';
import { changeStatus } from '../activities/status.service.ts';
import { CommerceEntity } from '../commerces/commerce.entity.ts';
import { ActivityResultEntity } from './activity-result.entity.ts';
import type { ActivityResult, CreateTaskResultBody, ListResultsQuery } from './activity-results.schemas.ts';

/** The commerce a standalone result names; an unknown external id gets a placeholder, once under races. */
async function commerceForStandalone(tx: EntityManager, tenantId: string, externalId: string): Promise<string> {
  await tx.execute(
    `insert into commerce (id, tenant_id, external_id, name, is_active, is_placeholder, metadata, created_at, updated_at)
     values (?, ?, ?, ?, true, true, '{}', now(), now()) on conflict (tenant_id, external_id) do nothing`,
    [uuidv7(), tenantId, externalId, `Placeholder ${externalId}`],
  );
  const [row] = await tx.execute<{ id: string }[]>('select id from commerce where tenant_id = ? and external_id = ?', [
    tenantId,
    externalId,
  ]);
  return row!.id;
}

async function matchActivity(tx: EntityManager, input: CreateTaskResultBody): Promise<ActivityEntity | null> {
  const lock = { lockMode: LockMode.PESSIMISTIC_WRITE };
  if (input.activity_id) {
    const activity = await tx.findOne(ActivityEntity, { id: input.activity_id }, lock);
    if (!activity) throw new ApiError('ACTIVITY_NOT_FOUND', `No activity ${input.activity_id} in this tenant`);
    return activity;
  }
  return tx.findOne(ActivityEntity, { providerActivityId: input.provider_activity_id }, lock);
}

/**
 * Records a result and syncs its activity in one transaction. The activity row lock (or, for a
 * standalone result, the unique index on its provider id) serializes concurrent submissions, and the
 * temporal guard makes the newest accepted result the one that stands.
 */
async function applyResult(tx: EntityManager, ctx: TenantContext, input: CreateTaskResultBody) {
  const occurredAt = new Date(input.occurred_at);
  const activity = await matchActivity(tx, input);
  let commerceId: string;
  if (activity) {
    const commerce = await tx.findOneOrFail(CommerceEntity, { id: activity.commerce.id });
    if (commerce.externalId !== input.commerce_external_id) {
      throw new ApiError(
        'COMMERCE_MISMATCH',
        `The activity belongs to commerce "${commerce.externalId}", not "${input.commerce_external_id}"`,
        { errors: [{ path: 'body.commerce_external_id', message: "Does not match the activity's commerce" }] },
      );
    }
    commerceId = commerce.id;
  } else {
    commerceId = await commerceForStandalone(tx, ctx.tenantId, input.commerce_external_id);
  }

  const lock = { lockMode: LockMode.PESSIMISTIC_WRITE };
  // A standalone result for the same provider id is adopted once its activity becomes known.
  let result = activity ? await tx.findOne(ActivityResultEntity, { activity: activity.id }, lock) : null;
  if (!result && input.provider_activity_id) {
    result = await tx.findOne(
      ActivityResultEntity,
      { providerActivityId: input.provider_activity_id, activity: null },
      lock,
    );
  }
  if (result && !isNewer(occurredAt, result.occurredAt)) {
    throw new ApiError(
      'STALE_RESULT',
      `occurred_at ${input.occurred_at} is not later than the stored result's ${result.occurredAt.toISOString()}`,
    );
  }

  const change = activity ? activityChangeFor(input.status) : null;
  if (activity && change && change.to !== activity.status) {
    changeStatus(tx, activity, change.to, change.eventType, ctx.now, {
      force: input.hard_override,
      reason: `Result ${input.status} (${input.task_result.result})`,
    });
  }

  const source: ResultSource = activity ? 'RETEN_ACTIVITY' : 'STANDALONE';
  const fields = {
    activity: activity?.id ?? null,
    providerActivityId:
      input.provider_activity_id ?? result?.providerActivityId ?? activity?.providerActivityId ?? null,
    commerce: commerceId,
    source,
    resultStatus: input.status,
    externalStatus: input.external_status ?? null,
    occurredAt,
    resultCode: input.task_result.result,
    comment: input.task_result.comment ?? null,
    contactType: input.task_result.contact_type ?? null,
    operatorExternalId: input.task_result.operator_external_id ?? null,
    futureScheduledAt: input.task_result.future_scheduled_at ? new Date(input.task_result.future_scheduled_at) : null,
    payload: input.task_result.payload ?? null,
    rawPayload: input.raw_payload ?? null,
    hardOverride: input.hard_override ?? false,
  };
  const created = !result;
  if (result) tx.assign(result, fields);
  else result = tx.create(ActivityResultEntity, { tenant: ctx.tenantId, ...fields });
  await tx.flush();
  return { id: result.id, created };
}

export async function submitTaskResult(ctx: TenantContext, input: CreateTaskResultBody) {
  // Two first submissions for one new standalone provider id race on its unique index; the loser
  // runs again and then finds the winner's record, so the temporal guard decides between them.
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.em.transactional((tx) => applyResult(tx, ctx, input));
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException) || attempt >= 3) throw err;
    }
  }
}

const RESULT_COLUMNS = `r.id, r.activity_id, r.provider_activity_id, r.commerce_id, r.source, r.result_status,
  r.external_status, ${iso('r.occurred_at')}, r.result_code, r.comment, r.contact_type, r.operator_external_id,
  ${iso('r.future_scheduled_at')}, r.payload, r.raw_payload, r.hard_override, ${iso('r.created_at')}, ${iso('r.updated_at')}`;

interface ResultRow {
  id: string;
  activity_id: string | null;
  provider_activity_id: string | null;
  commerce_id: string;
  source: ResultSource;
  result_status: ResultStatus;
  external_status: string | null;
  occurred_at: string;
  result_code: string;
  comment: string | null;
  contact_type: 'INBOUND' | 'OUTBOUND' | null;
  operator_external_id: string | null;
  future_scheduled_at: string | null;
  payload: Record<string, unknown> | null;
  raw_payload: Record<string, unknown> | null;
  hard_override: boolean;
  created_at: string;
  updated_at: string;
}

function toResult(row: ResultRow): ActivityResult {
  return {
    id: row.id,
    activityId: row.activity_id,
    providerActivityId: row.provider_activity_id,
    commerceId: row.commerce_id,
    source: row.source,
    resultStatus: row.result_status,
    externalStatus: row.external_status,
    occurredAt: row.occurred_at,
    taskDetails: {
      result: row.result_code,
      comment: row.comment,
      contactType: row.contact_type,
      operatorExternalId: row.operator_external_id,
      futureScheduledAt: row.future_scheduled_at,
      payload: row.payload,
    },
    rawPayload: row.raw_payload,
    hardOverride: row.hard_override,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findResult(ctx: TenantContext, id: string): Promise<ActivityResult> {
  const [row] = await readRows<ResultRow>(
    ctx.em,
    `select ${RESULT_COLUMNS} from activity_result r where r.tenant_id = $1 and r.id = $2`,
    [ctx.tenantId, id],
  );
  if (!row) throw new ApiError('RESULT_NOT_FOUND', `No result ${id} in this tenant`);
  return toResult(row);
}

export async function listResults(ctx: TenantContext, query: ListResultsQuery, page: Page) {
  const where = ['r.tenant_id = $1'];
  const params: unknown[] = [ctx.tenantId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const equal = {
    activity_id: query.activity_id,
    provider_activity_id: query.provider_activity_id,
    commerce_id: query.commerce_id,
    result_status: query.status,
    source: query.source,
  };
  for (const [column, value] of Object.entries(equal)) {
    if (value !== undefined) where.push(`r.${column} = ${param(value)}`);
  }
  if (query.occurred_from) where.push(`r.occurred_at >= ${param(new Date(query.occurred_from))}`);
  if (query.occurred_to) where.push(`r.occurred_at <= ${param(new Date(query.occurred_to))}`);
  const filter = where.join(' and ');
  const [rows, [count]] = await Promise.all([
    readRows<ResultRow>(
      ctx.em,
      `select ${RESULT_COLUMNS} from activity_result r where ${filter}
       order by r.occurred_at desc, r.id desc limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, page.limit, page.offset],
    ),
    readRows<{ total: number }>(ctx.em, `select count(*)::int as total from activity_result r where ${filter}`, params),
  ]);
  return { data: rows.map(toResult), total: count?.total ?? 0 };
}
