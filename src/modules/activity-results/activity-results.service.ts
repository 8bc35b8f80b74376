import type { TenantContext } from '../../context.ts';
import type { TenantRows } from '../../db/sql.ts';
import { TERMINAL_STATUSES } from '../../domain/activity-status.ts';
import { DomainError } from '../../domain/errors.ts';
import { activityChangeFor, isNewer, type ResultStatus } from '../../domain/result-sync.ts';
import { type LockedActivity, lockActivity } from '../activities/activities.queries.ts';
import { writeStatusChange } from '../activities/status.service.ts';
import {
  commerceExists,
  commerceExternalId,
  lockStandalone,
  placeholderCommerceId,
  type ResultFields,
  resultOfActivity,
  saveResult,
  standaloneResult,
} from './activity-results.queries.ts';
import type { ActivityResult, CreateTaskResultBody } from './activity-results.schemas.ts';

/**
 * What differs between the endpoints that submit task results; everything else (matching, the temporal guard,
 * the status sync) is one engine. The internal endpoint (seed 003) takes results for work it may not know; the
 * integration API (a partner's) only for work it was given.
 */
export interface ResultRules {
  /** A result that matches no activity: kept as STANDALONE (an unknown commerce gets a placeholder), or 404. */
  unmatched: 'standalone' | 'not-found';
  /** A final result over a final one: as the state machine allows, or 409 unless `hard_override`. */
  overFinal: 'state-machine' | 'needs-override';
}

export const INTERNAL_RESULT_RULES: ResultRules = { unmatched: 'standalone', overFinal: 'state-machine' };

/** The activity a result is for, locked: by `activity_id` (404 if unknown), else by provider id. */
async function matchActivity(
  q: TenantRows,
  input: CreateTaskResultBody,
  rules: ResultRules,
): Promise<LockedActivity | null> {
  if (input.activity_id) {
    const activity = await lockActivity(q, 'id', input.activity_id);
    if (!activity) throw new DomainError('ACTIVITY_NOT_FOUND', `No activity ${input.activity_id} in this tenant`);
    return activity;
  }
  const activity = await lockActivity(q, 'provider_activity_id', input.provider_activity_id!);
  if (!activity && rules.unmatched === 'not-found') {
    throw new DomainError('ACTIVITY_NOT_FOUND', `No activity has provider_activity_id ${input.provider_activity_id}`);
  }
  return activity;
}

/** The commerce of the result: the matched activity's (which the body must name), or a standalone's own. */
async function commerceOf(
  q: TenantRows,
  activity: LockedActivity | null,
  externalId: string,
  rules: ResultRules,
): Promise<string> {
  if (!activity) return placeholderCommerceId(q, externalId);
  const actual = await commerceExternalId(q, activity.commerceId);
  if (actual !== externalId && rules.unmatched === 'not-found' && !(await commerceExists(q, externalId))) {
    throw new DomainError('COMMERCE_NOT_FOUND', `No commerce has external id "${externalId}" in this tenant`);
  }
  if (actual !== externalId) {
    throw new DomainError('COMMERCE_MISMATCH', `The activity belongs to commerce "${actual}", not "${externalId}"`, {
      errors: [{ path: 'body.commerce_external_id', message: "Does not match the activity's commerce" }],
    });
  }
  return activity.commerceId;
}

/** What a submission stores: the body's fields, and what matching decided (the one mapping, the baseline's too). */
export function resultFields(
  input: CreateTaskResultBody,
  match: Pick<ResultFields, 'activityId' | 'providerActivityId' | 'commerceId' | 'source'>,
): ResultFields {
  const task = input.task_result;
  return {
    ...match,
    status: input.status,
    externalStatus: input.external_status ?? null,
    occurredAt: new Date(input.occurred_at),
    result: task.result,
    comment: task.comment ?? null,
    contactType: task.contact_type ?? null,
    operatorExternalId: task.operator_external_id ?? null,
    futureScheduledAt: task.future_scheduled_at ? new Date(task.future_scheduled_at) : null,
    payload: task.payload,
    rawPayload: input.raw_payload,
    hardOverride: input.hard_override ?? false,
  };
}

/**
 * Final is final: a PENDING result never replaces a final one, and never stands beside an activity in a final
 * status (the activity could not leave it, and its result and status would disagree). `hard_override` does
 * not change this: it forces status changes between final statuses only.
 */
function refusePendingAfterFinal(activity: LockedActivity | null, storedStatus: ResultStatus | undefined): void {
  if (activity && TERMINAL_STATUSES.includes(activity.status)) {
    throw new DomainError('RESULT_FINAL', `The activity is ${activity.status}; a PENDING result cannot reopen it`);
  }
  if (storedStatus && storedStatus !== 'PENDING') {
    throw new DomainError('RESULT_FINAL', `The stored result is ${storedStatus}; a PENDING result cannot replace it`);
  }
}

/**
 * Records a result and syncs its activity in one transaction. The activity row lock (or, for a standalone
 * result, a lock on its provider id) serializes concurrent submissions, and the temporal guard makes the
 * newest accepted result the one that stands; a standalone record is adopted by its activity once the
 * provider id matches one. A hot path: plain SQL (activity-results.queries.ts).
 */
export async function submitTaskResult(
  ctx: TenantContext,
  input: CreateTaskResultBody,
  rules = INTERNAL_RESULT_RULES,
): Promise<{ result: ActivityResult; created: boolean }> {
  return ctx.sql.transaction(async (tx) => {
    const q = { sql: tx, tenantId: ctx.tenantId };
    const activity = await matchActivity(q, input, rules);
    if (!activity) await lockStandalone(q, input.provider_activity_id!);
    const commerceId = await commerceOf(q, activity, input.commerce_external_id, rules);
    const providerId = input.provider_activity_id;
    const stored =
      (activity && (await resultOfActivity(q, activity.id))) ||
      (providerId ? await standaloneResult(q, providerId) : undefined);
    if (input.status === 'PENDING') refusePendingAfterFinal(activity, stored?.result_status);
    else if (
      rules.overFinal === 'needs-override' &&
      stored &&
      stored.result_status !== 'PENDING' &&
      !input.hard_override
    ) {
      throw new DomainError(
        'RESULT_FINAL',
        `The activity already has a final result (${stored.result_status}); resend with hard_override: true to replace it`,
      );
    }
    const occurredAt = new Date(input.occurred_at);
    if (stored && !isNewer(occurredAt, new Date(stored.occurred_at))) {
      throw new DomainError(
        'STALE_RESULT',
        `occurred_at ${input.occurred_at} is not later than the stored result's ${stored.occurred_at}`,
      );
    }

    const change = activity ? activityChangeFor(input.status) : null;
    if (activity && change && change.to !== activity.status) {
      await writeStatusChange(q, activity, change.to, change.eventType, ctx.now, {
        force: input.hard_override,
        reason: `Result ${input.status} (${input.task_result.result})`,
      });
    }

    const result = await saveResult(
      q,
      stored,
      resultFields(input, {
        activityId: activity?.id ?? null,
        providerActivityId: providerId ?? stored?.provider_activity_id ?? activity?.providerActivityId ?? null,
        commerceId,
        source: activity ? 'RETEN_ACTIVITY' : 'STANDALONE',
      }),
      ctx.now,
    );
    return { result, created: !stored };
  });
}
