import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  CodedError,
  type DomainErrorCode,
  type ErrorExtra,
  type FieldError,
  MAX_FIELD_ERRORS,
} from '../domain/errors.ts';

/**
 * The closed catalogue of problem codes and their statuses: the domain's codes (domain/errors.ts) and
 * the ones only the HTTP layer raises. Clients branch on `code`, never on `title` or `detail`, so a code
 * is never renamed once published.
 */
export const PROBLEM_CODES = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  MALFORMED_REQUEST: 400,
  UNKNOWN_ATTRIBUTE_KEY: 400,
  INVALID_ACTIVITY_STATE: 400,
  COMMERCE_MISMATCH: 400,
  API_KEY_REVOKED: 400,
  UNKNOWN_RESULT_CODE: 400,
  UNAUTHENTICATED: 401,
  TENANT_ACCESS_DENIED: 403,
  PERMISSION_DENIED: 403,
  ENDPOINT_NOT_FOUND: 404,
  TENANT_NOT_FOUND: 404,
  ACTIVITY_NOT_FOUND: 404,
  COMMERCE_NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  OPERATOR_NOT_FOUND: 404,
  RESULT_NOT_FOUND: 404,
  TARGET_USER_NOT_FOUND: 404,
  COMMERCE_USER_NOT_FOUND: 404,
  CLIENT_HOOK_NOT_FOUND: 404,
  TARGET_RESOLUTION_CONFIG_NOT_FOUND: 404,
  DISPATCH_PROVIDER_NOT_FOUND: 404,
  DISPATCH_CONFIG_NOT_FOUND: 404,
  API_KEY_NOT_FOUND: 404,
  TASK_RESULT_TYPE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  REQUEST_TIMEOUT: 408,
  IDEMPOTENCY_KEY_CONFLICT: 409,
  TENANT_SLUG_CONFLICT: 409,
  TAX_ID_CONFLICT: 409,
  OPERATOR_CONFLICT: 409,
  RESOURCE_CONFLICT: 409,
  INVALID_STATUS_TRANSITION: 409,
  STALE_RESULT: 409,
  RESULT_FINAL: 409,
  PROVIDER_MISMATCH: 409,
  TARGET_USER_LOCKED: 409,
  DISPATCH_IN_PROGRESS: 409,
  RESOLUTION_FAILED: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNSUPPORTED_MEDIA_TYPE: 415,
  HEADERS_TOO_LARGE: 431,
  INTERNAL_ERROR: 500,
  PROVIDER_FAILED: 502,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies Record<DomainErrorCode, ContentfulStatusCode> & Record<string, ContentfulStatusCode>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const FieldErrorSchema = z
  .object({
    path: z.string().openapi({
      description: 'Where the problem is: `body.`, `query.`, `path.` or `header.` followed by the field path',
      example: 'body.commerce_id',
    }),
    message: z.string().openapi({ description: 'What is wrong with it', example: 'Invalid UUID' }),
  })
  .openapi('FieldError');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({
      description: 'A URI that identifies the problem type; one per `code`',
      example: 'urn:problem:reten:validation-failed',
    }),
    title: z.string().openapi({ description: 'Short summary of the status', example: 'Bad Request' }),
    status: z.int().min(400).max(599).openapi({ description: 'The HTTP status code', example: 400 }),
    detail: z.string().openapi({
      description: 'What went wrong in this occurrence, for humans',
      example: 'The request is invalid: see errors',
    }),
    code: z.enum(Object.keys(PROBLEM_CODES) as [ProblemCode, ...ProblemCode[]]).openapi({
      description: 'Stable machine-readable code; branch on this',
      example: 'VALIDATION_FAILED',
    }),
    instance: z.string().optional().openapi({
      description: 'The request path that produced the problem',
      example: '/api/activities',
    }),
    requestId: z.string().optional().openapi({
      description: 'The request id (also in the `x-request-id` header), to quote when reporting',
      example: '0193a0b2-6c1e-7f00-8000-1a2b3c4d5e6f',
    }),
    errors: z
      .array(FieldErrorSchema)
      .max(MAX_FIELD_ERRORS)
      .optional()
      .openapi({
        description: `Field errors, for validation problems (the first ${MAX_FIELD_ERRORS}; the detail counts the rest)`,
      }),
    activityId: z.guid().optional().openapi({
      description: 'For `IDEMPOTENCY_KEY_CONFLICT`: the activity that already holds the key',
      example: 'ee0e8400-e29b-41d4-a716-446655440000',
    }),
  })
  .openapi('Problem', { description: 'An RFC 9457 problem document' });

export type Problem = z.infer<typeof ProblemSchema>;

/**
 * A failure only the HTTP layer raises (authentication, the tenant header, request validation); services
 * and workers raise `DomainError`. `onError` renders both as problem+json.
 */
export class ApiError extends CodedError<ProblemCode> {
  /** Header fields the answer carries (`retry-after`, the rate-limit fields). */
  readonly headers: Record<string, string>;

  constructor(code: ProblemCode, detail: string, extra: ErrorExtra = {}, headers: Record<string, string> = {}) {
    super(code, detail, extra);
    this.headers = headers;
  }
}

function kebab(code: string) {
  return code.toLowerCase().replaceAll('_', '-');
}

/**
 * Problem text that may quote the client (a key, a path, a value in a validator's message), with control characters
 * written as `\uXXXX`: the document's strings exclude NUL, and the others would only garble the message.
 */
function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function problemBody(code: ProblemCode, detail: string, extra: Partial<Problem> = {}): Problem {
  const status = PROBLEM_CODES[code];
  const body: Problem = {
    type: `urn:problem:reten:${kebab(code)}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: printable(detail),
    code,
    ...extra,
  };
  if (body.instance !== undefined) body.instance = printable(body.instance);
  if (body.errors) body.errors = body.errors.map((e) => ({ path: printable(e.path), message: printable(e.message) }));
  return body;
}

export function problemResponse(c: Context, code: ProblemCode, detail: string, extra: Partial<Problem> = {}) {
  c.set('problemCode', code);
  const body = problemBody(code, detail, { instance: c.req.path, requestId: c.get('requestId'), ...extra });
  // Through the context, so the headers middlewares set before the answer (request id, security) are on it.
  return c.newResponse(JSON.stringify(body), body.status as ContentfulStatusCode, {
    'content-type': PROBLEM_CONTENT_TYPE,
  });
}

export const VALIDATION_TARGETS: Record<string, string> = {
  json: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
  form: 'body',
};

export function validationErrors(target: string, issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({ path: fieldPath(target, issue.path), message: issue.message }));
}

/**
 * Where a problem is, as `errors[].path` and the detail show it: the target, then each key or index. A key is the
 * client's own text and may hold NUL: `problemBody` writes it out.
 */
export function fieldPath(target: string, segments: readonly PropertyKey[]): string {
  return [VALIDATION_TARGETS[target] ?? target, ...segments.map(String)].join('.');
}
