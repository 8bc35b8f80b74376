import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { iso, likeContains } from '../../db/sql.ts';
import type { AttributeResolutionStatus, ResolverType } from '../../domain/activity-enums.ts';
import type { ActivityStatus, StatusEventType } from '../../domain/activity-status.ts';
import type { Criterion } from '../../domain/resolution.ts';
import type { Page } from '../../http/pagination.ts';
import { ApiError } from '../../http/problem.ts';
import { AttributeKeyEntity } from '../activity-config/attribute-key.entity.ts';
import { createClientHookResolver } from '../activity-config/client-hook.ts';
import { CommerceEntity, CommerceUserEntity } from '../commerces/commerce.entity.ts';
import { OperatorEntity } from '../operators/operator.entity.ts';
import { RouteEntity } from '../routes/route.entity.ts';
import type {
  Activity,
  CreateActivityBody,
  CreateTaskBody,
  ListActivitiesQuery,
  TargetUser,
} from './activities.schemas.ts';
import { ActivityAttributeEntity, ActivityEntity, ActivityTargetUserEntity } from './activity.entity.ts';
import {
  type AttributeOutcome,
  type AttributeRequest,
  internalResolver,
  type ResolutionSubject,
  resolveAttributes,
  resolveTarget,
  type TargetOutcome,
  targetPlan,
} from './resolution.service.ts';
import { changeStatus, recordCreation } from './status.service.ts';

/** What every activity operation runs with: the request's tenant-filtered entity manager. */
export interface TenantContext {
  em: EntityManager;
  tenantId: string;
  now: Date;
  /** Opens client-hook secrets; absent where no key is configured. */
  credentialsKey?: Buffer;
}

function resolversFor(ctx: TenantContext) {
  return { internal: internalResolver, clientHook: createClientHookResolver(ctx.em, ctx.tenantId, ctx.credentialsKey) };
}

