/**
 * The failures the services and the dispatcher report, with no HTTP in them: a stable code from this
 * closed list, a detail for humans and, for some, structured extras. The HTTP layer maps each code to a
 * status (http/problem.ts); a worker logs or records them.
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNKNOWN_ATTRIBUTE_KEY',
  'INVALID_ACTIVITY_STATE',
  'COMMERCE_MISMATCH',
  'TENANT_NOT_FOUND',
  'ACTIVITY_NOT_FOUND',
  'COMMERCE_NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'OPERATOR_NOT_FOUND',
  'RESULT_NOT_FOUND',
  'TARGET_USER_NOT_FOUND',
  'COMMERCE_USER_NOT_FOUND',
  'CLIENT_HOOK_NOT_FOUND',
  'TARGET_RESOLUTION_CONFIG_NOT_FOUND',
  'DISPATCH_PROVIDER_NOT_FOUND',
  'DISPATCH_CONFIG_NOT_FOUND',
  'IDEMPOTENCY_KEY_CONFLICT',
  'TENANT_SLUG_CONFLICT',
  'TAX_ID_CONFLICT',
  'OPERATOR_CONFLICT',
  'RESOURCE_CONFLICT',
  'INVALID_STATUS_TRANSITION',
  'STALE_RESULT',
  'RESULT_FINAL',
  'TARGET_USER_LOCKED',
  'DISPATCH_IN_PROGRESS',
  'PROVIDER_FAILED',
  'RESOLUTION_FAILED',
  'SERVICE_UNAVAILABLE',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** A field that is wrong: `body.`, `query.`, `path.` or `header.` followed by the field path. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorExtra {
  /** Field errors, for VALIDATION_FAILED and the like. */
  errors?: FieldError[];
  /** For IDEMPOTENCY_KEY_CONFLICT: the activity that already holds the key. */
  activityId?: string;
}

/** A failure with a stable code from a closed list: the message is the detail for humans. */
export class CodedError<Code extends string> extends Error {
  readonly code: Code;
  readonly extra: ErrorExtra;

  constructor(code: Code, detail: string, extra: ErrorExtra = {}) {
    super(detail);
    this.code = code;
    this.extra = extra;
  }
}

export class DomainError extends CodedError<DomainErrorCode> {}

/** VALIDATION_FAILED for field errors a service found (every one at once), summarised in the detail. */
export function invalid(errors: FieldError[]): DomainError {
  const summary = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return new DomainError('VALIDATION_FAILED', `The request is invalid: ${summary}`, { errors });
}
