import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type ActivityStatus,
  InvalidTransitionError,
  planTransition,
  type StatusEventType,
} from '../../domain/activity-status.ts';
import { ApiError } from '../../http/problem.ts';
import { type ActivityEntity, ActivityStatusEventEntity } from './activity.entity.ts';

export interface EventDetails {
  errorCode?: string;
  errorMessage?: string;
  reason?: string;
  force?: boolean;
}

/**
 * Moves an activity to `to` and records the status event, in the caller's unit of work, so the
 * change and its audit entry are flushed in one transaction. A forbidden change is 409.
 */
export function changeStatus(
  em: EntityManager,
  activity: ActivityEntity,
  to: ActivityStatus,
  eventType: StatusEventType,
  at: Date,
  details: EventDetails = {},
): ActivityStatusEventEntity {
  let change: ReturnType<typeof planTransition>;
  try {
    change = planTransition(activity.status, to, eventType, { force: details.force });
  } catch (err) {
    if (err instanceof InvalidTransitionError) {
      throw new ApiError('INVALID_STATUS_TRANSITION', `The activity is ${activity.status} and cannot become ${to}`);
    }
    throw err;
  }
  activity.status = change.toStatus;
  return em.create(ActivityStatusEventEntity, {
    tenant: activity.tenant,
    activity,
    eventType: change.eventType,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    forced: change.forced,
    errorCode: details.errorCode ?? null,
    errorMessage: details.errorMessage ?? null,
    reason: details.reason ?? null,
    occurredAt: at,
  });
}

/** The CREATED event of a new activity (which starts READY). */
export function recordCreation(em: EntityManager, activity: ActivityEntity, at: Date): ActivityStatusEventEntity {
  const change = planTransition(null, 'READY', 'CREATED');
  activity.status = change.toStatus;
  return em.create(ActivityStatusEventEntity, {
    tenant: activity.tenant,
    activity,
    eventType: change.eventType,
    fromStatus: null,
    toStatus: change.toStatus,
    forced: false,
    occurredAt: at,
  });
}
