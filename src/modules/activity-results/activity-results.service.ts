import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { uuidv7 } from '../../db/ids.ts';
import { inTransaction, iso, jsonParam, readRows, type SqlTransaction } from '../../db/sql.ts';
import type { ActivityStatus } from '../../domain/activity-status.ts';
import { activityChangeFor, isNewer, type ResultSource, type ResultStatus } from '../../domain/result-sync.ts';
import type { Page } from '../../http/pagination.ts';
import { ApiError } from '../../http/problem.ts';
import type { TenantContext } from '../activities/activities.service.ts';
import { writeStatusChange } from '../activities/status.service.ts';
import type { ActivityResult, CreateTaskResultBody, ListResultsQuery } from './activity-results.schemas.ts';

/** The commerce a standalone result names; an unknown external id gets a placeholder, once under races. */
async function commerceForStandalone(tx: SqlTransaction, tenantId: string, externalId: string): Promise<string> {
  await tx.rows(
    `insert into commerce (id, tenant_id, external_id, name, is_active, is_placeholder, metadata, created_at, updated_at)
     values ($1, $2, $3, $4, true, true, '{}', now(), now()) on conflict (tenant_id, external_id) do nothing`,
    [uuidv7(), tenantId, externalId, `Placeholder ${externalId}`],
  );
  const [row] = await tx.rows<{ id: string }>('select id from commerce where tenant_id = $1 and external_id = $2', [
    tenantId,
    externalId,
  ]);
  return row!.id;
}

interface MatchedActivity {
  tenantId: string;
  id: string;
  status: ActivityStatus;
  commerceId: string;
  providerActivityId: string | null;
}

/** The activity a result is for, locked: by `activity_id` (404 if unknown), else by provider id. */
async function matchActivity(tx: SqlTransaction, ctx: TenantContext, input: CreateTaskResultBody) {
  const [column, value] = input.activity_id
    ? ['id', input.activity_id]
    : ['provider_activity_id', input.provider_activity_id];
  const [activity] = await tx.rows<MatchedActivity>(
    `select tenant_id as "tenantId", id, status, commerce_id as "commerceId", provider_activity_id as "providerActivityId"
     from activity where tenant_id = $1 and ${column} = $2 order by id limit 1 for update`,
    [ctx.tenantId, value],
  );
  if (!activity && input.activity_id) {
    throw new ApiError('ACTIVITY_NOT_FOUND', `No activity ${input.activity_id} in this tenant`);
  }
  return activity ?? null;
}

/** The stored result a submission replaces, locked; a standalone one is adopted once its activity is known. */
async function storedResult(
  tx: SqlTransaction,
  ctx: TenantContext,
  activity: MatchedActivity | null,
  input: CreateTaskResultBody,
) {
  type Stored = { id: string; occurred_at: string; provider_activity_id: string | null };
  const columns = `id, ${iso('occurred_at')}, provider_activity_id`;
  if (activity) {
    const [stored] = await tx.rows<Stored>(
      `select ${columns} from activity_result where tenant_id = $1 and activity_id = $2 limit 1 for update`,
      [ctx.tenantId, activity.id],
    );
    if (stored) return stored;
  }
  if (!input.provider_activity_id) return null;
  const [standalone] = await tx.rows<Stored>(
    `select ${columns} from activity_result
     where tenant_id = $1 and provider_activity_id = $2 and activity_id is null limit 1 for update`,
    [ctx.tenantId, input.provider_activity_id],
  );
  return standalone ?? null;
}

/**
 * Records a result and syncs its activity in one transaction. The activity row lock (or, for a
 * standalone result, the unique index on its provider id) serializes concurrent submissions, and the
 * temporal guard makes the newest accepted result the one that stands. A hot path: plain SQL.
 */
