import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { HTTPException } from 'hono/http-exception';
import { isDatabaseUnavailable } from '../db/availability.ts';
import { DomainError, type ErrorExtra } from '../domain/errors.ts';
import { ApiError, type ProblemCode, TITLES } from './problem.ts';

export interface ProblemOf {
  code: ProblemCode;
  detail: string;
  extra?: ErrorExtra;
  /** Worth a log line: a bug (INTERNAL_ERROR), input the database refused after validation passed it, or the database failing. */
  log?: 'error' | 'warn';
  /** Header fields of the answer: `retry-after` on every 503 and 429, the rate-limit fields on a 429. */
  headers?: Record<string, string>;
}

/** How long a client should wait before retrying when the database is unavailable. */
export const DATABASE_RETRY_AFTER_S = 2;

/**
 * Unique constraints and indexes whose violation is the client's doing, by name, with the problem they
 * mean. The one place a write's conflict becomes a problem: services let the violation propagate (a test
 * checks every name here exists in the schema). Any other unique violation is a generic RESOURCE_CONFLICT.
 */
export const CONSTRAINT_PROBLEMS: Record<string, { code: ProblemCode; detail: string }> = {
  tenant_slug_unique: { code: 'TENANT_SLUG_CONFLICT', detail: 'A tenant with this slug already exists' },
  commerce_tenant_tax_id_unique: {
    code: 'TAX_ID_CONFLICT',
    detail: 'Another commerce of the tenant already has this tax_id',
  },
  operator_tenant_email_unique: { code: 'OPERATOR_CONFLICT', detail: 'Another operator of the tenant has this email' },
  operator_tenant_type_external_id_unique: {
    code: 'OPERATOR_CONFLICT',
    detail: 'Another operator of the tenant has this type and external_id',
  },
  route_tenant_external_id_unique: {
    code: 'RESOURCE_CONFLICT',
    detail: 'Another route of the tenant has this external_id',
  },
  dispatch_config_tenant_channel_active_unique: {
    code: 'RESOURCE_CONFLICT',
    detail: 'This tenant already has an active dispatch config for this channel',
  },
  target_resolution_config_tenant_active_priority_unique: {
    code: 'RESOURCE_CONFLICT',
    detail: 'Another active target-resolution config has this priority',
  },
  task_result_type_tenant_code_unique: {
    code: 'RESOURCE_CONFLICT',
    detail: 'The tenant already has a task result type with this code',
  },
};

const HTTP_EXCEPTION_PROBLEMS: Partial<Record<number, { code: ProblemCode; detail?: string }>> = {
  400: { code: 'MALFORMED_JSON', detail: 'The request body is not valid JSON' },
  401: { code: 'UNAUTHENTICATED' },
  404: { code: 'ENDPOINT_NOT_FOUND' },
  405: { code: 'METHOD_NOT_ALLOWED' },
  413: { code: 'PAYLOAD_TOO_LARGE' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Send the request body as application/json' },
};

/** Maps anything thrown to its problem; what is not recognised is INTERNAL_ERROR. */
export function toProblem(err: unknown): ProblemOf {
  // ApiError's codes include every DomainError's (problem.ts).
  if (err instanceof ApiError || err instanceof DomainError) {
    const headers = err instanceof ApiError ? { ...err.headers } : {};
    if (err.code === 'SERVICE_UNAVAILABLE') headers['retry-after'] ??= String(DATABASE_RETRY_AFTER_S);
    return { code: err.code, detail: err.message, extra: err.extra, headers };
  }
  if (err instanceof UniqueConstraintViolationException) {
    const constraint = (err as { constraint?: string }).constraint ?? '';
    return (
      CONSTRAINT_PROBLEMS[constraint] ?? {
        code: 'RESOURCE_CONFLICT',
        detail: 'A resource with the same unique values already exists',
      }
    );
  }
  if (isDatabaseUnavailable(err)) {
    return {
      code: 'SERVICE_UNAVAILABLE',
      detail: 'The database is unavailable or did not answer in time; retry shortly',
      log: 'warn',
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_S) },
    };
  }
  // SQLSTATE class 22 (data exception): a value passed validation but the database cannot store it.
  if (err instanceof DriverException && err.code?.startsWith('22')) {
    return { code: 'VALIDATION_FAILED', detail: 'A value in the request cannot be stored', log: 'warn' };
  }
  if (err instanceof HTTPException) {
    const known = HTTP_EXCEPTION_PROBLEMS[err.status];
    if (known) return { code: known.code, detail: known.detail ?? (err.message || TITLES[err.status] || 'Error') };
  }
  return {
    code: 'INTERNAL_ERROR',
    detail: 'An unexpected error occurred; quote the request id when reporting it',
    log: 'error',
  };
}
