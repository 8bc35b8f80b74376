import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../db/ids.ts';
import { type Db, insertRows, inTransaction, iso, jsonParam, likeContains, readRows } from '../../db/sql.ts';
import type { AttributeResolutionStatus, ResolverType } from '../../domain/activity-enums.ts';
import type { ActivityStatus, StatusEventType } from '../../domain/activity-status.ts';
import type { Page } from '../../http/pagination.ts';
import { ApiError } from '../../http/problem.ts';
import { createClientHookResolver } from '../activity-config/client-hook.ts';
import type { Activity, CreateActivityBody, CreateTaskBody, ListActivitiesQuery } from './activities.schemas.ts';
import {
  type AttributeOutcome,
  type AttributeRequest,
  internalResolver,
  type ResolutionSubject,
  resolveAttributes,
  resolveTarget,
  type SubjectCommerce,
  type TargetOutcome,
  targetPlan,
} from './resolution.service.ts';
import { insertStatusEvents, statusEvent, writeStatusChange } from './status.service.ts';

/** What every activity operation runs with: the tenant, the clock, and where to read and write. */
export interface TenantContext {
  /** The request's entity manager, tenant-filtered (handlers fork it on first use). */
  em: EntityManager;
  /** The connection the plain-SQL reads and writes run on (`readRows`, `inTransaction`). */
  db: Db;
  tenantId: string;
  now: Date;
  /** Opens client-hook secrets; absent where no key is configured. */
  credentialsKey?: Buffer;
}

export function resolversFor(ctx: TenantContext) {
  return { internal: internalResolver, clientHook: createClientHookResolver(ctx.em, ctx.tenantId, ctx.credentialsKey) };
}

/** `key: reason` for every failed target or attribute, for the RESOLUTION_* event. */
export function failureSummary(target: TargetOutcome | null, attributes: AttributeOutcome[]): string {
  const parts = attributes.filter((a) => a.status === 'FAILED').map((a) => `${a.key}: ${a.errorMessage}`);
  if (target?.status === 'FAILED') parts.unshift(`target user: ${target.errorMessage}`);
  return parts.join('; ');
}

export type NewActivity = CreateActivityBody | (CreateTaskBody & { type: 'TASK' });

/** `attributes[]` win over `attribute_keys` for the same key; each key is resolved once. */
function attributeRequests(input: NewActivity): AttributeRequest[] {
  const byKey = new Map<string, AttributeRequest>();
  for (const key of input.attribute_keys ?? []) byKey.set(key, { key, callerProvided: false, hasFallback: false });
  for (const a of input.attributes ?? []) {
    byKey.set(a.key, {
      key: a.key,
      value: a.value,
      fallback: a.fallback,
      callerProvided: 'value' in a && a.value !== undefined,
      hasFallback: 'fallback' in a && a.fallback !== undefined,
    });
  }
  return [...byKey.values()];
}

/** The commerce (as resolvers need it), route and operator an activity names, all in this tenant. */
async function loadAssignment(ctx: TenantContext, input: NewActivity): Promise<SubjectCommerce> {
  const isTask = 'assigned_route_id' in input;
  const exists = (table: 'route' | 'operator', id: string) =>
    readRows(ctx.db, `select 1 from ${table} where tenant_id = $1 and id = $2`, [ctx.tenantId, id]);
  const [[commerce], route, operator] = await Promise.all([
    readRows<{
      id: string;
      external_id: string;
      name: string;
      tax_id: string | null;
      metadata: Record<string, unknown>;
    }>(ctx.db, 'select id, external_id, name, tax_id, metadata from commerce where tenant_id = $1 and id = $2', [
      ctx.tenantId,
      input.commerce_id,
    ]),
    isTask ? exists('route', input.assigned_route_id) : [],
    isTask ? exists('operator', input.assigned_operator_id) : [],
  ]);
  if (!commerce) throw new ApiError('COMMERCE_NOT_FOUND', `No commerce ${input.commerce_id} in this tenant`);
  if (isTask && route.length === 0) {
    throw new ApiError('ROUTE_NOT_FOUND', `No route ${input.assigned_route_id} in this tenant`);
  }
  if (isTask && operator.length === 0) {
    throw new ApiError('OPERATOR_NOT_FOUND', `No operator ${input.assigned_operator_id} in this tenant`);
  }
  return {
    id: commerce.id,
    externalId: commerce.external_id,
    name: commerce.name,
    taxId: commerce.tax_id,
    metadata: commerce.metadata,
  };
}

