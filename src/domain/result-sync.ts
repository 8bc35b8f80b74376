import type { ActivityStatus, StatusEventType } from './activity-status.ts';

/** Result statuses of the internal results endpoint (seed 003). */
export const RESULT_STATUSES = ['PENDING', 'COMPLETED', 'NOT_EXECUTED', 'CANCELED', 'TRANSFERRED'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export const RESULT_SOURCES = ['RETEN_ACTIVITY', 'STANDALONE'] as const;
export type ResultSource = (typeof RESULT_SOURCES)[number];

export const CONTACT_DIRECTIONS = ['INBOUND', 'OUTBOUND'] as const;

/**
 * What a result does to its activity: PENDING nothing; COMPLETED and TRANSFERRED complete it;
 * NOT_EXECUTED fails it; CANCELED cancels it. Each change records the event of the same name.
 */
export function activityChangeFor(status: ResultStatus): { to: ActivityStatus; eventType: StatusEventType } | null {
  switch (status) {
    case 'PENDING':
      return null;
    case 'COMPLETED':
    case 'TRANSFERRED':
      return { to: 'COMPLETED', eventType: 'COMPLETED' };
    case 'NOT_EXECUTED':
      return { to: 'FAILED', eventType: 'FAILED' };
    case 'CANCELED':
      return { to: 'CANCELED', eventType: 'CANCELED' };
  }
}

/** The temporal guard: a result may replace the stored one only if it happened strictly later. */
export function isNewer(incoming: Date, stored: Date): boolean {
  return incoming.getTime() > stored.getTime();
}