/** `key: reason` for every failed target or attribute, for the RESOLUTION_* event. */
function failureSummary(target: TargetOutcome | null, attributes: AttributeOutcome[]): string {
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

async function loadAssignment(ctx: TenantContext, input: NewActivity) {
  const isTask = 'assigned_route_id' in input;
  const [commerce, route, operator] = await Promise.all([
    ctx.em.findOne(CommerceEntity, { id: input.commerce_id }),
    isTask ? ctx.em.findOne(RouteEntity, { id: input.assigned_route_id }) : null,
    isTask ? ctx.em.findOne(OperatorEntity, { id: input.assigned_operator_id }) : null,
  ]);
  if (!commerce) throw new ApiError('COMMERCE_NOT_FOUND', `No commerce ${input.commerce_id} in this tenant`);
  if (isTask && !route) throw new ApiError('ROUTE_NOT_FOUND', `No route ${input.assigned_route_id} in this tenant`);
  if (isTask && !operator) {
    throw new ApiError('OPERATOR_NOT_FOUND', `No operator ${input.assigned_operator_id} in this tenant`);
  }
  return { commerce, route, operator };
}

/**
 * Creates an activity with its attributes and status events in one transaction. Resolution runs
 * before the transaction opens (resolvers may call out). The unique index on (tenant, idempotency key)
 * decides between concurrent duplicates: the loser gets 409 with the winner's id.
 */
export async function createActivity(ctx: TenantContext, input: NewActivity): Promise<string> {
  const requests = attributeRequests(input);
  const keys = requests.length
    ? await ctx.em.find(AttributeKeyEntity, { key: { $in: requests.map((r) => r.key) } })
    : [];
  const unknown = requests.filter((r) => !keys.some((k) => k.key === r.key)).map((r) => r.key);
  if (unknown.length > 0) {
    throw new ApiError('UNKNOWN_ATTRIBUTE_KEY', `Unknown attribute keys: ${unknown.join(', ')}`, {
      errors: unknown.map((key) => ({ path: 'body.attribute_keys', message: `"${key}" is not in the catalog` })),
    });
  }
  const { commerce, route, operator } = await loadAssignment(ctx, input);
  const subject: ResolutionSubject = {
    em: ctx.em,
    tenantId: ctx.tenantId,
    commerce,
    activity: { type: input.type, channel: input.channel, reason: input.reason },
    targetUserId: null,
  };
  const plan = await targetPlan(ctx.em, input.target_criteria ?? null);
  const target = plan ? await resolveTarget(subject, plan, ctx.now) : null;
  subject.targetUserId = target?.commerceUserId ?? null;
  const outcomes = await resolveAttributes(requests, subject, resolversFor(ctx), ctx.now);
  const failure = failureSummary(target, outcomes);

  try {
    return await ctx.em.transactional(async (tx) => {
      const activity = tx.create(ActivityEntity, {
        tenant: ctx.tenantId,
        type: input.type,
        channel: input.channel,
        status: 'READY',
        reason: input.reason,
        idempotencyKey: input.idempotency_key,
        scheduledAt: new Date(input.scheduled_at),
        suggestedExecutionTime: input.suggested_execution_time ? new Date(input.suggested_execution_time) : null,
        userStatus: input.user_status ?? null,
        score: input.score ?? null,
        commerce: commerce.id,
        assignmentReason: input.assignment_reason ?? null,
        assignedRoute: route?.id ?? null,
        assignedOperator: operator?.id ?? null,
        targetCriteria: input.target_criteria ?? null,
        providerActivityId: null,
        dispatchAttemptCount: 0,
      });
      recordCreation(tx, activity, ctx.now);
      if (target) {
        tx.create(ActivityTargetUserEntity, {
          tenant: ctx.tenantId,
          activity,
          commerceUser: target.commerceUserId,
          resolutionStatus: target.status,
          resolutionStrategy: target.strategy,
          lockReason: target.lockReason,
          resolvedAt: target.resolvedAt,
          errorMessage: target.errorMessage,
        });
      }
      for (const outcome of outcomes) {
        tx.create(ActivityAttributeEntity, {
          tenant: ctx.tenantId,
          activity,
          attributeKey: keys.find((k) => k.key === outcome.key)!.id,
          value: outcome.value,
          resolutionStatus: outcome.status,
          resolverType: outcome.resolverType,
          resolvedAt: outcome.resolvedAt,
          errorMessage: outcome.errorMessage,
        });
      }
      if (failure) {
        changeStatus(tx, activity, 'UNRESOLVED', 'RESOLUTION_FAILED', ctx.now, {
          errorCode: 'RESOLUTION_FAILED',
          errorMessage: failure,
        });
      }
      return activity.id;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const existing = await ctx.em
        .fork()
        .findOne(
          ActivityEntity,
          { idempotencyKey: input.idempotency_key },
          { fields: ['id'], filters: { tenant: { tenantId: ctx.tenantId } } },
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
  await ctx.em.transactional(async (tx) => {
    const activity = await tx.findOne(ActivityEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!activity) throw new ApiError('ACTIVITY_NOT_FOUND', `No activity ${id} in this tenant`);
    changeStatus(tx, activity, 'CANCELED', 'CANCELED', ctx.now, { reason });
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
  const [row] = await ctx.em.getConnection().execute<ActivityRow[]>(
    `select ${ACTIVITY_COLUMNS} from activity a join commerce c on c.id = a.commerce_id
     where a.tenant_id = ? and a.id = ?`,
    [ctx.tenantId, id],
  );
  if (!row) throw new ApiError('ACTIVITY_NOT_FOUND', `No activity ${id} in this tenant`);
  return toActivity(row);
}

export async function listActivities(ctx: TenantContext, query: ListActivitiesQuery, page: Page) {
  const where = ['a.tenant_id = ?'];
  const params: unknown[] = [ctx.tenantId];
  const equal = { status: query.status, type: query.type, channel: query.channel, commerce_id: query.commerce_id };
  for (const [column, value] of Object.entries(equal)) {
    if (value === undefined) continue;
    where.push(`a.${column} = ?`);
    params.push(value);
  }
  if (query.scheduled_from) {
    where.push('a.scheduled_at >= ?');
    params.push(new Date(query.scheduled_from));
  }
  if (query.scheduled_to) {
    where.push('a.scheduled_at <= ?');
    params.push(new Date(query.scheduled_to));
  }
  if (query.search) {
    // Matching commerces are few; finding them first lets each side use its own trigram index.
    const pattern = likeContains(query.search);
    where.push(`(reten_fold(a.reason || ' ' || a.idempotency_key) like reten_fold(?)
      or a.commerce_id in (select id from commerce where tenant_id = ? and reten_fold(name || ' ' || external_id) like reten_fold(?)))`);
    params.push(pattern, ctx.tenantId, pattern);
  }
  const filter = where.join(' and ');
  const connection = ctx.em.getConnection();
  const [rows, [count]] = await Promise.all([
    connection.execute<ActivityRow[]>(
      `select ${ACTIVITY_COLUMNS} from activity a join commerce c on c.id = a.commerce_id
       where ${filter} order by a.scheduled_at, a.id limit ? offset ?`,
      [...params, page.limit, page.offset],
    ),
    countActivities(ctx, query, filter, params),
  ]);
  return { data: rows.map(toActivity), total: count?.total ?? 0 };
}

/**
 * The exact total. Filters on status, type and channel alone (and none) sum the trigger-kept counters
 * of activity_count: a few rows, however large the tenant. Other filters count the matching rows,
 * which their indexes keep to one commerce, one date range or the search matches.
 */
function countActivities(ctx: TenantContext, query: ListActivitiesQuery, filter: string, params: unknown[]) {
  const connection = ctx.em.getConnection();
  if (query.commerce_id || query.scheduled_from || query.scheduled_to || query.search) {
    return connection.execute<{ total: number }[]>(
      `select count(*)::int as total from activity a where ${filter}`,
      params,
    );
  }
  const where = ['tenant_id = ?'];
  const counterParams: unknown[] = [ctx.tenantId];
  for (const [column, value] of Object.entries({ status: query.status, type: query.type, channel: query.channel })) {
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    counterParams.push(value);
  }
  return connection.execute<{ total: number }[]>(
    `select coalesce(sum(n), 0)::int as total from activity_count where ${where.join(' and ')}`,
    counterParams,
  );
}

async function assertActivityExists(ctx: TenantContext, id: string) {
  const rows = await ctx.em
    .getConnection()
    .execute('select 1 from activity where tenant_id = ? and id = ?', [ctx.tenantId, id]);
  if (rows.length === 0) throw new ApiError('ACTIVITY_NOT_FOUND', `No activity ${id} in this tenant`);
}

export async function listStatusEvents(ctx: TenantContext, activityId: string) {
  await assertActivityExists(ctx, activityId);
  const rows = await ctx.em.getConnection().execute<
    {
      id: string;
      event_type: StatusEventType;
      from_status: ActivityStatus | null;
      to_status: ActivityStatus | null;
      error_code: string | null;
      error_message: string | null;
      reason: string | null;
      forced: boolean;
      occurred_at: string;
    }[]
  >(
    `select id, event_type, from_status, to_status, error_code, error_message, reason, forced, ${iso('occurred_at')}
     from activity_status_event where tenant_id = ? and activity_id = ? order by occurred_at, id`,
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
  const rows = await ctx.em.getConnection().execute<
    {
      id: string;
      attribute_key_id: string;
      value: unknown;
      resolution_status: AttributeResolutionStatus;
      resolver_type: ResolverType | null;
      resolved_at: Date | null;
      error_message: string | null;
      created_at: string;
      updated_at: string;
    }[]
  >(
    `select aa.id, aa.attribute_key_id, aa.value, aa.resolution_status, aa.resolver_type, ${iso('aa.resolved_at')},
       aa.error_message, ${iso('aa.created_at')}, ${iso('aa.updated_at')}
     from activity_attribute aa join attribute_key k on k.id = aa.attribute_key_id
     where aa.tenant_id = ? and aa.activity_id = ? order by k.key`,
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

/**
 * Retries every FAILED target user and attribute of an UNRESOLVED activity. Resolvers run first, with
 * no transaction open; then, under the activity's row lock, the outcomes are written and the activity
 * becomes READY (RESOLUTION_RETRY_SUCCESS) or stays UNRESOLVED (RESOLUTION_RETRY_FAILED). A concurrent
 * retry that finds it no longer UNRESOLVED is refused, so two retries never both transition.
 */
export async function retryResolution(ctx: TenantContext, id: string): Promise<void> {
  const activity = await ctx.em.findOne(ActivityEntity, { id }, { populate: ['commerce'] });
  if (!activity) throw new ApiError('ACTIVITY_NOT_FOUND', `No activity ${id} in this tenant`);
  const notUnresolved = () =>
    new ApiError('INVALID_ACTIVITY_STATE', `Only UNRESOLVED activities can be retried; this one is ${activity.status}`);
  if (activity.status !== 'UNRESOLVED') throw notUnresolved();

  const [targetRow] = await ctx.em.find(ActivityTargetUserEntity, { activity: id });
  const attributeRows = await ctx.em.find(
    ActivityAttributeEntity,
    { activity: id, resolutionStatus: 'FAILED' },
    { populate: ['attributeKey'] },
  );
  const subject: ResolutionSubject = {
    em: ctx.em,
    tenantId: ctx.tenantId,
    commerce: activity.commerce,
    activity: { id, type: activity.type, channel: activity.channel, reason: activity.reason },
    targetUserId: targetRow?.commerceUser?.id ?? null,
  };
  // Only a FAILED target is retried, now with criteria and fallbacks whatever the original strategy.
  let target: TargetOutcome | null = null;
  if (targetRow?.resolutionStatus === 'FAILED') {
    const plan = await targetPlan(ctx.em, activity.targetCriteria as Criterion[] | null);
    target = plan
      ? await resolveTarget(subject, { ...plan, strategy: 'ON_CREATION' }, ctx.now)
      : targetOutcomeOf(targetRow);
    subject.targetUserId = target.commerceUserId;
  }
  const requests = attributeRows.map((row) => ({
    key: row.attributeKey.key,
    callerProvided: false,
    hasFallback: false,
  }));
  const outcomes = await resolveAttributes(requests, subject, resolversFor(ctx), ctx.now);
  const failure = failureSummary(target, outcomes);

  await ctx.em.transactional(async (tx) => {
    const locked = await tx.findOne(ActivityEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (locked?.status !== 'UNRESOLVED') throw notUnresolved();
    if (targetRow && target?.status === 'RESOLVED') {
      const row = await tx.findOneOrFail(ActivityTargetUserEntity, { id: targetRow.id });
      tx.assign(row, {
        commerceUser: target.commerceUserId,
        resolutionStatus: target.status,
        lockReason: target.lockReason,
        resolvedAt: target.resolvedAt,
        errorMessage: target.errorMessage,
      });
    }
    for (const [index, outcome] of outcomes.entries()) {
      const row = await tx.findOneOrFail(ActivityAttributeEntity, { id: attributeRows[index]!.id });
      tx.assign(row, {
        value: outcome.value,
        resolutionStatus: outcome.status,
        resolverType: outcome.resolverType,
        resolvedAt: outcome.resolvedAt,
        errorMessage: outcome.errorMessage,
      });
    }
    if (failure) {
      changeStatus(tx, locked, 'UNRESOLVED', 'RESOLUTION_RETRY_FAILED', ctx.now, {
        errorCode: 'RESOLUTION_FAILED',
        errorMessage: failure,
      });
    } else {
      changeStatus(tx, locked, 'READY', 'RESOLUTION_RETRY_SUCCESS', ctx.now);
    }
  });
}

/** A stored target as an outcome, for a retry that has no criteria left to try. */
function targetOutcomeOf(row: ActivityTargetUserEntity): TargetOutcome {
  return {
    strategy: row.resolutionStrategy,
    status: row.resolutionStatus,
    commerceUserId: row.commerceUser?.id ?? null,
    lockReason: row.lockReason ?? null,
    resolvedAt: row.resolvedAt ?? null,
    errorMessage: row.errorMessage ?? 'No target user could be resolved',
  };
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

async function targetUserRows(ctx: TenantContext, activityId: string, targetUserId?: string) {
  return ctx.em.getConnection().execute<TargetUserRow[]>(
    `select tu.id, tu.commerce_user_id, tu.resolution_status, tu.resolution_strategy, tu.lock_reason,
       ${iso('tu.resolved_at')}, ${iso('tu.locked_at')}, tu.error_message, cu.first_name, cu.last_name
     from activity_target_user tu left join commerce_user cu on cu.id = tu.commerce_user_id
     where tu.tenant_id = ? and tu.activity_id = ? ${targetUserId ? 'and tu.id = ?' : ''}
     order by tu.created_at, tu.id`,
    targetUserId ? [ctx.tenantId, activityId, targetUserId] : [ctx.tenantId, activityId],
  );
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

export async function listTargetUsers(ctx: TenantContext, activityId: string): Promise<TargetUser[]> {
  await assertActivityExists(ctx, activityId);
  return (await targetUserRows(ctx, activityId)).map(toTargetUser);
}

/**
 * Assigns a commerce user of the activity's commerce to a PENDING or FAILED, unlocked target. The
 * assignment is LOCKED (MANUAL_ASSIGNMENT): nothing re-resolves it afterwards.
 */
export async function assignTargetUser(
  ctx: TenantContext,
  activityId: string,
  targetUserId: string,
  commerceUserId: string,
): Promise<TargetUser> {
  await ctx.em.transactional(async (tx) => {
    const activity = await tx.findOne(ActivityEntity, { id: activityId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!activity) throw new ApiError('ACTIVITY_NOT_FOUND', `No activity ${activityId} in this tenant`);
    const target = await tx.findOne(ActivityTargetUserEntity, { id: targetUserId, activity: activityId });
    if (!target) throw new ApiError('TARGET_USER_NOT_FOUND', `The activity has no target user ${targetUserId}`);
    if (!['PENDING', 'FAILED'].includes(target.resolutionStatus) || target.lockReason) {
      throw new ApiError(
        'TARGET_USER_LOCKED',
        `Only PENDING or FAILED targets without a lock can be assigned; this one is ${target.resolutionStatus}`,
      );
    }
    const user = await tx.findOne(CommerceUserEntity, {
      id: commerceUserId,
      commerce: activity.commerce.id,
      isActive: true,
    });
    if (!user) {
      throw new ApiError('COMMERCE_USER_NOT_FOUND', `No active user ${commerceUserId} in the activity's commerce`);
    }
    tx.assign(target, {
      commerceUser: user.id,
      resolutionStatus: 'LOCKED',
      lockReason: 'MANUAL_ASSIGNMENT',
      resolvedAt: ctx.now,
      lockedAt: ctx.now,
      errorMessage: null,
    });
  });
  const [row] = await targetUserRows(ctx, activityId, targetUserId);
  return toTargetUser(row!);
}

/**
 * Resolves what waited for dispatch: PENDING attributes (ON_DISPATCH policies) and an ON_DISPATCH
 * target, and what failed at an earlier attempt. Resolvers run with no transaction open; the outcomes are written in a short one. Returns
 * the failure summary, or null when everything resolved (the dispatcher then sends the activity).
 */
export async function resolveForDispatch(ctx: TenantContext, id: string): Promise<string | null> {
  const activity = await ctx.em.findOneOrFail(ActivityEntity, { id }, { populate: ['commerce'] });
  // FAILED ones too: a failure at an earlier attempt is retried at the next.
  const pendingTarget = await ctx.em.findOne(ActivityTargetUserEntity, {
    activity: id,
    $or: [{ resolutionStatus: 'PENDING', resolutionStrategy: 'ON_DISPATCH' }, { resolutionStatus: 'FAILED' }],
  });
  const pendingAttributes = await ctx.em.find(
    ActivityAttributeEntity,
    { activity: id, resolutionStatus: { $in: ['PENDING', 'FAILED'] } },
    { populate: ['attributeKey'] },
  );
  if (!pendingTarget && pendingAttributes.length === 0) return null;
  const [currentTarget] = await ctx.em.find(ActivityTargetUserEntity, { activity: id });
  const subject: ResolutionSubject = {
    em: ctx.em,
    tenantId: ctx.tenantId,
    commerce: activity.commerce,
    activity: { id, type: activity.type, channel: activity.channel, reason: activity.reason },
    targetUserId: currentTarget?.commerceUser?.id ?? null,
  };
  let target: TargetOutcome | null = null;
  if (pendingTarget) {
    const plan = await targetPlan(ctx.em, activity.targetCriteria as Criterion[] | null);
    target = plan
      ? await resolveTarget(subject, { ...plan, strategy: 'ON_CREATION' }, ctx.now)
      : targetOutcomeOf(pendingTarget);
    subject.targetUserId = target.commerceUserId;
  }
  const requests = pendingAttributes.map((row) => ({
    key: row.attributeKey.key,
    callerProvided: false,
    hasFallback: false,
  }));
  const outcomes = await resolveAttributes(requests, subject, resolversFor(ctx), ctx.now, 'dispatch');
  await ctx.em.transactional(async (tx) => {
    if (pendingTarget && target) {
      const row = await tx.findOneOrFail(ActivityTargetUserEntity, { id: pendingTarget.id });
      tx.assign(row, {
        commerceUser: target.commerceUserId,
        resolutionStatus: target.status === 'RESOLVED' ? 'RESOLVED' : 'FAILED',
        lockReason: target.lockReason,
        resolvedAt: target.resolvedAt,
        errorMessage: target.errorMessage,
      });
    }
    for (const [index, outcome] of outcomes.entries()) {
      const row = await tx.findOneOrFail(ActivityAttributeEntity, { id: pendingAttributes[index]!.id });
      tx.assign(row, {
        value: outcome.value,
        resolutionStatus: outcome.status,
        resolverType: outcome.resolverType,
        resolvedAt: outcome.resolvedAt,
        errorMessage: outcome.errorMessage,
      });
    }
  });
  return failureSummary(target, outcomes) || null;
}
