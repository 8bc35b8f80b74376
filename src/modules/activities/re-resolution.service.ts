/**
 * Resolves again what did not resolve: a retry of an UNRESOLVED activity, and what waited for (or failed
 * before) dispatch. The engine (resolution-engine.ts) computes; this stores, through the unit of work.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Criterion } from '../../domain/resolution.ts';
import { findActivity } from './activities.queries.ts';
import type { Activity } from './activities.schemas.ts';
import { failureSummary } from './activities.service.ts';
import { ActivityAttributeEntity, ActivityEntity, ActivityTargetUserEntity } from './activity.entity.ts';
import {
  type AttributeOutcome,
  type ResolutionSubject,
  resolveAttributes,
  resolveTarget,
  type TargetOutcome,
  targetPlan,
} from './resolution-engine.ts';
import { changeStatus } from './status.service.ts';

/** A stored target as an outcome, for a re-resolution that has no criteria left to try. */
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

interface Reresolution {
  target: TargetOutcome | null;
  outcomes: AttributeOutcome[];
  /** `key: reason` of what still failed; empty when everything resolved. */
  failure: string;
}

/**
 * Resolves again a target and attributes that did not resolve (a retry, or dispatch time), with no
 * transaction open: resolvers may call out. A target is re-resolved with criteria and fallbacks
 * whatever its original strategy.
 */
async function reresolve(
  ctx: TenantContext,
  activity: ActivityEntity,
  targetRow: ActivityTargetUserEntity | null,
  attributeRows: ActivityAttributeEntity[],
  phase: 'creation' | 'dispatch',
): Promise<Reresolution> {
  const [current] = await ctx.em.find(ActivityTargetUserEntity, { activity: activity.id });
  const subject: ResolutionSubject = {
    ctx,
    commerce: activity.commerce,
    activity: { id: activity.id, type: activity.type, channel: activity.channel, reason: activity.reason },
    targetUserId: current?.commerceUser?.id ?? null,
  };
  let target: TargetOutcome | null = null;
  if (targetRow) {
    const plan = await targetPlan(ctx, activity.targetCriteria as Criterion[] | null);
    target = plan ? await resolveTarget(subject, { ...plan, strategy: 'ON_CREATION' }) : targetOutcomeOf(targetRow);
    subject.targetUserId = target.commerceUserId;
  }
  const requests = attributeRows.map((row) => ({
    key: row.attributeKey.key,
    callerProvided: false,
    hasFallback: false,
  }));
  const outcomes = await resolveAttributes(requests, subject, phase);
  return { target, outcomes, failure: failureSummary(target, outcomes) };
}

/** Writes a re-resolution's outcomes onto the rows it was computed for, in the caller's transaction. */
async function storeOutcomes(
  tx: EntityManager,
  targetRow: ActivityTargetUserEntity | null,
  attributeRows: ActivityAttributeEntity[],
  { target, outcomes }: Reresolution,
) {
  if (targetRow && target) {
    const row = await tx.findOneOrFail(ActivityTargetUserEntity, { id: targetRow.id });
    tx.assign(row, {
      commerceUser: target.commerceUserId,
      resolutionStatus: target.status === 'RESOLVED' ? 'RESOLVED' : 'FAILED',
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
}

/**
 * Retries every FAILED target user and attribute of an UNRESOLVED activity. Resolvers run first, with
 * no transaction open; then, under the activity's row lock, the outcomes are written and the activity
 * becomes READY (RESOLUTION_RETRY_SUCCESS) or stays UNRESOLVED (RESOLUTION_RETRY_FAILED). A concurrent
 * retry that finds it no longer UNRESOLVED is refused, so two retries never both transition.
 */
export async function retryResolution(ctx: TenantContext, id: string): Promise<Activity> {
  const activity = await ctx.em.findOne(ActivityEntity, { id }, { populate: ['commerce'] });
  if (!activity) throw new DomainError('ACTIVITY_NOT_FOUND', `No activity ${id} in this tenant`);
  const notUnresolved = (status: string) =>
    new DomainError('INVALID_ACTIVITY_STATE', `Only UNRESOLVED activities can be retried; this one is ${status}`);
  if (activity.status !== 'UNRESOLVED') throw notUnresolved(activity.status);

  const targetRow = await ctx.em.findOne(ActivityTargetUserEntity, { activity: id, resolutionStatus: 'FAILED' });
  const attributeRows = await ctx.em.find(
    ActivityAttributeEntity,
    { activity: id, resolutionStatus: 'FAILED' },
    { populate: ['attributeKey'] },
  );
  const result = await reresolve(ctx, activity, targetRow, attributeRows, 'creation');

  await ctx.em.transactional(async (tx) => {
    const locked = await tx.findOne(ActivityEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (locked?.status !== 'UNRESOLVED') throw notUnresolved(locked?.status ?? 'gone');
    await storeOutcomes(tx, targetRow, attributeRows, result);
    if (result.failure) {
      changeStatus(tx, locked, 'UNRESOLVED', 'RESOLUTION_RETRY_FAILED', ctx.now, {
        errorCode: 'RESOLUTION_FAILED',
        errorMessage: result.failure,
      });
    } else {
      changeStatus(tx, locked, 'READY', 'RESOLUTION_RETRY_SUCCESS', ctx.now);
    }
  });
  return findActivity(ctx, id);
}

/**
 * Resolves what waited for dispatch (PENDING attributes of ON_DISPATCH policies, an ON_DISPATCH
 * target) and what failed at an earlier attempt, then writes the outcomes in a short transaction.
 * Returns the failure summary, or null when everything resolved and the activity can be sent.
 */
export async function resolveForDispatch(ctx: TenantContext, id: string): Promise<string | null> {
  const activity = await ctx.em.findOneOrFail(ActivityEntity, { id }, { populate: ['commerce'] });
  const targetRow = await ctx.em.findOne(ActivityTargetUserEntity, {
    activity: id,
    $or: [{ resolutionStatus: 'PENDING', resolutionStrategy: 'ON_DISPATCH' }, { resolutionStatus: 'FAILED' }],
  });
  const attributeRows = await ctx.em.find(
    ActivityAttributeEntity,
    { activity: id, resolutionStatus: { $in: ['PENDING', 'FAILED'] } },
    { populate: ['attributeKey'] },
  );
  if (!targetRow && attributeRows.length === 0) return null;
  const result = await reresolve(ctx, activity, targetRow, attributeRows, 'dispatch');
  await ctx.em.transactional((tx) => storeOutcomes(tx, targetRow, attributeRows, result));
  return result.failure || null;
}