async function applyResult(tx: SqlTransaction, ctx: TenantContext, input: CreateTaskResultBody) {
  const occurredAt = new Date(input.occurred_at);
  const activity = await matchActivity(tx, ctx, input);
  let commerceId: string;
  if (activity) {
    const [commerce] = await tx.rows<{ external_id: string }>(
      'select external_id from commerce where tenant_id = $1 and id = $2',
      [ctx.tenantId, activity.commerceId],
    );
    if (commerce!.external_id !== input.commerce_external_id) {
      throw new ApiError(
        'COMMERCE_MISMATCH',
        `The activity belongs to commerce "${commerce!.external_id}", not "${input.commerce_external_id}"`,
        { errors: [{ path: 'body.commerce_external_id', message: "Does not match the activity's commerce" }] },
      );
    }
    commerceId = activity.commerceId;
  } else {
    commerceId = await commerceForStandalone(tx, ctx.tenantId, input.commerce_external_id);
  }

  const stored = await storedResult(tx, ctx, activity, input);
  if (stored && !isNewer(occurredAt, new Date(stored.occurred_at))) {
    throw new ApiError(
      'STALE_RESULT',
      `occurred_at ${input.occurred_at} is not later than the stored result's ${stored.occurred_at}`,
    );
  }

  const change = activity ? activityChangeFor(input.status) : null;
  if (activity && change && change.to !== activity.status) {
    await writeStatusChange(tx, activity, change.to, change.eventType, ctx.now, {
      force: input.hard_override,
      reason: `Result ${input.status} (${input.task_result.result})`,
    });
  }

  const source: ResultSource = activity ? 'RETEN_ACTIVITY' : 'STANDALONE';
  const fields = [
    activity?.id ?? null,
    input.provider_activity_id ?? stored?.provider_activity_id ?? activity?.providerActivityId ?? null,
    commerceId,
    source,
    input.status,
    input.external_status ?? null,
    occurredAt,
    input.task_result.result,
    input.task_result.comment ?? null,
    input.task_result.contact_type ?? null,
    input.task_result.operator_external_id ?? null,
    input.task_result.future_scheduled_at ? new Date(input.task_result.future_scheduled_at) : null,
    jsonParam(input.task_result.payload),
    jsonParam(input.raw_payload),
    input.hard_override ?? false,
    ctx.now,
  ];
  const [row] = stored
    ? await tx.rows<ResultRow>(
        `update activity_result r set activity_id = $1, provider_activity_id = $2, commerce_id = $3, source = $4,
           result_status = $5, external_status = $6, occurred_at = $7, result_code = $8, comment = $9, contact_type = $10,
           operator_external_id = $11, future_scheduled_at = $12, payload = $13, raw_payload = $14, hard_override = $15,
           updated_at = $16
         where r.tenant_id = $17 and r.id = $18 returning ${RESULT_COLUMNS}`,
        [...fields, ctx.tenantId, stored.id],
      )
    : await tx.rows<ResultRow>(
        `insert into activity_result as r (activity_id, provider_activity_id, commerce_id, source, result_status,
           external_status, occurred_at, result_code, comment, contact_type, operator_external_id, future_scheduled_at,
           payload, raw_payload, hard_override, updated_at, created_at, tenant_id, id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $17, $18)
         returning ${RESULT_COLUMNS}`,
        [...fields, ctx.tenantId, uuidv7()],
      );
  return { result: toResult(row!), created: !stored };
}

export async function submitTaskResult(ctx: TenantContext, input: CreateTaskResultBody) {
  // Two first submissions for one new standalone provider id race on its unique index; the loser
  // runs again and then finds the winner's record, so the temporal guard decides between them.
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(ctx.db, (tx) => applyResult(tx, ctx, input));
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
    ctx.db,
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
      ctx.db,
      `select ${RESULT_COLUMNS} from activity_result r where ${filter}
       order by r.occurred_at desc, r.id desc limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, page.limit, page.offset],
    ),
    readRows<{ total: number }>(ctx.db, `select count(*)::int as total from activity_result r where ${filter}`, params),
  ]);
  return { data: rows.map(toResult), total: count?.total ?? 0 };
}
