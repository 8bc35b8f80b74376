/**
 * The activity aggregate's SQL, in one place: its columns, row types and the one mapping of each row
 * to its wire shape, the reads (find, list, count) and the writes of the hot paths. Every statement names
 * its tenant. The benchmark's baseline runs these same functions, so both sides send the same SQL.
 */
import { uuidv7 } from '../../db/ids.ts';
import { insertRows, iso, jsonParam, type Rows, searchMatches, type TenantRows } from '../../db/sql.ts';
import type { AttributeResolutionStatus, Channel, ResolverType } from '../../domain/activity-enums.ts';
import type { ActivityStatus, StatusEventType } from '../../domain/activity-status.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Page } from '../../http/pagination.ts';
import type {
  Activity,
  ActivityAttribute,
  ActivityStatusEvent,
  ListActivitiesQuery,
  TargetUser,
} from './activities.schemas.ts';
import type { AttributeOutcome, TargetOutcome } from './resolution-engine.ts';

// Timestamps are formatted in SQL (`iso`), so every row type below declares them as strings.

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

function toActivity(row: ActivityRow): Activity {
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

const notFound = (id: string) => new DomainError('ACTIVITY_NOT_FOUND', `No activity ${id} in this tenant`);

export async function findActivity(q: TenantRows, id: string): Promise<Activity> {
  const [row] = await q.sql.rows<ActivityRow>(
    `select ${ACTIVITY_COLUMNS} from activity a join commerce c on c.id = a.commerce_id
     where a.tenant_id = $1 and a.id = $2`,
    [q.tenantId, id],
  );
  if (!row) throw notFound(id);
  return toActivity(row);
}

export async function assertActivityExists(q: TenantRows, id: string): Promise<void> {
  const rows = await q.sql.rows('select 1 from activity where tenant_id = $1 and id = $2', [q.tenantId, id]);
  if (rows.length === 0) throw notFound(id);
}

/** A page of activities and the total matching the filters. */
export async function listActivities(q: TenantRows, query: ListActivitiesQuery, page: Page) {
  const where = ['a.tenant_id = $1'];
  const params: unknown[] = [q.tenantId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const equal = { status: query.status, type: query.type, channel: query.channel, commerce_id: query.commerce_id };
  for (const [column, value] of Object.entries(equal)) {
    if (value !== undefined) where.push(`a.${column} = ${param(value)}`);
  }
  if (query.scheduled_from) where.push(`a.scheduled_at >= ${param(new Date(query.scheduled_from))}`);
  if (query.scheduled_to) where.push(`a.scheduled_at <= ${param(new Date(query.scheduled_to))}`);
  // The reason, the idempotency key, or the commerce's name or external id (Migration20261130030000).
  if (query.search) where.push(`a.id = ${searchMatches('reten_search_activity_ids', param(query.search))}`);
  const filter = where.join(' and ');
  const [rows, total] = await Promise.all([
    q.sql.rows<ActivityRow>(
      `select ${ACTIVITY_COLUMNS} from activity a join commerce c on c.id = a.commerce_id
       where ${filter} order by a.scheduled_at, a.id limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, page.limit, page.offset],
    ),
    countActivities(q, query, filter, params),
  ]);
  return { data: rows.map(toActivity), total };
}

export interface TaskChangeFilters {
  after?: { xid: string; id: string };
  updatedSince?: string;
  status?: Activity['status'];
  channel?: Activity['channel'];
  scheduledFrom?: string;
  scheduledTo?: string;
  limit: number;
}

/**
 * The tenant's tasks in the order of their last change (the writing transaction's id, then the id), after a
 * position. Only changes older than every transaction still running are delivered (the snapshot's xmin): one
 * that commits late has an id below that bound only once it has committed, so it cannot fall behind a position
 * already handed out. Each row comes with its position (`change_xid`).
 */
export async function listTaskChanges(q: TenantRows, filters: TaskChangeFilters) {
  const where = [`a.tenant_id = $1`, `a.type = 'TASK'`, 'a.change_xid < pg_snapshot_xmin(pg_current_snapshot())'];
  const params: unknown[] = [q.tenantId];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filters.after)
    where.push(`(a.change_xid, a.id) > (${param(filters.after.xid)}::xid8, ${param(filters.after.id)}::uuid)`);
  if (filters.updatedSince) where.push(`a.updated_at >= ${param(new Date(filters.updatedSince))}`);
  if (filters.status) where.push(`a.status = ${param(filters.status)}`);
  if (filters.channel) where.push(`a.channel = ${param(filters.channel)}`);
  if (filters.scheduledFrom) where.push(`a.scheduled_at >= ${param(new Date(filters.scheduledFrom))}`);
  if (filters.scheduledTo) where.push(`a.scheduled_at <= ${param(new Date(filters.scheduledTo))}`);
  const rows = await q.sql.rows<ActivityRow & { change_xid: string }>(
    `select ${ACTIVITY_COLUMNS}, a.change_xid::text as change_xid from activity a join commerce c on c.id = a.commerce_id
     where ${where.join(' and ')} order by a.change_xid, a.id limit ${param(filters.limit)}`,
    params,
  );
  return rows.map((row) => ({ activity: toActivity(row), position: { xid: row.change_xid, id: row.id } }));
}

/**
 * The exact total. Filters on status, type and channel alone (or none) sum the trigger-kept counters
 * of activity_count: a few rows, however large the tenant. Other filters count the matching rows,
 * which their indexes keep to one commerce, one date range or the search matches.
 */
async function countActivities(q: TenantRows, query: ListActivitiesQuery, filter: string, params: unknown[]) {
  let rows: { total: number }[];
  if (query.commerce_id || query.scheduled_from || query.scheduled_to || query.search) {
    rows = await q.sql.rows(`select count(*)::int as total from activity a where ${filter}`, params);
  } else {
    const where = ['tenant_id = $1'];
    const counterParams: unknown[] = [q.tenantId];
    for (const [column, value] of Object.entries({ status: query.status, type: query.type, channel: query.channel })) {
      if (value !== undefined) where.push(`${column} = $${counterParams.push(value)}`);
    }
    rows = await q.sql.rows(
      `select coalesce(sum(n), 0)::int as total from activity_count where ${where.join(' and ')}`,
      counterParams,
    );
  }
  return rows[0]?.total ?? 0;
}

export async function listStatusEvents(q: TenantRows, activityId: string): Promise<ActivityStatusEvent[]> {
  await assertActivityExists(q, activityId);
  const rows = await q.sql.rows<{
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
    `select id, event_type, from_status, to_status, error_code, error_message, reason, forced, ${iso('occurred_at')}
     from activity_status_event where tenant_id = $1 and activity_id = $2 order by occurred_at, id`,
    [q.tenantId, activityId],
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

export async function listAttributes(q: TenantRows, activityId: string): Promise<ActivityAttribute[]> {
  await assertActivityExists(q, activityId);
  const rows = await q.sql.rows<{
    id: string;
    attribute_key_id: string;
    value: unknown;
    resolution_status: AttributeResolutionStatus;
    resolver_type: ResolverType | null;
    resolved_at: string | null;
    error_message: string | null;
    created_at: string;
    updated_at: string;
  }>(
    `select aa.id, aa.attribute_key_id, aa.value, aa.resolution_status, aa.resolver_type, ${iso('aa.resolved_at')},
       aa.error_message, ${iso('aa.created_at')}, ${iso('aa.updated_at')}
     from activity_attribute aa join attribute_key k on k.id = aa.attribute_key_id
     where aa.tenant_id = $1 and aa.activity_id = $2 order by k.key`,
    [q.tenantId, activityId],
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

/** RESOLVED and FALLBACK attribute values of an activity, by key (what a provider receives). */
export async function resolvedAttributeValues(q: TenantRows, activityId: string): Promise<Record<string, unknown>> {
  const rows = await q.sql.rows<{ key: string; value: unknown }>(
    `select k.key, aa.value from activity_attribute aa join attribute_key k on k.id = aa.attribute_key_id
     where aa.tenant_id = $1 and aa.activity_id = $2 and aa.resolution_status in ('RESOLVED', 'FALLBACK')
     order by k.key`,
    [q.tenantId, activityId],
  );
  return Object.fromEntries(rows.map((a) => [a.key, a.value ?? null]));
}

interface TargetUserRow {
  id: string;
  commerce_user_id: string | null;
  resolution_status: TargetUser['resolutionStatus'];
  resolution_strategy: TargetUser['resolutionStrategy'];
  lock_reason: TargetUser['lockReason'];
  resolved_at: string | null;
  locked_at: string | null;
  error_message: string | null;
  first_name: string | null;
  last_name: string | null;
}

function toTargetUser(row: TargetUserRow): TargetUser {
  return {
    id: row.id,
    commerceUserId: row.commerce_user_id,
    resolutionStatus: row.resolution_status,
    resolutionStrategy: row.resolution_strategy,
    lockReason: row.lock_reason,
    resolvedAt: row.resolved_at,
    lockedAt: row.locked_at,
    errorMessage: row.error_message,
    commerceUser: row.commerce_user_id ? { firstName: row.first_name ?? '', lastName: row.last_name } : null,
  };
}

const TARGET_USER_SELECT = `select tu.id, tu.commerce_user_id, tu.resolution_status, tu.resolution_strategy, tu.lock_reason,
    ${iso('tu.resolved_at')}, ${iso('tu.locked_at')}, tu.error_message, cu.first_name, cu.last_name
  from activity_target_user tu left join commerce_user cu on cu.id = tu.commerce_user_id
  where tu.tenant_id = $1 and tu.activity_id = $2`;

/** The target users of an activity (without checking that the activity exists). */
export async function targetUsersOf(q: TenantRows, activityId: string): Promise<TargetUser[]> {
  const rows = await q.sql.rows<TargetUserRow>(`${TARGET_USER_SELECT} order by tu.created_at, tu.id`, [
    q.tenantId,
    activityId,
  ]);
  return rows.map(toTargetUser);
}

export async function findTargetUser(q: TenantRows, activityId: string, targetUserId: string): Promise<TargetUser> {
  const [row] = await q.sql.rows<TargetUserRow>(`${TARGET_USER_SELECT} and tu.id = $3`, [
    q.tenantId,
    activityId,
    targetUserId,
  ]);
  if (!row) throw new DomainError('TARGET_USER_NOT_FOUND', `The activity has no target user ${targetUserId}`);
  return toTargetUser(row);
}

/** Commerce users of a commerce who were the target of a dispatched or completed activity, newest first. */
export async function lastContacted(q: TenantRows, commerceId: string, channel: Channel | null): Promise<string[]> {
  const rows = await q.sql.rows<{ commerce_user_id: string }>(
    `select tu.commerce_user_id from activity_target_user tu join activity a on a.id = tu.activity_id
     where tu.tenant_id = $1 and a.commerce_id = $2 and tu.commerce_user_id is not null
       and a.status in ('DISPATCHED', 'COMPLETED') ${channel ? 'and a.channel = $3' : ''}
     order by a.updated_at desc, a.id desc limit 50`,
    channel ? [q.tenantId, commerceId, channel] : [q.tenantId, commerceId],
  );
  return rows.map((r) => r.commerce_user_id);
}

// The writes of creating, canceling and completing: each runs inside the caller's transaction (`tx`).

/** The catalog ids of attribute keys (unknown keys are simply absent). */
export async function attributeKeyIds(sql: Rows, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await sql.rows<{ id: string; key: string }>('select id, key from attribute_key where key = any($1)', [
    keys,
  ]);
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** What creating an activity stores, besides the tenant, ids and times. */
export interface NewActivityRow {
  type: Activity['type'];
  channel: Channel;
  status: ActivityStatus;
  reason: string;
  idempotencyKey: string;
  scheduledAt: Date;
  suggestedExecutionTime: Date | null;
  userStatus: string | null;
  score: number | null;
  commerceId: string;
  assignmentReason: string | null;
  assignedRouteId: string | null;
  assignedOperatorId: string | null;
  targetCriteria: unknown;
}

/**
 * Inserts an activity and answers it as the API shows it, or null when its idempotency key is taken in the
 * tenant: `on conflict do nothing` waits for a concurrent insert of the same key to commit, so exactly one of
 * any number of racing creates gets a row.
 */
export async function insertActivity(q: TenantRows, id: string, at: Date, a: NewActivityRow): Promise<Activity | null> {
  const [row] = await q.sql.rows<ActivityRow>(
    `with a as (
       insert into activity (id, created_at, updated_at, tenant_id, type, channel, status, reason, idempotency_key,
         scheduled_at, suggested_execution_time, user_status, score, commerce_id, assignment_reason,
         assigned_route_id, assigned_operator_id, target_criteria, provider_activity_id, dispatch_attempt_count)
       values ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, null, 0)
       on conflict (tenant_id, idempotency_key) do nothing
       returning *)
     select ${ACTIVITY_COLUMNS} from a join commerce c on c.id = a.commerce_id`,
    [
      id,
      at,
      q.tenantId,
      a.type,
      a.channel,
      a.status,
      a.reason,
      a.idempotencyKey,
      a.scheduledAt,
      a.suggestedExecutionTime,
      a.userStatus,
      a.score,
      a.commerceId,
      a.assignmentReason,
      a.assignedRouteId,
      a.assignedOperatorId,
      jsonParam(a.targetCriteria),
    ],
  );
  return row ? toActivity(row) : null;
}

/** The activity that holds an idempotency key in the tenant. */
export async function idempotencyKeyHolder(q: TenantRows, key: string): Promise<string | undefined> {
  const [row] = await q.sql.rows<{ id: string }>(
    'select id from activity where tenant_id = $1 and idempotency_key = $2',
    [q.tenantId, key],
  );
  return row?.id;
}

export async function insertTargetUser(q: TenantRows, activityId: string, at: Date, target: TargetOutcome) {
  await insertRows(q.sql, 'activity_target_user', [
    {
      id: uuidv7(),
      created_at: at,
      updated_at: at,
      tenant_id: q.tenantId,
      activity_id: activityId,
      commerce_user_id: target.commerceUserId,
      resolution_status: target.status,
      resolution_strategy: target.strategy,
      lock_reason: target.lockReason,
      resolved_at: target.resolvedAt,
      error_message: target.errorMessage,
    },
  ]);
}

/** Inserts the attributes of a new activity; `keyIds` maps each outcome's key to its catalog id. */
export async function insertAttributes(
  q: TenantRows,
  activityId: string,
  at: Date,
  outcomes: AttributeOutcome[],
  keyIds: Map<string, string>,
) {
  await insertRows(
    q.sql,
    'activity_attribute',
    outcomes.map((outcome) => ({
      id: uuidv7(),
      created_at: at,
      updated_at: at,
      tenant_id: q.tenantId,
      activity_id: activityId,
      attribute_key_id: keyIds.get(outcome.key),
      value: jsonParam(outcome.value),
      resolution_status: outcome.status,
      resolver_type: outcome.resolverType,
      resolved_at: outcome.resolvedAt,
      error_message: outcome.errorMessage,
    })),
  );
}

/** A status event as stored: the state machine's change, its details and when it happened. */
export interface StatusEventRow {
  eventType: StatusEventType;
  fromStatus: ActivityStatus | null;
  toStatus: ActivityStatus;
  forced: boolean;
  errorCode: string | null;
  errorMessage: string | null;
  reason: string | null;
  occurredAt: Date;
}

/** Inserts status events of one activity, in the order given. */
export async function insertStatusEvents(q: TenantRows, activityId: string, events: StatusEventRow[]) {
  await insertRows(
    q.sql,
    'activity_status_event',
    events.map((event) => ({
      id: uuidv7(),
      created_at: event.occurredAt,
      updated_at: event.occurredAt,
      tenant_id: q.tenantId,
      activity_id: activityId,
      event_type: event.eventType,
      from_status: event.fromStatus,
      to_status: event.toStatus,
      forced: event.forced,
      error_code: event.errorCode,
      error_message: event.errorMessage,
      reason: event.reason,
      occurred_at: event.occurredAt,
    })),
  );
}

export async function setActivityStatus(q: TenantRows, activityId: string, status: ActivityStatus, at: Date) {
  await q.sql.rows('update activity set status = $3, updated_at = $4 where tenant_id = $1 and id = $2', [
    q.tenantId,
    activityId,
    status,
    at,
  ]);
}

/** The activity a write changes, locked until the transaction ends (null if not in the tenant). */
export interface LockedActivity {
  id: string;
  status: ActivityStatus;
  commerceId: string;
  providerActivityId: string | null;
}

/** Locks an activity by id, or by provider activity id (the first by id when several share one). */
export async function lockActivity(
  q: TenantRows,
  by: 'id' | 'provider_activity_id',
  value: string,
): Promise<LockedActivity | null> {
  const [row] = await q.sql.rows<LockedActivity>(
    `select id, status, commerce_id as "commerceId", provider_activity_id as "providerActivityId"
     from activity where tenant_id = $1 and ${by} = $2 order by id limit 1 for update`,
    [q.tenantId, value],
  );
  return row ?? null;
}

/** The commerce an activity is assigned to, as resolvers see it. */
export interface AssignedCommerce {
  id: string;
  externalId: string;
  name: string;
  taxId: string | null;
  metadata: Record<string, unknown> | null;
}

/**
 * The commerce, and for a task its route and operator, that a new activity names: each must be in the
 * tenant (404 naming which one otherwise).
 */
export async function loadAssignment(
  q: TenantRows,
  ids: { commerceId: string; routeId?: string; operatorId?: string },
): Promise<AssignedCommerce> {
  const exists = async (table: 'route' | 'operator', id: string | undefined) =>
    id === undefined ||
    (await q.sql.rows(`select 1 from ${table} where tenant_id = $1 and id = $2`, [q.tenantId, id])).length > 0;
  const [[commerce], route, operator] = await Promise.all([
    q.sql.rows<{
      id: string;
      external_id: string;
      name: string;
      tax_id: string | null;
      metadata: Record<string, unknown>;
    }>('select id, external_id, name, tax_id, metadata from commerce where tenant_id = $1 and id = $2', [
      q.tenantId,
      ids.commerceId,
    ]),
    exists('route', ids.routeId),
    exists('operator', ids.operatorId),
  ]);
  if (!commerce) throw new DomainError('COMMERCE_NOT_FOUND', `No commerce ${ids.commerceId} in this tenant`);
  if (!route) throw new DomainError('ROUTE_NOT_FOUND', `No route ${ids.routeId} in this tenant`);
  if (!operator) throw new DomainError('OPERATOR_NOT_FOUND', `No operator ${ids.operatorId} in this tenant`);
  return {
    id: commerce.id,
    externalId: commerce.external_id,
    name: commerce.name,
    taxId: commerce.tax_id,
    metadata: commerce.metadata,
  };
}