/**
 * Creates an activity with its attributes, target user and status events in one transaction, and
 * returns it. Resolution runs before the transaction opens (resolvers may call out). The unique index
 * on (tenant, idempotency key) decides between concurrent duplicates: the loser gets 409 with the
 * winner's id. This is a hot path, so it reads plain rows and writes with `inTransaction`.
 */
export async function createActivity(ctx: TenantContext, input: NewActivity): Promise<Activity> {
  const requests = attributeRequests(input);
  const keys = requests.length
    ? await readRows<{ id: string; key: string }>(ctx.db, 'select id, key from attribute_key where key = any($1)', [
        requests.map((r) => r.key),
      ])
    : [];
  const unknown = requests.filter((r) => !keys.some((k) => k.key === r.key)).map((r) => r.key);
  if (unknown.length > 0) {
    throw new ApiError('UNKNOWN_ATTRIBUTE_KEY', `Unknown attribute keys: ${unknown.join(', ')}`, {
      errors: unknown.map((key) => ({ path: 'body.attribute_keys', message: `"${key}" is not in the catalog` })),
    });
  }
  const commerce = await loadAssignment(ctx, input);
  const subject: ResolutionSubject = {
    em: ctx.em,
    tenantId: ctx.tenantId,
    commerce,
    activity: { type: input.type, channel: input.channel, reason: input.reason },
    targetUserId: null,
  };
  const plan = await targetPlan(ctx, input.target_criteria ?? null);
  const target = plan ? await resolveTarget(subject, plan, ctx.now) : null;
  subject.targetUserId = target?.commerceUserId ?? null;
  const outcomes = await resolveAttributes(requests, subject, resolversFor(ctx), ctx.now);
  const failure = failureSummary(target, outcomes);

  // The activity starts with the status its events end at: CREATED, then RESOLUTION_FAILED if any.
  const events = [statusEvent(null, 'READY', 'CREATED', ctx.now)];
  if (failure) {
    events.push(
      statusEvent('READY', 'UNRESOLVED', 'RESOLUTION_FAILED', ctx.now, {
        errorCode: 'RESOLUTION_FAILED',
        errorMessage: failure,
      }),
    );
  }
  const activity = { tenantId: ctx.tenantId, id: uuidv7() };
  const owned = { created_at: ctx.now, updated_at: ctx.now, tenant_id: ctx.tenantId };
  try {
    return await inTransaction(ctx.db, async (tx) => {
      const [row] = await tx.rows<ActivityRow>(
        `with a as (
           insert into activity (id, created_at, updated_at, tenant_id, type, channel, status, reason, idempotency_key,
             scheduled_at, suggested_execution_time, user_status, score, commerce_id, assignment_reason,
             assigned_route_id, assigned_operator_id, target_criteria, provider_activity_id, dispatch_attempt_count)
           values ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, null, 0)
           returning *)
         select ${ACTIVITY_COLUMNS} from a join commerce c on c.id = a.commerce_id`,
        [
          activity.id,
          ctx.now,
          ctx.tenantId,
          input.type,
          input.channel,
          events.at(-1)!.toStatus,
          input.reason,
          input.idempotency_key,
          new Date(input.scheduled_at),
          input.suggested_execution_time ? new Date(input.suggested_execution_time) : null,
          input.user_status ?? null,
          input.score ?? null,
          commerce.id,
          input.assignment_reason ?? null,
          'assigned_route_id' in input ? input.assigned_route_id : null,
          'assigned_operator_id' in input ? input.assigned_operator_id : null,
          jsonParam(input.target_criteria),
        ],
      );
      await insertStatusEvents(tx, activity, events);
      if (target) {
        await insertRows(tx, 'activity_target_user', [
          {
            id: uuidv7(),
            ...owned,
            activity_id: activity.id,
            commerce_user_id: target.commerceUserId,
            resolution_status: target.status,
            resolution_strategy: target.strategy,
            lock_reason: target.lockReason,
            resolved_at: target.resolvedAt,
            error_message: target.errorMessage,
          },
        ]);
      }
      await insertRows(
        tx,
        'activity_attribute',
        outcomes.map((outcome) => ({
          id: uuidv7(),
          ...owned,
          activity_id: activity.id,
          attribute_key_id: keys.find((k) => k.key === outcome.key)!.id,
          value: jsonParam(outcome.value),
          resolution_status: outcome.status,
          resolver_type: outcome.resolverType,
          resolved_at: outcome.resolvedAt,
          error_message: outcome.errorMessage,
        })),
      );
      return toActivity(row!);
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const [existing] = await readRows<{ id: string }>(
        ctx.db,
        'select id from activity where tenant_id = $1 and idempotency_key = $2',
        [ctx.tenantId, input.idempotency_key],
      );
      if (existing) {
        throw new ApiError('IDEMPOTENCY_KEY_CONFLICT', `Idempotency key "${input.idempotency_key}" is already used`, {
          activityId: existing.id,
        });
      }
    }
    throw err;
  }
}

/** Cancels under a row lock, so it cannot interleave with a result or a dispatch on the same activity. */
export async function cancelActivity(ctx: TenantContext, id: string, reason?: string): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const [activity] = await tx.rows<{ tenantId: string; id: string; status: ActivityStatus }>(
      'select tenant_id as "tenantId", id, status from activity where tenant_id = $1 and id = $2 for update',
      [ctx.tenantId, id],
    );
    if (!activity) throw new ApiError('ACTIVITY_NOT_FOUND', `No activity ${id} in this tenant`);
    await writeStatusChange(tx, activity, 'CANCELED', 'CANCELED', ctx.now, { reason });
  });
}

