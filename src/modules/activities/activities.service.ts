import type { TenantContext } from '../../context.ts';
import { uuidv7 } from '../../db/ids.ts';
import type { ActivityStatus } from '../../domain/activity-status.ts';
import { DomainError } from '../../domain/errors.ts';
import {
  attributeKeyIds,
  findActivity,
  idempotencyKeyHolder,
  insertActivity,
  insertAttributes,
  insertStatusEvents,
  insertTargetUser,
  loadAssignment,
  lockActivity,
  type NewActivityRow,
} from './activities.queries.ts';
import type { Activity, CreateActivityBody, CreateTaskBody } from './activities.schemas.ts';
import {
  type AttributeOutcome,
  type AttributeRequest,
  type ResolutionSubject,
  resolveAttributes,
  resolveTarget,
  type TargetOutcome,
  targetPlan,
} from './resolution-engine.ts';
import { statusEvent, writeStatusChange } from './status.service.ts';

/** `key: reason` for every failed target or attribute, for the RESOLUTION_* event. */
export function failureSummary(target: TargetOutcome | null, attributes: AttributeOutcome[]): string {
  const parts = attributes.filter((a) => a.status === 'FAILED').map((a) => `${a.key}: ${a.errorMessage}`);
  if (target?.status === 'FAILED') parts.unshift(`target user: ${target.errorMessage}`);
  return parts.join('; ');
}

export type NewActivity = CreateActivityBody | (CreateTaskBody & { type: 'TASK' });

/** The row of a new activity, from its create body (the API's and the benchmark baseline's one mapping). */
export function newActivityRow(input: NewActivity, commerceId: string, status: ActivityStatus): NewActivityRow {
  const isTask = 'assigned_route_id' in input;
  return {
    type: input.type,
    channel: input.channel,
    status,
    reason: input.reason,
    idempotencyKey: input.idempotency_key,
    scheduledAt: new Date(input.scheduled_at),
    suggestedExecutionTime: input.suggested_execution_time ? new Date(input.suggested_execution_time) : null,
    userStatus: input.user_status ?? null,
    score: input.score ?? null,
    commerceId,
    assignmentReason: input.assignment_reason ?? null,
    assignedRouteId: isTask ? input.assigned_route_id : null,
    assignedOperatorId: isTask ? input.assigned_operator_id : null,
    targetCriteria: input.target_criteria,
  };
}

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

/**
 * Creates an activity with its attributes, target user and status events in one transaction, and
 * returns it. Resolution runs before the transaction opens (resolvers may call out). The unique key
 * on (tenant, idempotency key) decides between concurrent duplicates: the loser gets 409 with the
 * winner's id. A hot path: plain SQL (activities.queries.ts).
 */
export async function createActivity(ctx: TenantContext, input: NewActivity): Promise<Activity> {
  const requests = attributeRequests(input);
  const keyIds = await attributeKeyIds(
    ctx.sql,
    requests.map((r) => r.key),
  );
  const unknown = requests.filter((r) => !keyIds.has(r.key)).map((r) => r.key);
  if (unknown.length > 0) {
    throw new DomainError('UNKNOWN_ATTRIBUTE_KEY', `Unknown attribute keys: ${unknown.join(', ')}`, {
      errors: unknown.map((key) => ({ path: 'body.attribute_keys', message: `"${key}" is not in the catalog` })),
    });
  }
  const isTask = 'assigned_route_id' in input;
  const commerce = await loadAssignment(ctx, {
    commerceId: input.commerce_id,
    routeId: isTask ? input.assigned_route_id : undefined,
    operatorId: isTask ? input.assigned_operator_id : undefined,
  });
  const subject: ResolutionSubject = {
    ctx,
    commerce,
    activity: { type: input.type, channel: input.channel, reason: input.reason },
    targetUserId: null,
  };
  const plan = await targetPlan(ctx, input.target_criteria ?? null);
  const target = plan ? await resolveTarget(subject, plan) : null;
  subject.targetUserId = target?.commerceUserId ?? null;
  const outcomes = await resolveAttributes(requests, subject);
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
  const id = uuidv7();
  return ctx.sql.transaction(async (tx) => {
    const q = { sql: tx, tenantId: ctx.tenantId };
    const activity = await insertActivity(q, id, ctx.now, newActivityRow(input, commerce.id, events.at(-1)!.toStatus));
    if (!activity) {
      throw new DomainError('IDEMPOTENCY_KEY_CONFLICT', `Idempotency key "${input.idempotency_key}" is already used`, {
        activityId: await idempotencyKeyHolder(q, input.idempotency_key),
      });
    }
    await insertStatusEvents(q, id, events);
    if (target) await insertTargetUser(q, id, ctx.now, target);
    await insertAttributes(q, id, ctx.now, outcomes, keyIds);
    return activity;
  });
}

/**
 * Cancels under a row lock, so it cannot interleave with a result or a dispatch on the same activity,
 * and answers the activity as it now is.
 */
export async function cancelActivity(ctx: TenantContext, id: string, reason?: string): Promise<Activity> {
  await ctx.sql.transaction(async (tx) => {
    const q = { sql: tx, tenantId: ctx.tenantId };
    const activity = await lockActivity(q, 'id', id);
    if (!activity) throw new DomainError('ACTIVITY_NOT_FOUND', `No activity ${id} in this tenant`);
    await writeStatusChange(q, activity, 'CANCELED', 'CANCELED', ctx.now, { reason });
  });
  return findActivity(ctx, id);
}
