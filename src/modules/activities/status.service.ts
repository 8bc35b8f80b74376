import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from '../../db/ids.ts';
import { insertRows, type SqlTransaction } from '../../db/sql.ts';
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
      throw new ApiError('INVALID_STATUS_TRANSITION', `The activity is ${from} and cannot become ${to}`);
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

/** Inserts status events of one activity in an `inTransaction` write, in the order given. */
export async function insertStatusEvents(
  tx: SqlTransaction,
  activity: { tenantId: string; id: string },
  events: StatusEvent[],
): Promise<void> {
  await insertRows(
    tx,
    'activity_status_event',
    events.map((event) => ({
      id: uuidv7(),
      created_at: event.occurredAt,
      updated_at: event.occurredAt,
      tenant_id: activity.tenantId,
      activity_id: activity.id,
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

/** The SQL twin of `changeStatus`, for `inTransaction` writes on a row the caller has locked. */
export async function writeStatusChange(
  tx: SqlTransaction,
  activity: { tenantId: string; id: string; status: ActivityStatus },
  to: ActivityStatus,
  eventType: StatusEventType,
  at: Date,
  details: EventDetails = {},
): Promise<StatusEvent> {
  const event = statusEvent(activity.status, to, eventType, at, details);
  if (event.toStatus !== activity.status) {
    await tx.rows('update activity set status = $3, updated_at = $4 where tenant_id = $1 and id = $2', [
      activity.tenantId,
      activity.id,
      event.toStatus,
      at,
    ]);
  }
  await insertStatusEvents(tx, activity, [event]);
  return event;
}