// Reads are plain SQL with explicit columns, mapped straight to the wire shape: no entity hydration.

const ACTIVITY_COLUMNS = `a.id, a.type, a.channel, a.status, a.reason, a.idempotency_key, ${iso('a.scheduled_at')},
  ${iso('a.suggested_execution_time')}, a.user_status, a.score, a.commerce_id, a.assignment_reason, a.assigned_route_id,
  a.assigned_operator_id, a.target_criteria, a.provider_activity_id, a.dispatch_attempt_count, ${iso('a.created_at')},
  ${iso('a.updated_at')}, c.name as commerce_name, c.external_id as commerce_external_id`;

interface ActivityRow {
  id: string;
  type: Activity['type'];
  channel: Activity['channel'];
  status: Activity['status'];
  reason: string;
  idempotency_key: string;
  scheduled_at: string;
  suggested_execution_time: string | null;
  user_status: string | null;
  score: number | null;
  commerce_id: string;
  assignment_reason: string | null;
  assigned_route_id: string | null;
  assigned_operator_id: string | null;
  target_criteria: Activity['targetCriteria'];
  provider_activity_id: string | null;
  dispatch_attempt_count: number;
  created_at: string;
  updated_at: string;
  commerce_name: string;
  commerce_external_id: string;
}

/** The one mapping from stored activity to its wire shape. */
export function toActivity(row: ActivityRow): Activity {
  return {
    id: row.id,
    type: row.type,
    channel: row.channel,
    status: row.status,
    reason: row.reason,
    idempotencyKey: row.idempotency_key,
    scheduledAt: row.scheduled_at,
    suggestedExecutionTime: row.suggested_execution_time,
    userStatus: row.user_status,
    score: row.score,
    commerceAssignment: {
      commerceId: row.commerce_id,
      assignmentReason: row.assignment_reason,
      commerce: { name: row.commerce_name, externalId: row.commerce_external_id },
    },
    taskDetails:
      row.type === 'TASK'
        ? { assignedRouteId: row.assigned_route_id, assignedOperatorId: row.assigned_operator_id }
        : null,
    targetCriteria: row.target_criteria,
    providerActivityId: row.provider_activity_id,
    dispatchAttemptCount: row.dispatch_attempt_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findActivity(ctx: TenantContext, id: string): Promise<Activity> {
  const [row] = await readRows<ActivityRow>(
    ctx.db,
    `select ${ACTIVITY_COLUMNS} from activity a join commerce c on c.id = a.commerce_id
     where a.tenant_id = $1 and a.id = $2`,
    [ctx.tenantId, id],
  );
  if (!row) throw new ApiError('ACTIVITY_NOT_FOUND', `No activity ${id} in this tenant`);
  return toActivity(row);
}

export async function listActivities(ctx: TenantContext, query: ListActivitiesQuery, page: Page) {
  const where = ['a.tenant_id = $1'];
  const params: unknown[] = [ctx.tenantId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const equal = { status: query.status, type: query.type, channel: query.channel, commerce_id: query.commerce_id };
  for (const [column, value] of Object.entries(equal)) {
    if (value !== undefined) where.push(`a.${column} = ${param(value)}`);
  }
  if (query.scheduled_from) where.push(`a.scheduled_at >= ${param(new Date(query.scheduled_from))}`);
  if (query.scheduled_to) where.push(`a.scheduled_at <= ${param(new Date(query.scheduled_to))}`);
  if (query.search) {
    // Two index searches, not one OR: the reason's trigram index, and the (few) matching commerces'
    // activities by the commerce index. An OR made PostgreSQL fold every row of the tenant (300 ms
    // at 100k rows per tenant; 1 ms this way for a shop's name, docs/performance.md).
    const pattern = param(likeContains(query.search));
    where.push(`a.id in (
      select id from activity where tenant_id = $1 and reten_fold(reason || ' ' || idempotency_key) like reten_fold(${pattern})
      union all
      select id from activity where tenant_id = $1 and commerce_id in (
        select id from commerce where tenant_id = $1 and reten_fold(name || ' ' || external_id) like reten_fold(${pattern})))`);
  }
  const filter = where.join(' and ');
  const [rows, total] = await Promise.all([
    readRows<ActivityRow>(
      ctx.db,
      `select ${ACTIVITY_COLUMNS} from activity a join commerce c on c.id = a.commerce_id
       where ${filter} order by a.scheduled_at, a.id limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, page.limit, page.offset],
    ),
    countActivities(ctx, query, filter, params),
  ]);
  return { data: rows.map(toActivity), total };
}

/**
 * The exact total. Filters on status, type and channel alone (or none) sum the trigger-kept counters
 * of activity_count: a few rows, however large the tenant. Other filters count the matching rows,
 * which their indexes keep to one commerce, one date range or the search matches.
 */
async function countActivities(
  ctx: TenantContext,
  query: ListActivitiesQuery,
  filter: string,
  params: unknown[],
): Promise<number> {
  let rows: { total: number }[];
  if (query.commerce_id || query.scheduled_from || query.scheduled_to || query.search) {
    rows = await readRows(ctx.db, `select count(*)::int as total from activity a where ${filter}`, params);
  } else {
    const where = ['tenant_id = $1'];
    const counterParams: unknown[] = [ctx.tenantId];
    for (const [column, value] of Object.entries({ status: query.status, type: query.type, channel: query.channel })) {
      if (value !== undefined) where.push(`${column} = $${counterParams.push(value)}`);
    }
    rows = await readRows(
      ctx.db,
      `select coalesce(sum(n), 0)::int as total from activity_count where ${where.join(' and ')}`,
      counterParams,
    );
  }
  return rows[0]?.total ?? 0;
}

export async function assertActivityExists(ctx: TenantContext, id: string) {
  const rows = await readRows(ctx.db, 'select 1 from activity where tenant_id = $1 and id = $2', [ctx.tenantId, id]);
  if (rows.length === 0) throw new ApiError('ACTIVITY_NOT_FOUND', `No activity ${id} in this tenant`);
}

export async function listStatusEvents(ctx: TenantContext, activityId: string) {
  await assertActivityExists(ctx, activityId);
  const rows = await readRows<{
    id: string;
    event_type: StatusEventType;
    from_status: ActivityStatus | null;
    to_status: ActivityStatus | null;
    error_code: string | null;
    error_message: string | null;
    reason: string | null;
    forced: boolean;
    occurred_at: string;
  }>(
    ctx.db,
    `select id, event_type, from_status, to_status, error_code, error_message, reason, forced, ${iso('occurred_at')}
     from activity_status_event where tenant_id = $1 and activity_id = $2 order by occurred_at, id`,
    [ctx.tenantId, activityId],
  );
  return rows.map((r) => ({
    id: r.id,
    activityId,
    eventType: r.event_type,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    errorCode: r.error_code,
    errorMessage: r.error_message,
    reason: r.reason,
    forced: r.forced,
    occurredAt: r.occurred_at,
  }));
}

export async function listAttributes(ctx: TenantContext, activityId: string) {
  await assertActivityExists(ctx, activityId);
  const rows = await readRows<{
    id: string;
    attribute_key_id: string;
    value: unknown;
    resolution_status: AttributeResolutionStatus;
    resolver_type: ResolverType | null;
    resolved_at: Date | null;
    error_message: string | null;
    created_at: string;
    updated_at: string;
  }>(
    ctx.db,
    `select aa.id, aa.attribute_key_id, aa.value, aa.resolution_status, aa.resolver_type, ${iso('aa.resolved_at')},
       aa.error_message, ${iso('aa.created_at')}, ${iso('aa.updated_at')}
     from activity_attribute aa join attribute_key k on k.id = aa.attribute_key_id
     where aa.tenant_id = $1 and aa.activity_id = $2 order by k.key`,
    [ctx.tenantId, activityId],
  );
  return rows.map((r) => ({
    id: r.id,
    activityId,
    attributeKeyId: r.attribute_key_id,
    value: r.value ?? null,
    resolutionStatus: r.resolution_status,
    resolverType: r.resolver_type,
    resolvedAt: r.resolved_at,
    errorMessage: r.error_message,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
