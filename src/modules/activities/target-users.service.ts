import { LockMode } from '@mikro-orm/core';
import type { TenantContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { CommerceUserEntity } from '../commerces/commerce.entity.ts';
import { assertActivityExists, findTargetUser, targetUsersOf } from './activities.queries.ts';
import type { TargetUser } from './activities.schemas.ts';
import { ActivityEntity, ActivityTargetUserEntity } from './activity.entity.ts';

export async function listTargetUsers(ctx: TenantContext, activityId: string): Promise<TargetUser[]> {
  await assertActivityExists(ctx, activityId);
  return targetUsersOf(ctx, activityId);
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
    if (!activity) throw new DomainError('ACTIVITY_NOT_FOUND', `No activity ${activityId} in this tenant`);
    const target = await tx.findOne(ActivityTargetUserEntity, { id: targetUserId, activity: activityId });
    if (!target) throw new DomainError('TARGET_USER_NOT_FOUND', `The activity has no target user ${targetUserId}`);
    if (!['PENDING', 'FAILED'].includes(target.resolutionStatus) || target.lockReason) {
      throw new DomainError(
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
      throw new DomainError('COMMERCE_USER_NOT_FOUND', `No active user ${commerceUserId} in the activity's commerce`);
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
  return findTargetUser(ctx, activityId, targetUserId);
}
