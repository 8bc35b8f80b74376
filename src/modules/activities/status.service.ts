import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantRows } from '../../db/sql.ts';
import {
  type ActivityStatus,
  InvalidTransitionError,
  planTransition,
  type StatusEventType,
} from '../../domain/activity-status.ts';
import { DomainError } from '../../domain/errors.ts';
import { insertStatusEvents, setActivityStatus } from './activities.queries.ts';
import { type ActivityEntity, ActivityStatusEventEntity } from './activity.entity.ts';

export interface EventDetails {
  errorCode?: string;
  errorMessage?: string;
  reason?: string;
  force?: boolean;
}

/** A change the state machine allows, as the fields of its status event. A forbidden change is 409. */
export function statusEvent(
  from: ActivityStatus | null,
  to: ActivityStatus,
  eventType: StatusEventType,
  at: Date,
  details: EventDetails = {},
) {
  try {
    const change = planTransition(from, to, eventType, { force: details.force });
    return {
      ...change,
      errorCode: details.errorCode ?? null,
      errorMessage: details.errorMessage ?? null,
      reason: details.reason ?? null,
      occurredAt: at,
    };
  } catch (err) {
    if (err instanceof InvalidTransitionError) {
      throw new DomainError('INVALID_STATUS_TRANSITION', `The activity is ${from} and cannot become ${to}`);
    }
    throw err;
  }
}

export type StatusEvent = ReturnType<typeof statusEvent>;

/**
 * Moves an activity to `to` and records the status event in the caller's unit of work, so the change
 * and its audit entry are flushed in one transaction (the dispatcher and resolution retries).
 */
export function changeStatus(
  em: EntityManager,
  activity: ActivityEntity,
  to: ActivityStatus,
  eventType: StatusEventType,
  at: Date,
  details: EventDetails = {},
): ActivityStatusEventEntity {
  const event = statusEvent(activity.status, to, eventType, at, details);
  activity.status = event.toStatus;
  return em.create(ActivityStatusEventEntity, { tenant: activity.tenant, activity, ...event });
}

/** The SQL twin of `changeStatus`, for plain-SQL writes on a row the caller has locked (`q.sql` is its transaction). */
export async function writeStatusChange(
  q: TenantRows,
  activity: { id: string; status: ActivityStatus },
  to: ActivityStatus,
  eventType: StatusEventType,
  at: Date,
  details: EventDetails = {},
): Promise<StatusEvent> {
  const event = statusEvent(activity.status, to, eventType, at, details);
  if (event.toStatus !== activity.status) await setActivityStatus(q, activity.id, event.toStatus, at);
  await insertStatusEvents(q, activity.id, [event]);
  return event;
}
