/**
 * The failures the services and the dispatcher report, with no HTTP in them: a stable code from this
 * closed list, a detail for humans and, for some, structured extras. The HTTP layer maps each code to a
 * status (http/problem.ts); a worker logs or records them.
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNKNOWN_ATTRIBUTE_KEY',
  'INVALID_ACTIVITY_STATE',
  'API_KEY_REVOKED',
  'UNKNOWN_RESULT_CODE',
  'PERMISSION_DENIED',
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
  'API_KEY_NOT_FOUND',
  'TASK_RESULT_TYPE_NOT_FOUND',
  'IDEMPOTENCY_KEY_CONFLICT',
  'TENANT_SLUG_CONFLICT',
  'TAX_ID_CONFLICT',
  'OPERATOR_CONFLICT',
  'RESOURCE_CONFLICT',
  'INVALID_STATUS_TRANSITION',
  'STALE_RESULT',
  'RESULT_FINAL',
  'PROVIDER_MISMATCH',
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

/** A problem reports at most this many field errors: enough to fix a request, and bounded whatever was sent. */
export const MAX_FIELD_ERRORS = 50;

/** VALIDATION_FAILED for the field errors found (every one at once, up to the bound), summarised in the detail. */
export function invalid(errors: FieldError[]): DomainError {
  return withFieldErrors('VALIDATION_FAILED', 'The request is invalid', errors);
}

/** An error listing field errors (up to the bound), summarised in the detail after `lead`. */
export function withFieldErrors(code: DomainErrorCode, lead: string, errors: FieldError[]): DomainError {
  const shown = errors.slice(0, MAX_FIELD_ERRORS);
  const rest = errors.length - shown.length;
  const summary = shown.map((e) => `${e.path}: ${e.message}`).join('; ') + (rest ? `; and ${rest} more` : '');
  return new DomainError(code, `${lead}: ${summary}`, { errors: shown });
}
